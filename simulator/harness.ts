/** Runs the built action the way the runner does: INPUT_* environment, a GITHUB_OUTPUT file, an exit code. */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundle to run: under vitest, the build of the current src/ that the global setup made (never the committed
 * dist/, which can be stale after an edit); for `npm start` and the scripts, dist/, as the runner would run it.
 */
export const BUNDLE_DIR = bundleDir();
export const ACTION_ENTRY = join(BUNDLE_DIR, 'index.js');
export const CLI_ENTRY = join(BUNDLE_DIR, 'cli', 'index.js');

function bundleDir(): string {
  const built = process.env.CERTCENTRAL_BUNDLE;
  if (built) return built;
  if (process.env.VITEST) throw new Error('CERTCENTRAL_BUNDLE is not set: the tests run only a fresh build of src/.');
  return resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
}

/** What the action wrote; on Windows with its line ends (\r\n) read as \n. */
export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  /** The GITHUB_OUTPUT file as written, to see how often each output was set. */
  readonly outputFile: string;
  /** The job summary written to GITHUB_STEP_SUMMARY. */
  readonly summary: string;
}

export interface ActionRunOptions {
  /** Input names as in action.yml, e.g. 'api-key'. */
  readonly inputs: Record<string, string>;
  /** Extra environment; the runner's GITHUB_* files are set up here. */
  readonly env?: Record<string, string>;
  /** The node binary; the one running this process by default. */
  readonly node?: string;
  /** Options for node before the bundle, such as --max-old-space-size. */
  readonly nodeArgs?: readonly string[];
  /** A program (and its arguments) that runs node as its last arguments, such as unshare for a mount of its own. */
  readonly prefix?: readonly string[];
  readonly timeoutMs?: number;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'certcentral-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    ...platformEnv(),
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  try {
    const node = [options.node ?? process.execPath, ...(options.nodeArgs ?? []), ACTION_ENTRY];
    const [command, ...args] = [...(options.prefix ?? []), ...node] as [string, ...string[]];
    const { code, stdout, stderr } = await runProcess(command, args, env, options.timeoutMs ?? 30_000);
    const written = withLf(await readFile(outputFile, 'utf8'));
    return {
      code,
      stdout: withLf(stdout),
      stderr: withLf(stderr),
      outputs: parseOutputFile(written),
      outputFile: written,
      summary: withLf(await readFile(summaryFile, 'utf8')),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * What a process needs from the environment on this platform beyond PATH and HOME: on Windows, Node needs
 * SystemRoot for sockets and TEMP for temporary files, as the runner gives every step.
 */
export function platformEnv(): Record<string, string> {
  if (process.platform !== 'win32') return {};
  const names = ['SystemRoot', 'SystemDrive', 'windir', 'ComSpec', 'PATHEXT', 'TEMP', 'TMP', 'USERPROFILE'];
  return Object.fromEntries(names.flatMap((name) => (process.env[name] ? [[name, process.env[name] as string]] : [])));
}

/**
 * @actions/core ends its lines with os.EOL: \r\n on Windows, where what a run wrote is read with \n. Elsewhere it is
 * left as written, so that a stray \r in a value still shows.
 */
function withLf(text: string): string {
  return process.platform === 'win32' ? text.replace(/\r\n/g, '\n') : text;
}

export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end with no stdin, collecting what it printed. */
export function runProcess(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<ProcessRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Reads the `name<<delimiter` / value / `delimiter` blocks that core.setOutput appends. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!header) continue;
    const [, name, delimiter] = header as unknown as [string, string, string];
    const end = lines.indexOf(delimiter, i + 1);
    outputs[name] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}
