/**
 * End to end: waiting for issuance, operation status, the certificate files and the job summary,
 * with the built dist/index.js against the simulator, which serves a real root → intermediate → leaf chain.
 */
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionRun } from '../simulator/harness.ts';
import { API_KEY, errorAnnotationOf, runChecked, warningsOf } from './helpers/action.ts';
import { CSR } from './helpers/seeds.ts';
import { useSimulator } from './helpers/simulator.ts';

let outputDir: string;
const simulator = useSimulator({ apiKey: API_KEY, approval: 'auto' });

beforeEach(async () => {
  outputDir = await mkdtemp(join(tmpdir(), 'certcentral-output-'));
});

afterEach(async () => {
  await rm(outputDir, { recursive: true, force: true });
});

const CLIENT = {
  product: 'client_authentication_plus',
  'organization-id': '112233',
  'validity-years': '1',
  'common-name': 'Build Robot',
  emails: 'build-robot@example.com',
};

const FAST_WAIT = { 'wait-for-issuance': 'true', 'poll-interval': '0.1', 'wait-timeout': '30' };

function run(inputs: Record<string, string>, env?: Record<string, string>): Promise<ActionRun> {
  return runChecked({ 'base-url': simulator.url, 'output-dir': outputDir, ...inputs }, { env });
}

function requestsTo(path: string, method = 'GET') {
  return simulator.requests.filter((request) => request.method === method && request.path === path);
}

/** The step log lines the poll loop writes, one per order read. */
function pollLines(result: ActionRun): string[] {
  return result.stdout.split('\n').filter((line) => /^\[\d+\.\d s\] order \d+: /.test(line));
}

/** The outputs an issued order must have: exactly the served certificates and their details. */
async function expectIssuedOutputs(result: ActionRun, orderId: number, filesDir = outputDir): Promise<void> {
  const served = await simulator.pemBundle(orderId);
  const leaf = new X509Certificate(served.leaf);
  const order = simulator.orders.get(orderId);
  expect(result.outputs).toMatchObject({
    'order-id': String(orderId),
    'order-status': 'issued',
    'certificate-id': String(order?.certificateId),
    'certificate-pem': served.leaf,
    'chain-pem': `${served.intermediate}\n${served.root}`,
    'certificate-path': join(filesDir, 'certificate.pem'),
    'chain-path': join(filesDir, 'chain.pem'),
    'serial-number': leaf.serialNumber.toUpperCase(),
    thumbprint: leaf.fingerprint.replace(/:/g, ''),
    'valid-from': new Date(leaf.validFrom).toISOString().slice(0, 10),
    'valid-till': new Date(leaf.validTo).toISOString().slice(0, 10),
  });
  expect(await readFile(join(filesDir, 'certificate.pem'), 'utf8')).toBe(`${served.leaf}\n`);
  expect(await readFile(join(filesDir, 'chain.pem'), 'utf8')).toBe(`${served.intermediate}\n${served.root}\n`);
  // The chain really is the leaf's: intermediate issued the leaf, root the intermediate.
  const [intermediate, root] = [new X509Certificate(served.intermediate), new X509Certificate(served.root)];
  expect(leaf.checkIssued(intermediate) && intermediate.checkIssued(root)).toBe(true);
}

describe('wait-for-issuance', () => {
  it('polls until issued, then downloads the chain and writes certificate.pem and chain.pem', async () => {
    simulator.statusFlow = { statuses: ['pending', 'processing', 'issued'], every: { calls: 1 } };
    const result = await run({ ...CLIENT, ...FAST_WAIT });
    expect(result.code).toBe(0);
    const orderId = Number(result.outputs['order-id']);
    expect(requestsTo(`/order/certificate/${orderId}`)).toHaveLength(3);
    const certificateId = simulator.orders.get(orderId)?.certificateId;
    expect(requestsTo(`/certificate/${certificateId}/download/format/pem_all`)).toHaveLength(1);
    await expectIssuedOutputs(result, orderId);
    expect(result.outputs['request-status']).toBe('approved');
  });

  it('logs one line per poll with the elapsed time and the status, inside a group', async () => {
    simulator.statusFlow = { statuses: ['pending', 'processing', 'issued'], every: { calls: 1 } };
    const result = await run({ ...CLIENT, ...FAST_WAIT });
    const orderId = result.outputs['order-id'];
    const lines = pollLines(result);
    expect(lines.map((line) => line.replace(/^\[[\d.]+ s\] /, ''))).toEqual([
      `order ${orderId}: pending`,
      `order ${orderId}: processing`,
      `order ${orderId}: issued`,
    ]);
    const start = result.stdout.indexOf(`::group::Waiting for order ${orderId} to be issued`);
    const end = result.stdout.indexOf('::endgroup::');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(result.stdout.indexOf(lines[0] as string)).toBeGreaterThan(start);
    expect(result.stdout.indexOf(lines[2] as string)).toBeLessThan(end);
  });

  it('writes to a folder per order under RUNNER_TEMP when output-dir is not given, so steps keep their own files', async () => {
    simulator.statusFlow = { statuses: ['issued'], every: { calls: 1 } };
    const step = () =>
      runChecked({ 'base-url': simulator.url, ...CLIENT, ...FAST_WAIT }, { env: { RUNNER_TEMP: outputDir } });
    const [first, second] = [await step(), await step()];
    for (const result of [first, second]) {
      expect(result.code).toBe(0);
      const orderId = result.outputs['order-id'] as string;
      await expectIssuedOutputs(result, Number(orderId), join(outputDir, `certcentral-order-${orderId}`));
    }
    expect(first.outputs['certificate-path']).not.toBe(second.outputs['certificate-path']);
  });

  it('treats an unknown status as pending, and says so', async () => {
    simulator.statusFlow = { statuses: ['awaiting_dcv_someday', 'issued'], every: { calls: 1 } };
    const result = await run({ ...CLIENT, ...FAST_WAIT });
    expect(result.code).toBe(0);
    expect(pollLines(result)[0]).toMatch(/awaiting_dcv_someday \(an unknown status; waiting as for a pending one\)$/);
    expect(result.outputs['order-status']).toBe('issued');
  });

  it('follows a status that moves on over time', async () => {
    simulator.statusFlow = { statuses: ['needs_approval', 'issued'], every: { ms: 400 } };
    const result = await run({ ...CLIENT, ...FAST_WAIT });
    expect(result.code).toBe(0);
    const orderId = Number(result.outputs['order-id']);
    expect(requestsTo(`/order/certificate/${orderId}`).length).toBeGreaterThan(1);
    await expectIssuedOutputs(result, orderId);
  });

  it('fails on a rejected order, naming the order and its status; no download', async () => {
    simulator.statusFlow = { statuses: ['needs_approval', 'rejected'], every: { calls: 1 } };
    const result = await run({ ...CLIENT, ...FAST_WAIT });
    expect(result.code).toBe(1);
    const orderId = result.outputs['order-id'];
    expect(errorAnnotationOf(result)).toEqual({
      title: 'Order rejected',
      message: `Order ${orderId} is rejected; there is no valid certificate to download.`,
    });
    expect(result.outputs['order-status']).toBe('rejected');
    expect(result.outputs['certificate-pem']).toBeUndefined();
    expect(simulator.requests.some((request) => request.path.includes('/download/'))).toBe(false);
  });

  for (const status of ['canceled', 'revoked', 'expired']) {
    it(`fails on an order that is ${status}`, async () => {
      simulator.statusFlow = { statuses: [status], every: { calls: 1 } };
      const result = await run({ ...CLIENT, ...FAST_WAIT });
      expect(result.code).toBe(1);
      expect(errorAnnotationOf(result).message).toBe(
        `Order ${result.outputs['order-id']} is ${status}; there is no valid certificate to download.`,
      );
    });
  }

  it('times out with the last status, the order id and how to pick it up later; the outputs so far are set', async () => {
    simulator.statusFlow = { statuses: ['pending'], every: { calls: 1 } };
    const result = await run({ ...CLIENT, ...FAST_WAIT, 'wait-timeout': '0.5' });
    expect(result.code).toBe(1);
    const orderId = result.outputs['order-id'] as string;
    const { title, message } = errorAnnotationOf(result);
    expect(title).toBe('Not issued in time');
    expect(message).toContain(`Order ${orderId} was not issued within 0.5 seconds; its last status is pending.`);
    expect(message).toContain(`operation: status and order-id: ${orderId}`);
    expect(result.outputs).toMatchObject({
      'order-id': orderId,
      'request-status': 'approved',
      'order-status': 'pending',
      'certificate-id': String(simulator.orders.get(Number(orderId))?.certificateId),
    });
    expect(result.outputs['certificate-pem']).toBeUndefined();
    // Reads at 0, 0.1, 0.25, 0.475 s and one at the deadline.
    expect(pollLines(result).length).toBeGreaterThanOrEqual(3);
    expect(result.summary).toContain('Not issued in time');
    expect(result.summary).toContain(`<tr><th align="left">Order ID</th><td>${orderId}</td></tr>`);
  });

  it('waits for a reissue and downloads the new certificate', async () => {
    simulator.statusFlow = { statuses: ['issued'], every: { calls: 1 } };
    const first = await run({ ...CLIENT, ...FAST_WAIT });
    const firstLeaf = first.outputs['certificate-pem'];
    const reissue = await run({
      operation: 'reissue',
      'order-id': first.outputs['order-id'] as string,
      csr: CSR,
      'common-name': 'Build Robot',
      ...FAST_WAIT,
    });
    expect(reissue.code).toBe(0);
    await expectIssuedOutputs(reissue, Number(first.outputs['order-id']));
    expect(reissue.outputs['certificate-pem']).not.toBe(firstLeaf);
    // The reissued certificate has an id of its own; the one it replaces is not handed over.
    expect(reissue.outputs['certificate-id']).not.toBe(first.outputs['certificate-id']);
  });
});

describe('operation: status', () => {
  async function placeOrder(statuses: string[]): Promise<number> {
    simulator.statusFlow = { statuses, every: { calls: 1 } };
    const order = await run(CLIENT);
    simulator.forgetRequests();
    return Number(order.outputs['order-id']);
  }

  it('picks up an issued order without sending an order', async () => {
    const orderId = await placeOrder(['issued']);
    const result = await run({ operation: 'status', 'order-id': String(orderId) });
    expect(result.code).toBe(0);
    expect(simulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    await expectIssuedOutputs(result, orderId);
    expect(warningsOf(result)).toEqual([]);
  });

  it('reports a pending order and succeeds, without waiting unless asked', async () => {
    const orderId = await placeOrder(['pending']);
    const result = await run({ operation: 'status', 'order-id': String(orderId) });
    expect(result.code).toBe(0);
    expect(requestsTo(`/order/certificate/${orderId}`)).toHaveLength(1);
    expect(result.outputs).toEqual({
      'order-id': String(orderId),
      'order-status': 'pending',
      'certificate-id': String(simulator.orders.get(orderId)?.certificateId),
    });
    expect(result.stdout).toContain(`Order ${orderId} is pending, not issued yet.`);
  });

  it('waits with wait-for-issuance', async () => {
    const orderId = await placeOrder(['pending', 'pending', 'issued']);
    const result = await run({ operation: 'status', 'order-id': String(orderId), ...FAST_WAIT });
    expect(result.code).toBe(0);
    expect(pollLines(result)).toHaveLength(3);
    await expectIssuedOutputs(result, orderId);
  });

  it('fails on a rejected order', async () => {
    const orderId = await placeOrder(['rejected']);
    const result = await run({ operation: 'status', 'order-id': String(orderId) });
    expect(result.code).toBe(1);
    expect(errorAnnotationOf(result).title).toBe('Order rejected');
  });

  it('refuses inputs that do not apply, and needs an order id', async () => {
    const orderId = await placeOrder(['pending']);
    const result = await run({
      operation: 'status',
      'order-id': String(orderId),
      product: 'code_signing',
      comments: 'x',
    });
    expect(result.code).toBe(1);
    expect(errorAnnotationOf(result)).toEqual({
      title: 'Invalid input',
      message: [
        'Invalid input; nothing was sent to CertCentral:',
        '- product does not apply to operation status. It applies to operations order, reissue and renew; remove it.',
        '- comments does not apply to operation status. It applies to orders of every product, and to reissues; remove it.',
      ].join('\n'),
    });
    expect(warningsOf(result)).toEqual([]);
    expect(simulator.requests).toEqual([]);
    const missing = await run({ operation: 'status' });
    expect(missing.code).toBe(1);
    expect(errorAnnotationOf(missing)).toEqual({
      title: 'Invalid input',
      message:
        'Invalid input; nothing was sent to CertCentral:\n- order-id is required for operation status. Allowed: a whole number (the CertCentral order id).',
    });
    expect(simulator.requests).toEqual([]);
  });

  it('fails with the status for an unknown order', async () => {
    const result = await run({ operation: 'status', 'order-id': '999999' });
    expect(result.code).toBe(1);
    expect(errorAnnotationOf(result)).toEqual({
      title: 'CertCentral request failed',
      message:
        'GET /order/certificate/999999: CertCentral answered HTTP 404 Not Found: not_found|order: Order 999999 not found.',
    });
  });
});

describe('the job summary', () => {
  it('shows the product, order, request, certificate, serial number, thumbprint, validity and files', async () => {
    simulator.statusFlow = { statuses: ['issued'], every: { calls: 1 } };
    const result = await run({ ...CLIENT, ...FAST_WAIT });
    const { outputs } = result;
    const order = simulator.orders.get(Number(outputs['order-id']));
    const row = (name: string, value: string) => `<tr><th align="left">${name}</th><td>${value}</td></tr>`;
    expect(result.summary).toBe(
      [
        '<h3>CertCentral order succeeded</h3>',
        `<table>${[
          row('Product', 'client_authentication_plus'),
          // The simulator is no CertCentral region, so the order ID is not a link.
          row('Order ID', String(order?.id)),
          row('Request', `${order?.requests[0]?.id} (approved)`),
          row('Order status', 'issued'),
          row('Certificate ID', String(order?.certificateId)),
          row('Serial number', order?.certificate?.serialNumber as string),
          row('Thumbprint', order?.certificate?.thumbprint as string),
          row('Validity', `${order?.certificate?.validFrom} to ${order?.certificate?.validTill}`),
          row('Files written', `${join(outputDir, 'certificate.pem')}<br>${join(outputDir, 'chain.pem')}`),
        ].join('')}</table>`,
        '<p>The files are in the runner\'s temporary folder, which is emptied when the job ends: to keep them, upload them with <a href="https://github.com/actions/upload-artifact">actions/upload-artifact</a>, or pick them up again later with operation: status.</p>',
      ].join('\n\n') + '\n',
    );
  });

  it('a dry run shows the request it would send, with the key hidden', async () => {
    const result = await run({ ...CLIENT, 'dry-run': 'true' });
    expect(result.code).toBe(0);
    expect(result.summary).toContain('<h3>CertCentral order: dry run, nothing was sent</h3>');
    expect(result.summary).toContain(
      `\n\n<pre>POST ${simulator.url}/order/certificate/client_authentication_plus\nX-DC-DEVKEY: ***\n\n{\n  &quot;certificate&quot;: {`,
    );
    expect(result.summary).toContain('&quot;emails&quot;: [\n      &quot;build-robot@example.com&quot;\n    ]');
    expect(simulator.requests).toEqual([]);
  });

  it('a failure shows its title and message', async () => {
    const result = await run({ ...CLIENT, 'validity-years': '9' });
    expect(result.summary).toContain('<h3>CertCentral order failed: Invalid input</h3>');
    expect(result.summary).toContain('validity-years: 9 is not allowed for client_authentication_plus. Allowed: 1, 2.');
    expect(result.summary).toContain(
      '<p>Next: Fix the inputs listed above and run again. Nothing was sent to CertCentral. See <a href="https://github.com/OWNER/certcentral-order-action/blob/v1/README.md#invalid-input">Invalid input</a> under Troubleshooting.</p>',
    );
  });
});
