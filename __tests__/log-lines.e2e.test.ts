/**
 * End to end: what dist/index.js logs and writes. Each log line says what happened, once; each output is
 * written to GITHUB_OUTPUT once; a key too short to be a CertCentral key gets a warning.
 */
import { describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../simulator/harness.ts';
import { PACKAGED_NODE } from './helpers/runtimes.ts';
import { runChecked, warningsOf } from './helpers/action.ts';
import { CSR } from './helpers/seeds.ts';
import { useSimulator } from './helpers/simulator.ts';

// Any key: some runs use a key of their own.
const simulator = useSimulator({ apiKey: undefined, approval: 'auto' });

const CLIENT = {
  product: 'client_authentication_plus',
  'organization-id': '112233',
  'validity-years': '1',
  'common-name': 'Build Robot',
  emails: 'build-robot@example.com',
};

function run(inputs: Record<string, string>): Promise<ActionRun> {
  return runChecked({ 'base-url': simulator.url, ...inputs });
}

/** The plain log lines: neither workflow commands nor the lines of a group. */
function logLines(result: ActionRun): string[] {
  return result.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::'));
}

describe('log lines', () => {
  it('an order: what is sent, then what CertCentral made of it', async () => {
    const result = await run(CLIENT);
    expect(result.code).toBe(0);
    const order = simulator.orders.get(Number(result.outputs['order-id']));
    expect(logLines(result)).toEqual([
      `Ordering client_authentication_plus: POST ${simulator.url}/order/certificate/client_authentication_plus`,
      `Order ${order?.id} placed: request ${order?.requests[0]?.id} approved, certificate ${order?.certificateId}.`,
    ]);
  });

  it('a reissue names its request, without a status DigiCert does not give', async () => {
    const order = await run(CLIENT);
    const orderId = order.outputs['order-id'] as string;
    const reissue = { operation: 'reissue', 'order-id': orderId, csr: CSR, 'common-name': 'Build Robot' };
    const result = await run(reissue);
    expect(result.code).toBe(0);
    const request = simulator.orders.get(Number(orderId))?.requests.at(-1);
    expect(logLines(result)).toEqual([
      `Reissuing order ${orderId}: POST ${simulator.url}/order/certificate/${orderId}/reissue`,
      `Reissue of order ${orderId} accepted: request ${request?.id}.`,
    ]);
  });

  it('a reissue with skip-approval names the new certificate, and no request', async () => {
    const order = await run(CLIENT);
    const orderId = order.outputs['order-id'] as string;
    const result = await run({
      operation: 'reissue',
      'order-id': orderId,
      csr: CSR,
      'common-name': 'Build Robot',
      'skip-approval': 'true',
    });
    expect(result.code).toBe(0);
    expect(logLines(result)).toEqual([
      `Reissuing order ${orderId}: POST ${simulator.url}/order/certificate/${orderId}/reissue`,
      `Reissue of order ${orderId} accepted: certificate ${simulator.orders.get(Number(orderId))?.certificateId}.`,
    ]);
  });

  it('a reused order: the look-up, then the order it found; nothing about ordering', async () => {
    const first = await run({ ...CLIENT, 'alternative-order-id': 'loglines1' });
    expect(logLines(first)).toEqual([
      expect.stringMatching(/^Looking up alternative_order_id loglines1 before ordering/),
      `Ordering client_authentication_plus: POST ${simulator.url}/order/certificate/client_authentication_plus`,
      expect.stringMatching(new RegExp(`^Order ${first.outputs['order-id']} placed: `)),
    ]);
    simulator.forgetRequests();
    const again = await run({ ...CLIENT, 'alternative-order-id': 'loglines1' });
    expect(again.code).toBe(0);
    expect(simulator.requests.filter((request) => request.method === 'POST')).toEqual([]);
    const lines = logLines(again);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Looking up alternative_order_id loglines1 before ordering/);
    expect(lines[1]).toMatch(new RegExp(`^Order ${first.outputs['order-id']} \\(\\w+\\) already carries`));
    expect(lines.join('\n')).not.toMatch(/Ordering client|POST |placed:/);
  });
});

describe('outputs', () => {
  it('are each written to GITHUB_OUTPUT once, also when an order is waited for and downloaded', async () => {
    simulator.statusFlow = { statuses: ['pending', 'issued'], every: { calls: 1 } };
    const result = await run({ ...CLIENT, 'wait-for-issuance': 'true', 'poll-interval': '0.1' });
    expect(result.code).toBe(0);
    const names = [...result.outputFile.matchAll(/^([\w-]+)<<ghadelimiter_/gm)].map(([, name]) => name);
    expect(names).toContain('certificate-id');
    expect(names).toContain('certificate-path');
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('are written once when a wait fails, with the values known by then', async () => {
    simulator.statusFlow = { statuses: ['pending'], every: { calls: 1 } };
    const result = await run({ ...CLIENT, 'wait-for-issuance': 'true', 'poll-interval': '0.1', 'wait-timeout': '0.3' });
    expect(result.code).toBe(1);
    const names = [...result.outputFile.matchAll(/^([\w-]+)<<ghadelimiter_/gm)].map(([, name]) => name);
    expect(names.sort()).toEqual(
      [
        'certificate-id',
        'order-id',
        'order-status',
        'organization-id',
        'request-id',
        'request-status',
        'response',
      ].sort(),
    );
    expect(result.outputs['order-status']).toBe('pending');
  });
});

describe('a cancelled job', () => {
  // The runner cancels a step with SIGINT, then SIGTERM; Windows stops a process without a signal it could handle.
  it.skipIf(process.platform === 'win32')(
    'still gets the outputs known by then, each once (skipped on Windows: no signal reaches the step there)',
    async () => {
      simulator.statusFlow = { statuses: ['pending'], every: { calls: 1 } };
      // The harness stops the run with SIGTERM after timeoutMs, in the middle of the wait.
      const result = await runAction({
        node: PACKAGED_NODE.path,
        inputs: {
          ...CLIENT,
          'base-url': simulator.url,
          'api-key': 'cancel-test-key-0123456789',
          'wait-for-issuance': 'true',
          'poll-interval': '0.2',
        },
        timeoutMs: 3_000,
      });
      expect(result.code).toBeNull();
      const orderId = [...simulator.orders.keys()].at(-1);
      expect(result.outputs).toMatchObject({ 'order-id': String(orderId), 'request-status': 'approved' });
      const names = [...result.outputFile.matchAll(/^([\w-]+)<<ghadelimiter_/gm)].map(([, name]) => name);
      expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    },
  );
});

describe('a key too short to be a CertCentral key', () => {
  const dryRun = { ...CLIENT, 'dry-run': 'true', 'base-url': 'https://www.digicert.com/services/v2' };

  it('gets a warning that does not show it, and the dry run still shows the request', async () => {
    const result = await runAction({ node: PACKAGED_NODE.path, inputs: { ...dryRun, 'api-key': 'short' } });
    expect(result.code).toBe(0);
    const warnings = warningsOf(result);
    expect(warnings).toEqual([
      expect.stringContaining('api-key is 5 characters long: too short to be a CertCentral API key'),
    ]);
    expect(warnings[0]).not.toContain('short,');
    expect(JSON.parse(result.outputs['request-body'] as string)).toMatchObject({
      certificate: { common_name: 'Build Robot', emails: ['build-robot@example.com'] },
    });
  });

  it('a placeholder of realistic length gets none, and the request body is exactly what is sent', async () => {
    const result = await runChecked({ ...dryRun, 'api-key': 'placeholder-0123456789abcdef' });
    expect(warningsOf(result)).toEqual([]);
    expect(JSON.parse(result.outputs['request-body'] as string)).toEqual({
      certificate: { common_name: 'Build Robot', emails: ['build-robot@example.com'], signature_hash: 'sha256' },
      organization: { id: 112233 },
      validity_years: 1,
    });
  });
});
