/**
 * End to end: every answer is untrusted. The action's bundle against the simulator, or a stand-in server on loopback,
 * answering as a hostile or broken server would: text that holds workflow commands, Markdown and control characters;
 * answers too large to hold; IDs that are not IDs; a full disk; a read that hangs past wait-timeout.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionRun } from '../simulator/harness.ts';
import { FAULTS } from '../simulator/faults.ts';
import { errorAnnotationOf, errorOf, runChecked } from './helpers/action.ts';
import { actions, ORDER, SHORT_REQUEST_TIMEOUT } from './helpers/github.ts';
import { PACKAGED_NODE } from './helpers/runtimes.ts';
import { actionAgainst, useSimulator } from './helpers/simulator.ts';

const simulator = useSimulator();
const fixture = actionAgainst(simulator);
const { run, sent } = fixture;

/** Everything a hostile answer could try: commands, a forged line, Markdown, HTML, escapes, a bidi override. */
const HOSTILE =
  'pending\n::stop-commands::tok\n::add-mask::evil\n##[error]forged\r\rOrder 1 is issued.\n\n![x](https://evil.example/x.png) <img src=x> \u001b[31mred \u202egnp.exe';

/** The commands the action itself writes; any other line starting with :: came from somewhere else. */
const OWN_COMMAND = /^::(add-mask|debug|warning|error|notice|group|endgroup)( [^:]*)?::/;

/** No line of the run's stdout is a command but the action's own, once each, and none holds ##[ or a raw escape. */
function expectNoInjection(result: ActionRun): void {
  const lines = result.stdout.split('\n');
  for (const line of lines) {
    if (line.startsWith('::')) expect(line).toMatch(OWN_COMMAND);
    expect(line).not.toContain('##[');
    expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  }
  expect(lines.filter((line) => line.startsWith('::add-mask::'))).toHaveLength(1);
  expect(lines.some((line) => line.startsWith('Order 1 is issued.'))).toBe(false);
  for (const line of result.stderr.split('\n')) expect(line).not.toContain('##[');
}

/** The summary rendered as GitHub's Markdown would, with raw HTML passed through. */
function renderedSummary(result: ActionRun): string {
  return new MarkdownIt({ html: true }).render(result.summary);
}

function expectSafeSummary(result: ActionRun): void {
  const html = renderedSummary(result);
  expect(html).not.toContain('<img');
  expect(html).not.toContain('href="https://evil.example');
}

/** An order answer, replacing the real one after the order is stored. */
function orderAnswer(body: unknown) {
  return {
    when: 'after',
    method: 'POST',
    effect: { kind: 'answer', status: 201, body: JSON.stringify(body) },
  } as const;
}

/** An order info answer, in place of the real one. */
function orderInfoAnswer(body: unknown, count = 1) {
  const fault = {
    when: 'before',
    method: 'GET',
    path: /^\/order\/certificate\/\d+$/,
    effect: { kind: 'answer', status: 200, body: JSON.stringify(body) },
  } as const;
  simulator.faults.add(fault, count);
}

describe('server text reaches the log, annotations and summary only through the gate', () => {
  it('a request status, order status, serial number and dates full of commands: no line is a command, outputs exact', async () => {
    const orderId = simulator.nextOrderId;
    simulator.faults.add(orderAnswer({ id: orderId, requests: [{ id: 9, status: HOSTILE }] }));
    const certificate = {
      id: 5,
      serial_number: HOSTILE,
      thumbprint: HOSTILE,
      valid_from: HOSTILE,
      valid_till: HOSTILE,
    };
    orderInfoAnswer({ id: orderId, status: HOSTILE, certificate, requests: [{ id: 9, status: HOSTILE }] }, 50);
    const result = await run({ ...ORDER, 'wait-for-issuance': 'true', 'wait-timeout': '0.6', 'poll-interval': '0.2' });
    expect(result.code).toBe(1);
    expectNoInjection(result);
    expectSafeSummary(result);
    expect(errorAnnotationOf(result).title).toBe('Not issued in time');
    // Shown on one line, readable, with its breaks and escapes written out.
    expect(result.stdout).toContain(
      'pending\\n: :stop-commands: :tok\\n: :add-mask: :evil\\n## [error]forged\\n\\nOrder 1 is issued.\\n\\n',
    );
    expect(result.stdout).toContain('\\x1b[31mred \\u202egnp.exe');
    // The outputs carry the answer exactly: GITHUB_OUTPUT's delimiters hold it.
    expect(result.outputs['request-status']).toBe(HOSTILE);
    expect(result.outputs['order-status']).toBe(HOSTILE);
    expect(result.outputs['serial-number']).toBe(HOSTILE);
    expect(result.outputs['valid-till']).toBe(HOSTILE);
  });

  it("DigiCert's error messages, in a retry note and in the failure: one line each, no command", async () => {
    const errors = JSON.stringify({ errors: [{ code: `limit\n::error::forged`, message: HOSTILE }] });
    simulator.faults.add({
      when: 'before',
      method: 'POST',
      effect: { kind: 'answer', status: 429, body: errors, retryAfter: '0' },
    });
    simulator.faults.add({
      when: 'before',
      method: 'POST',
      effect: { kind: 'answer', status: 400, body: errors },
    });
    const result = await run({ ...ORDER, idempotency: 'false' });
    expect(result.code).toBe(1);
    expectNoInjection(result);
    expectSafeSummary(result);
    expect(result.stdout).toMatch(/^.*HTTP 429.*limit\\n: :error: :forged: pending\\n.*Trying again in/m);
    expect(errorOf(result)).toContain('HTTP 400 Bad Request: limit\\n: :error: :forged: pending\\n: :stop-commands');
  });

  it('a body that is not JSON, from a gateway: its excerpt is shown on one line', async () => {
    simulator.faults.add(
      {
        when: 'before',
        method: 'GET',
        effect: { kind: 'answer', status: 404, body: HOSTILE, contentType: 'text/html' },
      },
      1,
    );
    const result = await run({ operation: 'status', 'order-id': '1' });
    expect(result.code).toBe(1);
    expectNoInjection(result);
    expectSafeSummary(result);
    expect(errorOf(result)).toContain('with a body that is not JSON: "pending : :stop-commands: :tok');
  });

  it('the CLI prints the same text through the same gate, and its JSON outputs still parse to the exact answer', async () => {
    orderInfoAnswer({ id: 77, status: HOSTILE, certificate: { serial_number: HOSTILE } });
    const { runCli } = await import('./helpers/cli.ts');
    const cli = await runCli(['status', '--order-id', '77', '--base-url', simulator.url], {
      DIGICERT_API_KEY: 'cli-hostile-key-0123456789',
    });
    expect(cli.code).toBe(0);
    for (const line of [...cli.stdout.split('\n'), ...cli.stderr.split('\n')]) {
      expect(line).not.toMatch(/^\s*::/);
      expect(line).not.toContain('##[');
      expect(line).not.toMatch(/[\u001b\u202e]/);
    }
    expect((JSON.parse(cli.stdout) as Record<string, string>)['order-status']).toBe(HOSTILE);
  });
});

describe('answers are bounded', () => {
  let standIn: Server | undefined;
  afterEach(async () => {
    standIn?.closeAllConnections();
    await new Promise<void>((done) => (standIn ? standIn.close(() => done()) : done()));
    standIn = undefined;
  });

  /** A server that answers every request with `bytes` of JSON-looking text, streamed, and counts the requests. */
  async function endless(bytes: number): Promise<{ url: string; requests: () => number }> {
    let requests = 0;
    standIn = createServer((_request, response) => {
      requests++;
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x30);
      let left = bytes;
      const pump = (): void => {
        while (left > 0) {
          left -= chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    });
    await new Promise<void>((done) => standIn?.listen(0, '127.0.0.1', done));
    return { url: `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/services/v2`, requests: () => requests };
  }

  it('a 1 GiB answer is refused after 1 MiB as too large, once, not retried as a network failure', async () => {
    const server = await endless(1024 * 1024 * 1024);
    const result = await runChecked({ operation: 'status', 'order-id': '1', 'base-url': server.url });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain(
      'GET /order/certificate/1: CertCentral answered HTTP 200, and the answer is too large: more than 1 MiB. It was not read.',
    );
    expect(server.requests()).toBe(1);
  });

  it('a gzip answer that inflates to 50 MB is refused while inflating, within a 40 MB heap', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    simulator.faults.add({
      when: 'before',
      method: 'GET',
      effect: { kind: 'answer', status: 200, body: bomb, headers: { 'Content-Encoding': 'gzip' } },
    });
    const result = await runChecked(
      { operation: 'status', 'order-id': '1', 'base-url': simulator.url },
      { node: PACKAGED_NODE.path, nodeArgs: ['--max-old-space-size=40'] },
    );
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('the answer is too large: more than 1 MiB');
  });

  async function issuedOrder(): Promise<number> {
    const body = { certificate: { common_name: 'Robot', emails: ['robot@example.com'], signature_hash: 'sha256' } };
    return (await simulator.seedOrder({ product: ORDER.product, body })).id;
  }

  it('a download of 10,000 certificates is refused as too large, with the order outputs still set', async () => {
    const orderId = await issuedOrder();
    const { leaf } = await simulator.pemBundle(orderId);
    simulator.faults.add({
      when: 'before',
      method: 'GET',
      path: /\/download\//,
      effect: { kind: 'answer', status: 200, body: `${leaf}\n`.repeat(10_000), contentType: 'application/x-pem-file' },
    });
    const result = await run({ operation: 'status', 'order-id': String(orderId) });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('the answer is too large');
    expect(result.outputs['order-status']).toBe('issued');
  });

  it('a download of 51 certificates is refused: a chain is a few', async () => {
    const orderId = await issuedOrder();
    const { leaf } = await simulator.pemBundle(orderId);
    simulator.faults.add({
      when: 'before',
      method: 'GET',
      path: /\/download\//,
      effect: { kind: 'answer', status: 200, body: `${leaf}\n`.repeat(51), contentType: 'application/x-pem-file' },
    });
    const result = await run({ operation: 'status', 'order-id': String(orderId) });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('the answer is too large: 51 certificates, more than 50. It was not read.');
  });
});

describe('an ID that is not a positive whole number is never read back', () => {
  for (const odd of [-5, 0, '99999999999999999999999', 1.5]) {
    it(`an order answer with id ${JSON.stringify(odd)}: unreadable, looked up by its key, never put in a path`, async () => {
      simulator.faults.add(orderAnswer({ id: odd, requests: [{ id: 1, status: 'pending' }] }));
      const result = await run({ ...ORDER, ...SHORT_REQUEST_TIMEOUT }, actions());
      // The order was stored before its answer was replaced: the check by key finds it, and nothing is bought twice.
      expect(result.code).toBe(0);
      expect(fixture.withMethod('POST')).toHaveLength(1);
      expect(result.outputs['order-id']).toMatch(/^[1-9]\d*$/);
      for (const line of sent()) expect(line).not.toMatch(/\/(-5|0|1e\+23|1\.5|99999999999999999999999)(\/|$)/);
      expect(result.stdout).toContain('with an ID that is not a positive whole number; the result is unknown');
    });
  }

  it('an order info whose certificate id is not an ID is unreadable: nothing is downloaded', async () => {
    orderInfoAnswer({ id: 5, status: 'issued', certificate: { id: -1 } }, 20);
    const result = await run({ operation: 'status', 'order-id': '5' });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('an ID that is not a positive whole number; the answer cannot be read');
    expect(sent()).toEqual(['GET /order/certificate/5']);
  });
});

describe('proxy settings', () => {
  it('a proxy URL that cannot be used is reported before any request, naming the variable', async () => {
    const result = await runChecked(
      { ...ORDER, 'base-url': 'https://certcentral.invalid/services/v2' },
      { env: { HTTPS_PROXY: 'http://user:pa%zzss@proxy.invalid:3128' } },
    );
    expect(result.code).toBe(1);
    expect(errorAnnotationOf(result)).toEqual({
      title: 'Invalid proxy setting',
      message:
        'HTTPS_PROXY holds a user name or password with a % that does not start a valid %-escape (such as %40 for @). Write % itself as %25. Nothing was sent to CertCentral.',
    });
    expect(result.stdout).not.toContain('may exist');
    expect(result.stdout).not.toContain('pa%zzss');
  });
});

describe('text inputs of a paid order', () => {
  const refusals: [string, Record<string, string>, string][] = [
    ['CR LF in common-name', { 'common-name': 'Jane\r\nDoe' }, 'common-name: holds a control character (U+000D).'],
    ['an escape sequence', { 'common-name': 'Jane \u001b[31mDoe' }, 'common-name: holds a control character (U+001B).'],
    ['U+0001', { 'common-name': 'Jane\u0001' }, 'common-name: holds a control character (U+0001).'],
    [
      'a right-to-left override',
      { 'common-name': 'Jane \u202efdp.exe' },
      'common-name: holds U+202E, a character that reorders or hides text, so what is shown differs from what is sent.',
    ],
    [
      '65 characters in common-name',
      { 'common-name': 'x'.repeat(65) },
      'common-name: is 65 characters long. Allowed: at most 64 characters.',
    ],
    ['a C1 control in comments', { comments: 'ok\u0085no' }, 'comments: holds a control character (U+0085).'],
    [
      'an override in a new organization',
      { 'organization-id': '', organization: '{"name": "Acme \u202eCorp", "address": "1 Main"}' },
      'organization: name holds U+202E',
    ],
  ];
  for (const [name, inputs, message] of refusals) {
    it(`refuses ${name}, naming the input, and sends nothing`, async () => {
      const result = await run({ ...ORDER, ...inputs });
      expect(result.code).toBe(1);
      expect(sent()).toEqual([]);
      expect(errorOf(result)).toContain(message);
      expectNoInjection(result);
    });
  }

  it('takes line breaks in comments, a message for the approver', async () => {
    const result = await run({ ...ORDER, comments: 'Line one\nLine two' });
    expect(result.code).toBe(0);
    expect((fixture.withMethod('POST')[0]?.body as { comments: string }).comments).toBe('Line one\nLine two');
  });
});

/** Whether this machine lets a process mount a small tmpfs of its own (Linux user and mount namespaces). */
function canMountTmpfs(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    execFileSync('unshare', ['-Urm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /tmp'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('files', () => {
  let outputDir: string;
  beforeEach(async () => {
    outputDir = await mkdtemp(join(tmpdir(), 'certcentral-full-'));
  });
  afterEach(() => rm(outputDir, { recursive: true, force: true }));

  it.skipIf(!canMountTmpfs())(
    'on a full disk neither certificate.pem nor chain.pem is replaced, and no temporary file is left (Linux with user namespaces)',
    async () => {
      simulator.immediateIssuance = true;
      // A 64 KiB tmpfs over output-dir with an old pair, filled but for one page: the new leaf fits, its chain not.
      const script = [
        `mount -t tmpfs -o size=64k tmpfs "${outputDir}"`,
        `printf 'old leaf' > "${outputDir}/certificate.pem"`,
        `printf 'old chain' > "${outputDir}/chain.pem"`,
        `dd if=/dev/zero of="${outputDir}/.filler" bs=4096 2>/dev/null`,
        `truncate -s -4096 "${outputDir}/.filler"`,
        '"$@"; code=$?',
        `echo "LISTING $(ls -A "${outputDir}" | tr '\\n' ' ')"`,
        `echo "LEAF $(cat "${outputDir}/certificate.pem") CHAIN $(cat "${outputDir}/chain.pem")"`,
        'exit $code',
      ].join('; ');
      const result = await runChecked(
        { ...ORDER, 'skip-approval': 'true', 'output-dir': outputDir, 'base-url': simulator.url },
        // bash, not sh: dash drops the runner's INPUT_API-KEY and the other names with a dash.
        { node: PACKAGED_NODE.path, prefix: ['unshare', '-Urm', 'bash', '-c', script, 'bash'] },
      );
      expect(result.code).toBe(1);
      expect(errorAnnotationOf(result).title).toBe('Files not written');
      expect(errorOf(result)).toContain('cannot be written (ENOSPC); the files there are unchanged');
      expect(result.stdout).toContain('LISTING .filler certificate.pem chain.pem \n');
      expect(result.stdout).toContain('LEAF old leaf CHAIN old chain');
      // The certificate is still handed over in the outputs.
      expect(result.outputs['certificate-pem']).toContain('BEGIN CERTIFICATE');
      expect(await readdir(outputDir)).toEqual([]);
    },
  );
});

describe('wait-timeout bounds the whole wait', () => {
  it('a read that hangs is cut off at the deadline, not at request-timeout', async () => {
    simulator.approval = 'auto';
    simulator.faults.add({ ...FAULTS.hangBeforeStore, method: 'GET', path: /^\/order\/certificate\/\d+$/ }, 10);
    const started = Date.now();
    const result = await run({
      ...ORDER,
      'wait-for-issuance': 'true',
      'wait-timeout': '2',
      'request-timeout': '20',
    });
    const seconds = (Date.now() - started) / 1000;
    expect(result.code).toBe(1);
    expect(seconds).toBeLessThan(6);
    expect(errorOf(result)).toContain('No read of the order succeeded within wait-timeout (2 s).');
  });
});

describe('two runs reissuing one order at the same moment', () => {
  it('converge on one reissue: the later request is rejected by its own run, and both report the earlier', async () => {
    const body = {
      certificate: { signature_hash: 'sha256', server_platform: { id: 52 } },
      organization: { id: 123456 },
      validity_years: 3,
    };
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const seeded = await simulator.seedOrder({
      product: 'code_signing',
      body,
      validTill: day(20),
      orderValidTill: day(400),
    });
    // Both runs read the order before either reissues (a barrier holds the first read until the second arrives):
    // each decides on a reissue, with the same key.
    let arrived = 0;
    let release = (): void => {};
    const both = new Promise<void>((resolve) => (release = resolve));
    const barrier = (): Promise<void> => {
      arrived += 1;
      if (arrived === 2) release();
      return both;
    };
    const path = new RegExp(`^/order/certificate/${seeded.id}$`);
    simulator.faults.add({ when: 'after', method: 'GET', path, effect: { kind: 'as-is' }, waitFor: barrier }, 2);
    const renew = () => run({ operation: 'renew', 'order-id': String(seeded.id), 'server-platform-id': '52' });
    const [first, second] = await Promise.all([renew(), renew()]);
    expect([first.code, second.code]).toEqual([0, 0]);
    const reissues = seeded.requests.filter((request) => request.type === 'reissue');
    expect(reissues).toHaveLength(2);
    const [earlier, later] = reissues;
    expect(earlier?.status).toBe('pending');
    expect(later?.status).toBe('rejected');
    expect(later?.processorComment).toContain(`Duplicate of reissue request ${earlier?.id}`);
    expect([first.outputs['request-id'], second.outputs['request-id']]).toEqual([
      String(earlier?.id),
      String(earlier?.id),
    ]);
    const warned = [...first.stdout.split('\n'), ...second.stdout.split('\n')].filter((line) =>
      line.startsWith('::warning::'),
    );
    expect(warned).toEqual([expect.stringContaining(`This run rejected its own, later request ${later?.id}`)]);
  });
});

describe('a job cancelled right after its order was answered', () => {
  it.skipIf(process.platform === 'win32')(
    'keeps a record: the order ID is in the outputs and named in the log before the check that follows (skipped on Windows: no signal reaches the step)',
    async () => {
      // The look-up after ordering (the second) never answers: the job is cancelled during it.
      simulator.faults.add({
        ...FAULTS.hangBeforeStore,
        method: 'GET',
        path: /^\/order\/alternate\//,
        skip: 1,
      });
      const result = await runChecked(
        {
          ...ORDER,
          'alternative-order-id': 'cancelledAfterPost',
          'request-timeout': '30',
          'base-url': simulator.url,
        },
        { node: PACKAGED_NODE.path, timeoutMs: 2_000 },
      );
      expect(result.code).toBeNull();
      const [placed] = [...simulator.orders.values()].filter((o) => o.alternativeOrderId === 'cancelledAfterPost');
      expect(placed).toBeDefined();
      expect(result.outputs['order-id']).toBe(String(placed?.id));
      expect(result.stdout).toContain(`Order ${placed?.id} placed: request`);
      expect(sent().filter((line) => line.startsWith('GET /order/alternate/'))).toHaveLength(2);
    },
  );
});
