/**
 * End to end: inputs that are out of bounds, hostile files and hostile echoes of the key are refused
 * or handled before they can hang the step, overwrite a file or leak; dist/index.js against the simulator.
 */
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../simulator/harness.ts';
import { API_KEY, errorAnnotationOf, errorOf, runChecked } from './helpers/action.ts';
import { ORDER } from './helpers/github.ts';
import { PACKAGED_NODE } from './helpers/runtimes.ts';
import { CSR } from './helpers/seeds.ts';
import { echoedForms } from './helpers/secrets.ts';
import { useSimulator } from './helpers/simulator.ts';

const simulator = useSimulator({ apiKey: API_KEY });

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'certcentral-hardening-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const POSIX = process.platform !== 'win32';
const LINUX = process.platform === 'linux';

function run(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runChecked({ 'base-url': simulator.url, ...ORDER, ...inputs }, { env });
}

/** operation status of the order, writing its files under RUNNER_TEMP. */
function runStatus(orderId: string) {
  return runChecked(
    { 'base-url': simulator.url, operation: 'status', 'order-id': orderId },
    { env: { RUNNER_TEMP: dir } },
  );
}

describe('number inputs past their upper bounds', () => {
  it('are input errors naming each input and its range, and nothing is sent', async () => {
    const result = await run({
      'wait-for-issuance': 'true',
      'wait-timeout': '9'.repeat(400),
      'poll-interval': '9999999',
      'request-timeout': '99999999999',
      'max-attempts': '21',
    });
    expect(result.code).toBe(1);
    expect(errorAnnotationOf(result).title).toBe('Invalid input');
    const error = errorOf(result);
    expect(error).toContain('wait-timeout: "999');
    expect(error).toContain('is too large. Allowed: a number from 0.1 to 604800 (7 days).');
    expect(error).toContain('poll-interval: "9999999" is too large. Allowed: a number from 0.1 to 3600 (1 hour).');
    expect(error).toContain(
      'request-timeout: "99999999999" is too large. Allowed: a number from 0.1 to 3600 (1 hour).',
    );
    expect(error).toContain('max-attempts: "21" is too large. Allowed: a whole number from 1 to 20.');
    expect(simulator.requests).toEqual([]);
  });

  it('wait-timeout 99999999999 with poll-interval 9999999 is refused before ordering, so nothing polls in a loop', async () => {
    const result = await run({
      'wait-for-issuance': 'true',
      'wait-timeout': '99999999999',
      'poll-interval': '9999999',
    });
    expect(result.code).toBe(1);
    expect(simulator.requests).toEqual([]);
  });
});

describe('the key, as a server could echo it', () => {
  it('is hidden in every form from errors, logs and the summary', async () => {
    const forms = Object.values(echoedForms(API_KEY));
    simulator.faults.add({
      when: 'before',
      method: 'POST',
      effect: {
        kind: 'answer',
        status: 400,
        body: JSON.stringify({
          errors: forms.map((form, index) => ({ code: `echo_${index}`, message: `not allowed: ${form}` })),
        }),
      },
    });
    const result = await run({});
    expect(result.code).toBe(1);
    const error = errorOf(result);
    expect(error).toContain('echo_0: not allowed: ***');
    const printed = [result.stdout.slice(result.stdout.indexOf('\n')), result.stderr, result.summary].join('\n');
    for (const form of forms) expect(printed).not.toContain(form);
    expect(printed.match(/not allowed: \*\*\*/g)?.length).toBeGreaterThanOrEqual(forms.length);
  });

  it('a \\u-escaped key in a 201 body does not reach the response output', async () => {
    const escaped = [...API_KEY].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    simulator.faults.add({
      when: 'before',
      method: 'POST',
      effect: { kind: 'answer', status: 201, body: `{"id":1,"echo":"${escaped}","base64":"${btoa(API_KEY)}"}` },
    });
    const result = await run({});
    expect(result.code).toBe(0);
    // Base64 keeps at most its padding characters, which no key decides.
    expect(result.outputs.response).toMatch(/^\{"id":1,"echo":"\*\*\*","base64":"\*\*\*[A-Za-z0-9+/=]{0,3}"\}$/);
    expect(JSON.parse(result.outputs.response as string).echo).toBe('***');
  });
});

describe('inputs that cannot be sent as written', () => {
  it('an api-key with a line break is an input error, and nothing is sent or retried', async () => {
    const key = `${API_KEY.slice(0, 8)}\n${API_KEY.slice(8)}`;
    const result = await runAction({
      node: PACKAGED_NODE.path,
      inputs: { 'api-key': key, 'base-url': simulator.url, ...ORDER },
    });
    expect(result.code).toBe(1);
    expect(errorAnnotationOf(result).title).toBe('Invalid input');
    expect(errorOf(result)).toContain('api-key holds a character that cannot be sent in the X-DC-DEVKEY header');
    expect(simulator.requests).toEqual([]);
    expect(result.stdout).not.toContain('Trying again');
  });

  it('an api-key with a character outside Latin-1 is an input error, and nothing is sent', async () => {
    const result = await run({ 'api-key': `${API_KEY}\u20ac` });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('api-key holds a character that cannot be sent');
    expect(simulator.requests).toEqual([]);
  });

  it('an unknown YAML tag is an input error, with no raw YAML warning on stderr', async () => {
    const result = await run({ 'custom-fields': '- metadata_id: 3\n  value: !!js/function "function () {}"' });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('custom-fields: uses the YAML tag !!js/function, which is not allowed.');
    expect(result.stderr).toBe('');
    expect(simulator.requests).toEqual([]);
  });
});

describe('file inputs', () => {
  it.skipIf(!POSIX)(
    'a csr-file that is a FIFO is refused at once, and nothing is sent (POSIX only: mkfifo)',
    async () => {
      const fifo = join(dir, 'request.csr');
      execFileSync('mkfifo', [fifo]);
      const result = await runChecked({ 'base-url': simulator.url, ...ORDER, 'csr-file': fifo }, { timeoutMs: 5_000 });
      expect(result.code).toBe(1);
      expect(errorOf(result)).toContain(`csr-file: "${fifo}" is a named pipe (FIFO), not a regular file.`);
      expect(simulator.requests).toEqual([]);
    },
  );

  it('a csr-file over 64 KiB is refused, and nothing is sent', async () => {
    const path = join(dir, 'request.csr');
    await writeFile(path, `${CSR}\n${' '.repeat(64 * 1024)}`);
    const result = await run({ 'csr-file': path });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toMatch(
      /csr-file: ".*request\.csr" is \d+ bytes, more than 65536\. Allowed: a regular file/,
    );
    expect(simulator.requests).toEqual([]);
  });

  it('a csr-file with CRLF line endings is sent with LF', async () => {
    const path = join(dir, 'request.csr');
    await writeFile(path, `${CSR.replace(/\n/g, '\r\n')}\r\n`);
    const result = await run({ 'csr-file': path });
    expect(result.code).toBe(0);
    const [post] = simulator.requests.filter((request) => request.method === 'POST');
    expect((post?.body as { certificate: { csr: string } }).certificate.csr).toBe(CSR);
  });

  it.skipIf(!LINUX)('an output-dir under /proc is refused before ordering, at once (Linux only)', async () => {
    const result = await runChecked(
      { 'base-url': simulator.url, ...ORDER, 'wait-for-issuance': 'true', 'output-dir': '/proc/certcentral/out' },
      { timeoutMs: 5_000 },
    );
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain(
      'output-dir: "/proc/certcentral/out" cannot take files: creating one in /proc failed',
    );
    expect(simulator.requests).toEqual([]);
  });

  it('an output-dir that is a symbolic link is refused before ordering', async () => {
    const victim = join(dir, 'victim');
    await mkdir(victim);
    await symlink(victim, join(dir, 'certs'), 'junction');
    const result = await run({ 'wait-for-issuance': 'true', 'output-dir': join(dir, 'certs') });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain(
      'is a symbolic link or junction, not a directory; nothing is written through a link',
    );
    expect(simulator.requests).toEqual([]);
    expect(await readdir(victim)).toEqual([]);
  });

  describe('links planted under RUNNER_TEMP are not written through', () => {
    async function issuedOrder(): Promise<string> {
      simulator.approval = 'auto';
      simulator.statusFlow = { statuses: ['issued'], every: { calls: 1 } };
      const ordered = await run({});
      expect(ordered.code).toBe(0);
      return ordered.outputs['order-id'] as string;
    }

    it('at certcentral-order-<id>/certificate.pem', async () => {
      const orderId = await issuedOrder();
      const victim = join(dir, 'victim.pem');
      await writeFile(victim, 'precious');
      const folder = join(dir, `certcentral-order-${orderId}`);
      await mkdir(folder);
      await symlink(victim, join(folder, 'certificate.pem'), 'file');
      const result = await runStatus(orderId);
      expect(result.code).toBe(1);
      expect(errorAnnotationOf(result).title).toBe('Files not written');
      // Files are written by the folder's real path: /private/var/… on macOS, the long name of an 8.3 path on Windows.
      expect(errorOf(result)).toContain(
        `${join(await realpath(folder), 'certificate.pem')} is a symbolic link or junction; it is not overwritten, and nothing is written through it`,
      );
      expect(await readFile(victim, 'utf8')).toBe('precious');
      expect((await lstat(join(folder, 'certificate.pem'))).isSymbolicLink()).toBe(true);
      // The certificate itself is handed over in the outputs.
      expect(result.outputs['certificate-pem']).toContain('-----BEGIN CERTIFICATE-----');
    });

    it('at the folder certcentral-order-<id>', async () => {
      const orderId = await issuedOrder();
      const victim = join(dir, 'victim');
      await mkdir(victim);
      await symlink(victim, join(dir, `certcentral-order-${orderId}`), 'junction');
      const result = await runStatus(orderId);
      expect(result.code).toBe(1);
      expect(errorOf(result)).toContain(
        'is a symbolic link or junction, not a directory; nothing is written through a link',
      );
      expect(await readdir(victim)).toEqual([]);
    });
  });
});
