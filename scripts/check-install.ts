/**
 * `npm run check-install`: packs this package as npm would publish it, installs the tarball globally into a
 * temporary prefix, and runs the `certcentral` command that the install put on the path, the way a shell does
 * (on Windows through npm's .cmd shim). Then it does the same with an install from this git repository's HEAD.
 * Needs git and the npm registry (for the runtime dependencies), nothing else.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSimulator } from '../simulator/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WINDOWS = process.platform === 'win32';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end; asynchronously, so that the simulator in this process can answer it. */
function run(command: string, args: readonly string[], cwd: string, env = process.env): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    // npm and its shims are .cmd files on Windows, which only a shell starts; the shell splits at spaces.
    const words = WINDOWS ? args.map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg)) : args;
    const child = spawn(command, words, { cwd, env, shell: WINDOWS, timeout: 300_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  // Inside `npm run`, npm_execpath is the npm that runs us: use it with this Node.
  const npmCli = process.env.npm_execpath;
  const result = npmCli && !WINDOWS ? await run(process.execPath, [npmCli, ...args], cwd) : await run('npm', args, cwd);
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

function expect(condition: boolean, what: string, result: Run): void {
  if (!condition) {
    throw new Error(`${what}\nexit ${result.status}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

/** Installs `spec` globally into `prefix` and runs its certcentral: --help, --version, an order. */
async function checkInstall(spec: string, prefix: string, flags: readonly string[]): Promise<void> {
  await npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', ...flags, spec], ROOT);
  // npm puts global bins in <prefix>/bin on POSIX and in <prefix> itself on Windows.
  const bin = WINDOWS ? join(prefix, 'certcentral.cmd') : join(prefix, 'bin', 'certcentral');
  const command = WINDOWS ? `"${bin}"` : bin;

  const help = await run(command, ['--help'], prefix);
  expect(help.status === 0 && help.stdout.startsWith('Usage: certcentral'), 'certcentral --help failed', help);
  const shown = await run(command, ['--version'], prefix);
  expect(shown.status === 0 && shown.stdout.trim() === version, `certcentral --version is not ${version}`, shown);

  // A real order against the simulator loads every chunk of the bundle, and writes the certificate files.
  const simulator = await startSimulator({
    approval: 'auto',
    statusFlow: { statuses: ['issued'], every: { calls: 1 } },
  });
  try {
    const order = await run(
      command,
      [
        'order',
        ...['--base-url', simulator.url, '--product', 'client_premium_sha2', '--organization-id', '1'],
        ...['--validity-years', '1', '--common-name', 'Jane Doe', '--emails', 'jane@example.com'],
        ...['--wait-for-issuance', '--output-dir', join(prefix, 'certs')],
      ],
      prefix,
      { ...process.env, DIGICERT_API_KEY: 'install-check-placeholder-key' },
    );
    expect(order.status === 0, 'certcentral order against the simulator failed', order);
    const outputs = JSON.parse(order.stdout) as Record<string, string>;
    const written = readFileSync(outputs['certificate-path'] as string, 'utf8');
    expect(
      outputs['order-status'] === 'issued' && written.includes('BEGIN CERTIFICATE'),
      'certcentral order did not write the issued certificate',
      order,
    );
  } finally {
    await simulator.close();
  }
  console.log(`${spec}: a global install gives a working ${bin}.`);
}

const work = mkdtempSync(join(tmpdir(), 'certcentral-install-'));
try {
  const packed = JSON.parse(await npm(['pack', '--json', '--pack-destination', work], ROOT)) as {
    filename: string;
  }[];
  await checkInstall(join(work, packed[0]?.filename as string), join(work, 'from-tarball'), []);
  const head = (await run('git', ['rev-parse', 'HEAD'], ROOT)).stdout.trim();
  // A plain git install, as the README gives it. The script that builds dist/ is not named "build": with one of that
  // name, npm linked a global git install to a temporary clone it then deleted, leaving the command dangling.
  await checkInstall(`git+${pathToFileURL(ROOT).href}#${head}`, join(work, 'from-git'), []);
} finally {
  rmSync(work, { recursive: true, force: true });
}
