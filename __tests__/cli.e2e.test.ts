/** End to end: the built `certcentral` bin (dist/cli) against the simulator. */
import { spawn } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FLAG_NAMES } from '../src/cli/args.ts';
import { PRODUCT_IDS } from '../src/rules/products.ts';
import { FAULTS } from '../simulator/faults.ts';
import { CLI_BIN, runCli, type CliRun } from './helpers/cli.ts';
import { useSimulator } from './helpers/simulator.ts';

const API_KEY = 'cli-key-9b3e71d0c4';

let outputDir: string;
const simulator = useSimulator({ apiKey: API_KEY, approval: 'auto' });

beforeEach(async () => {
  outputDir = await mkdtemp(join(tmpdir(), 'certcentral-cli-'));
});

afterEach(() => rm(outputDir, { recursive: true, force: true }));

const CODE_SIGNING = [
  '--product',
  'code_signing',
  '--organization-id',
  '123456',
  '--validity-years',
  '1',
  '--server-platform-id',
  '52',
];

async function cli(args: string[], env: Record<string, string> = { DIGICERT_API_KEY: API_KEY }): Promise<CliRun> {
  const run = await runCli([...args, '--base-url', simulator.url, '--output-dir', outputDir], env);
  expect(run.stdout + run.stderr).not.toContain(API_KEY);
  return run;
}

describe('the bin', () => {
  it('is an executable file that starts with a node shebang', () => {
    expect(readFileSync(CLI_BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(() => accessSync(CLI_BIN, constants.X_OK)).not.toThrow();
  });

  it('does not carry @actions/core', () => {
    expect(readFileSync(CLI_BIN, 'utf8')).not.toMatch(/GITHUB_OUTPUT|::set-output|add-mask/);
  });
});

describe('certcentral order', () => {
  it('prints the outputs as JSON, and with --wait-for-issuance the certificate, as the action does', async () => {
    simulator.statusFlow = { statuses: ['pending', 'issued'], every: { calls: 1 } };
    const run = await cli(['order', ...CODE_SIGNING, '--wait-for-issuance', '--poll-interval', '0.1']);
    expect(run.code).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    const orderId = Number(outputs['order-id']);
    const order = simulator.orders.get(orderId);
    const served = await simulator.pemBundle(orderId);
    expect(outputs).toEqual({
      'order-id': String(orderId),
      'request-id': String(order?.requests[0]?.id),
      'request-status': 'approved',
      'certificate-id': String(order?.certificateId),
      'organization-id': '',
      response: expect.stringContaining(`"id":${orderId}`),
      'order-status': 'issued',
      'serial-number': order?.certificate?.serialNumber,
      thumbprint: order?.certificate?.thumbprint,
      'valid-from': order?.certificate?.validFrom,
      'valid-till': order?.certificate?.validTill,
      'certificate-pem': served.leaf,
      'chain-pem': `${served.intermediate}\n${served.root}`,
      'certificate-path': join(outputDir, 'certificate.pem'),
      'chain-path': join(outputDir, 'chain.pem'),
    });
    expect(await readFile(join(outputDir, 'certificate.pem'), 'utf8')).toBe(`${served.leaf}\n`);
    expect(simulator.requests[0]?.headers['x-dc-devkey']).toBe(API_KEY);
    // Progress goes to stderr: the group title and one line per poll.
    expect(run.stderr).toContain(`Waiting for order ${orderId} to be issued`);
    expect(run.stderr).toMatch(new RegExp(`\\n  \\[\\d+\\.\\d s\\] order ${orderId}: pending\\n`));
  });

  it('fails a timed-out wait on stderr with exit 1, and still prints the order id', async () => {
    simulator.statusFlow = { statuses: ['pending'], every: { calls: 1 } };
    const run = await cli([
      'order',
      ...CODE_SIGNING,
      '--wait-for-issuance',
      '--poll-interval',
      '0.1',
      '--wait-timeout',
      '0.3',
    ]);
    expect(run.code).toBe(1);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    expect(outputs['order-status']).toBe('pending');
    expect(run.stderr).toContain(
      `error: Order ${outputs['order-id']} was not issued within 0.3 seconds; its last status is pending.`,
    );
    expect(run.stderr).toContain(`Pick it up later with: certcentral status --order-id ${outputs['order-id']}`);
  });

  // Windows has no Ctrl-C signal a test can send to a child process.
  it.skipIf(process.platform === 'win32')(
    'Ctrl-C during a wait prints the outputs known so far, and ends by the signal (skipped on Windows: no SIGINT to send)',
    async () => {
      simulator.statusFlow = { statuses: ['pending'], every: { calls: 1 } };
      const child = spawn(
        CLI_BIN,
        ['order', ...CODE_SIGNING, '--wait-for-issuance', '--poll-interval', '0.2', '--base-url', simulator.url],
        { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DIGICERT_API_KEY: API_KEY } },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const ended = new Promise<NodeJS.Signals | null>((resolveEnd) =>
        child.on('close', (_code, signal) => resolveEnd(signal)),
      );
      await new Promise<void>((resolveWaiting) =>
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (/order \d+: pending/.test(stderr)) resolveWaiting();
        }),
      );
      child.kill('SIGINT');
      expect(await ended).toBe('SIGINT');
      const orderId = [...simulator.orders.keys()].at(-1);
      expect(JSON.parse(stdout)).toMatchObject({ 'order-id': String(orderId) });
      expect(stdout).not.toContain(API_KEY);
    },
  );

  it('reports bad input on stderr with exit 2 and sends nothing', async () => {
    const run = await cli(['order', '--product', 'code_signing', '--validity-years', '7']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('error: Invalid input; nothing was sent to CertCentral:');
    expect(run.stderr).toContain('- validity-years: 7 is not allowed for code_signing. Allowed: 1, 2, 3.');
    expect(simulator.requests).toEqual([]);
  });

  it("shows DigiCert's errors on stderr with exit 1", async () => {
    simulator.answerNext({ status: 400, errors: [{ code: 'invalid_csr', message: 'The CSR is malformed.' }] });
    const run = await cli(['order', ...CODE_SIGNING]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'No cs_provisioning_method is sent: DigiCert applies the provisioning method set as the default in the CertCentral account (it may be DigiCert KeyLocker).\n' +
        'Ordering code_signing: POST ' +
        `${simulator.url}/order/certificate/code_signing\n` +
        'error: POST /order/certificate/code_signing: CertCentral answered HTTP 400 Bad Request: invalid_csr: The CSR is malformed.\n',
    );
  });
});

describe('the key', () => {
  it('comes from DIGICERT_API_KEY only', async () => {
    const missing = await cli(['order', ...CODE_SIGNING], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('certcentral: DIGICERT_API_KEY is not set. Set it to your CertCentral API key.\n');
    const flag = await cli(['order', ...CODE_SIGNING, '--api-key', API_KEY], {});
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--api-key is not accepted');
    expect(simulator.requests).toEqual([]);
  });

  it('never shows, even with --verbose', async () => {
    const run = await cli(['order', ...CODE_SIGNING, '--verbose', '--comments', `key ${API_KEY}`]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('debug: POST /order/certificate/code_signing');
  });
});

describe('certcentral status', () => {
  it('picks up an issued order and prints the same outputs', async () => {
    simulator.statusFlow = { statuses: ['issued'], every: { calls: 1 } };
    const order = JSON.parse((await cli(['order', ...CODE_SIGNING])).stdout) as Record<string, string>;
    simulator.forgetRequests();
    const run = await cli(['status', '--order-id', order['order-id'] as string]);
    expect(run.code).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    const served = await simulator.pemBundle(Number(order['order-id']));
    expect(outputs).toMatchObject({
      'order-id': order['order-id'],
      'order-status': 'issued',
      'certificate-pem': served.leaf,
      'chain-pem': `${served.intermediate}\n${served.root}`,
    });
    expect(simulator.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('--dry-run shows the read it would make', async () => {
    const run = await cli(['status', '--order-id', '42', '--dry-run']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      'request-method': 'GET',
      'request-url': `${simulator.url}/order/certificate/42`,
      'request-body': '',
    });
    expect(simulator.requests).toEqual([]);
  });
});

describe('an unreachable host', () => {
  it('with --max-attempts 1, a wait fails within seconds and names the host it could not reach', async () => {
    // A loopback port nothing listens on: refused at once, on every machine.
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const started = Date.now();
    const run = await runCli(
      [
        'status',
        '--order-id',
        '42',
        '--wait-for-issuance',
        '--max-attempts',
        '1',
        '--base-url',
        `http://127.0.0.1:${closed}/services/v2`,
      ],
      { DIGICERT_API_KEY: API_KEY },
    );
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.stderr).toContain(`http://127.0.0.1:${closed}/services/v2/order/certificate/42 failed`);
    expect(run.stderr).toContain('ECONNREFUSED');
    expect(run.stderr).toContain('No answer to the read (max-attempts 1), so the wait stops.');
  });
});

describe('Secure Email on the command line', () => {
  it('orders secure_email_sponsor with the flags of its inputs, and prints the outputs', async () => {
    const run = await cli([
      'order',
      '--product',
      'secure_email_sponsor',
      '--emails',
      'ada@example.com',
      '--profile-type',
      'strict',
      '--primary-usage',
      'signing',
      '--additional-usages',
      'non_repudiation',
      '--common-name-indicator',
      'pseudonym',
      '--individual',
      '{"pseudonym": "Countess"}',
      '--organization-id',
      '112233',
      '--validity-years',
      '1',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    expect(simulator.orders.get(Number(outputs['order-id']))?.body).toEqual({
      certificate: {
        emails: ['ada@example.com'],
        profile_type: 'strict',
        common_name_indicator: 'pseudonym',
        individual: { pseudonym: 'Countess' },
        usage_designation: { primary_usage: 'signing', additional_usages: ['non_repudiation'] },
      },
      validity_years: 1,
      organization: { id: 112233 },
    });
  });
});

describe('mistakes on the command line', () => {
  it('a bad flag gets one line with a suggestion and a pointer to --help, not the whole help', async () => {
    const run = await runCli(['order', '--prodcut', 'code_signing'], { DIGICERT_API_KEY: API_KEY });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'certcentral: --prodcut is not a flag. Did you mean --product?\nRun certcentral order --help for the flags.\n',
    );
  });
});

describe('help and usage', () => {
  it('bare certcentral prints a short usage and exits 2, as command lines called without a command do', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: certcentral <order|reissue|status|renew>');
    expect(run.stderr.split('\n').length).toBeLessThan(5);
  });

  it('certcentral help and certcentral help <command> work, and <command> --help shows only its flags', async () => {
    const help = await runCli(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await runCli(['--help'])).stdout);
    const status = await runCli(['status', '--help']);
    expect(status.code).toBe(0);
    expect(status.stdout).toBe((await runCli(['help', 'status'])).stdout);
    expect(status.stdout).toContain('certcentral status --order-id 112233');
    expect(status.stdout).toContain('--order-id <value>');
    expect(status.stdout).not.toContain('--product');
    expect(status.stdout.split('\n').length).toBeLessThan(help.stdout.split('\n').length / 2);
  });

  it('--wait-for-issuance yes is refused with what to write', async () => {
    const run = await runCli(['status', '--order-id', '1', '--wait-for-issuance', 'yes'], {
      DIGICERT_API_KEY: API_KEY,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"yes" is not a boolean here. Allowed: true, True, TRUE, false, False, FALSE');
  });
});

describe('certcentral --help', () => {
  async function flagLines(): Promise<string[]> {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    const flags = run.stdout.split('\nFlags:\n')[1]?.split('\n\n')[0] ?? '';
    return flags.split('\n');
  }

  it('describes every flag, with its description in one column', async () => {
    const lines = await flagLines();
    const flagRows = lines.filter((line) => line.startsWith('  --'));
    expect(flagRows.map((line) => /^ {2}(--[\w-]+)/.exec(line)?.[1])).toEqual([
      ...FLAG_NAMES.map((name) => `--${name}`),
      '--verbose',
      '--help',
      '--version',
    ]);
    const column = (line: string) => /^ {2}\S.*? {2,}(?=\S)/.exec(line)?.[0].length;
    const first = column(flagRows[0] as string);
    expect(first).toBeGreaterThan(10);
    for (const row of flagRows) expect(column(row), row).toBe(first);
    // Wrapped descriptions continue in the same column.
    for (const line of lines.filter((text) => !text.startsWith('  --'))) {
      expect(/^ */.exec(line)?.[0].length, line).toBe(first);
    }
  });

  it('lists the values of --product', async () => {
    const text = (await flagLines()).join(' ');
    for (const product of PRODUCT_IDS) expect(text).toContain(product);
  });
});

describe('a key too short to be a CertCentral key', () => {
  it('gets a warning on stderr; the dry run on stdout is still the exact request', async () => {
    const run = await cli(['order', ...CODE_SIGNING, '--dry-run'], { DIGICERT_API_KEY: 'abc' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'warning: DIGICERT_API_KEY is 3 characters long: too short to be a CertCentral API key',
    );
    expect(JSON.parse(JSON.parse(run.stdout)['request-body'])).toEqual({
      certificate: { server_platform: { id: 52 }, signature_hash: 'sha256' },
      organization: { id: 123456 },
      validity_years: 1,
    });
  });

  it('a key of realistic length gets none', async () => {
    const run = await cli(['order', ...CODE_SIGNING, '--dry-run']);
    expect(run.stderr).not.toContain('warning');
  });
});

describe('hints', () => {
  it('name certcentral commands, not action inputs', async () => {
    simulator.statusFlow = { statuses: ['pending'], every: { calls: 1 } };
    const order = JSON.parse((await cli(['order', ...CODE_SIGNING])).stdout) as Record<string, string>;
    const run = await cli(['status', '--order-id', order['order-id'] as string]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `Order ${order['order-id']} is pending, not issued yet. Pick it up later with: certcentral status --order-id ${order['order-id']} (add --wait-for-issuance to wait).`,
    );
    expect(run.stderr).not.toContain('operation: status');
  });

  it('an order whose fate is unknown, without a key, names --alternative-order-id', async () => {
    simulator.faults.add({ ...FAULTS.resetAfterStore, method: 'POST' });
    const run = await cli(['order', ...CODE_SIGNING, '--max-attempts', '1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'It may exist: check the orders in CertCentral before running again. With --alternative-order-id (or inside a GitHub Actions job, where certcentral derives one) certcentral checks by itself.',
    );
    expect(run.stderr).not.toContain('idempotency: true');
    expect(run.stderr).not.toContain('With alternative-order-id');
  });

  it("an order whose key's order was rejected names --alternative-order-id, not the input", async () => {
    const first = await cli(['order', ...CODE_SIGNING, '--alternative-order-id', 'cliRejected']);
    expect(first.code).toBe(0);
    const orderId = (JSON.parse(first.stdout) as Record<string, string>)['order-id'];
    simulator.setStatusFlow(Number(orderId), { statuses: ['rejected'], every: { calls: 1 } });
    const again = await cli(['order', ...CODE_SIGNING, '--alternative-order-id', 'cliRejected']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `and it is rejected: there is no certificate to hand over. To order anew, pass another --alternative-order-id (inside GitHub Actions: run a new workflow run). Nothing was ordered now.`,
    );
    expect(again.stderr).not.toContain('give another alternative-order-id');
  });

  it('a status whose files cannot be written names certcentral status', async () => {
    simulator.statusFlow = { statuses: ['issued'], every: { calls: 1 } };
    const order = JSON.parse((await cli(['order', ...CODE_SIGNING])).stdout) as Record<string, string>;
    // A folder where certificate.pem should go is not overwritten.
    await mkdir(join(outputDir, 'certificate.pem'));
    const run = await cli(['status', '--order-id', order['order-id'] as string]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `Pick them up again with: certcentral status --order-id ${order['order-id']} --output-dir <a plain directory>.`,
    );
    expect(run.stderr).not.toContain('operation: status');
  });

  it('a wait whose reads all fail names --wait-timeout', async () => {
    const order = JSON.parse((await cli(['order', ...CODE_SIGNING])).stdout) as Record<string, string>;
    simulator.faults.add({ ...FAULTS.unavailable, method: 'GET', path: /^\/order\/certificate\/\d+$/ }, 100);
    const run = await cli([
      'status',
      '--order-id',
      order['order-id'] as string,
      '--wait-for-issuance',
      '--poll-interval',
      '0.2',
      '--wait-timeout',
      '1',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No read of the order succeeded within --wait-timeout (1 s).');
  });
});
