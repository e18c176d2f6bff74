/**
 * `npm run bench`: what a step of this action costs next to a bare Node start, measured side by side.
 *
 *   (a) `node -e 0`
 *   (b) `node dist/index.js` in dry-run
 *   (c) `node dist/index.js` sending a full order to the loopback simulator
 *   (d) a full order with wait-for-issuance and the default polling, against a simulator that issues the order
 *       a known time after it is placed (once: it lasts about a minute)
 *
 * The commands alternate within each round (the starting one rotates), so drift in the machine's load hits them
 * alike. All use the node binary running this script: Node 24 from node_modules/.bin inside npm scripts.
 * Usage: npm run bench [-- --runs N] [-- --issue-after SECONDS]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ACTION_ENTRY, parseOutputFile } from '../simulator/harness.ts';
import { startSimulator, type CertCentralSimulator } from '../simulator/server.ts';

const TARGETS = { dryRun: 1.25, order: 1.4, indexKb: 400, shareOfRateLimit: 0.05 };
/** DigiCert's per-key limit, shared by every pipeline of the account: 1000 requests per 3 minutes. */
const RATE_LIMIT_PER_MINUTE = 1000 / 3;
const API_KEY = 'bench-placeholder-key-0123';
const ORDER = {
  product: 'code_signing',
  'organization-id': '123456',
  'validity-years': '1',
  'server-platform-id': '52',
};

interface Command {
  readonly label: string;
  readonly args: readonly string[];
  /** Fresh environment for one run. */
  env(): Promise<Record<string, string>>;
  /** Throws when the run did not do what it is meant to, so a failure is never timed as a success. */
  check(code: number | null, env: Record<string, string>): Promise<void>;
}

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '40' }, 'issue-after': { type: 'string', default: '60' } },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs must be an integer of at least 5');
const issueAfterSeconds = Number(options['issue-after']);
if (!(issueAfterSeconds > 0)) throw new Error('--issue-after must be a positive number of seconds');

const node = process.execPath;
const dist = join(ACTION_ENTRY, '..');
const workDir = await mkdtemp(join(tmpdir(), 'certcentral-bench-'));
const simulator = await startSimulator({ apiKey: API_KEY, approval: 'auto' });
try {
  const commands = [bareNode(), action('(b) dry-run', { ...ORDER, 'dry-run': 'true' }), order(simulator)];
  const times = await alternate(commands, runs);
  const medians = times.map(median);
  const [a, b, c] = medians as [number, number, number];
  const size = await distSize();

  console.log(`node ${process.version} (${node}); ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}`);
  // Other work on the machine skews the ratios; a load average near the CPU count means the figures are noisy.
  console.log(
    `${runs} runs of each, alternated (plus one warm-up round); 1-minute load average ${loadavg()[0]?.toFixed(2)}\n`,
  );
  commands.forEach((command, i) => {
    const sorted = [...(times[i] as number[])].sort((x, y) => x - y);
    console.log(
      `${command.label.padEnd(34)} median ${ms(medians[i] as number)}  ` +
        `(p25 ${ms(quantile(sorted, 0.25))}, p75 ${ms(quantile(sorted, 0.75))})`,
    );
  });
  console.log();
  console.log(verdict('b/a (dry-run / bare node)', b / a, TARGETS.dryRun));
  console.log(verdict('c/a (order / bare node)', c / a, TARGETS.order));
  console.log(
    `dist/index.js ${kb(size.index)} kB (target ≤ ${TARGETS.indexKb} kB: ${size.index <= TARGETS.indexKb * 1000 ? 'met' : 'NOT met'}); ` +
      `dist/ ${kb(size.total)} kB in ${size.files} files`,
  );
  for (const line of await measureWaitForIssuance(simulator, issueAfterSeconds)) console.log(line);
} finally {
  await simulator.close();
  await rm(workDir, { recursive: true, force: true });
}

/**
 * (d) A full order with wait-for-issuance and the default poll-interval, against a simulator that issues the order
 * `issueAfter` seconds after it is placed. Reports how long after issuance the action saw it (target: within the
 * polling interval then in force) and the requests it spent per minute of waiting (target: at most 5% of the
 * per-key limit).
 */
async function measureWaitForIssuance(target: CertCentralSimulator, issueAfter: number): Promise<string[]> {
  target.statusFlow = { statuses: ['pending', 'issued'], every: { ms: issueAfter * 1000 } };
  const firstRequest = target.requests.length;
  const command = action(
    '(d) order, wait-for-issuance',
    { ...ORDER, 'base-url': target.url, 'wait-for-issuance': 'true', 'wait-timeout': String(issueAfter * 4) },
    'certificate-path',
  );
  const env = await command.env();
  const { code, elapsed } = await timeRun(command.args, env);
  await command.check(code, env);
  target.statusFlow = undefined;

  const requests = target.requests.slice(firstRequest);
  const orderId = Number(parseOutputFile(await readFile(env.GITHUB_OUTPUT as string, 'utf8'))['order-id']);
  const issuedAt = (target.orders.get(orderId)?.flowStart.at ?? NaN) + issueAfter * 1000;
  const reads = requests.filter(
    (request) => request.method === 'GET' && request.path === `/order/certificate/${orderId}`,
  );
  const seenIndex = reads.findIndex((read) => read.at >= issuedAt);
  const seen = reads[seenIndex];
  const before = reads[seenIndex - 1];
  if (!seen || !before) throw new Error('(d): the action did not read the order before and after its issuance');
  const lag = (seen.at - issuedAt) / 1000;
  const interval = (seen.at - before.at) / 1000;
  const waitMinutes = (seen.at - (requests[0]?.at ?? seen.at)) / 60_000;
  const perMinute = requests.length / waitMinutes;
  const share = perMinute / RATE_LIMIT_PER_MINUTE;
  return [
    `(d) order with wait-for-issuance (default poll-interval), issued ${issueAfter} s after the order: ` +
      `${(elapsed / 1000).toFixed(1)} s in all, ${requests.length} requests (${reads.length} order reads)`,
    `    seen ${lag.toFixed(1)} s after issuance; the interval then was ${interval.toFixed(1)} s ` +
      `(target: within one interval: ${lag <= interval ? 'met' : 'NOT met'})`,
    `    ${perMinute.toFixed(1)} requests per minute of waiting = ${(share * 100).toFixed(1)}% of the per-key limit ` +
      `of ${RATE_LIMIT_PER_MINUTE.toFixed(0)}/min (target ≤ ${TARGETS.shareOfRateLimit * 100}%: ` +
      `${share <= TARGETS.shareOfRateLimit ? 'met' : 'NOT met'})`,
  ];
}

function bareNode(): Command {
  return {
    label: '(a) node -e 0',
    args: ['-e', '0'],
    env: async () => ({ PATH: process.env.PATH ?? '' }),
    check: async (code) => expectCode(code, 'node -e 0'),
  };
}

/** dist/index.js with the runner's environment: INPUT_* variables and a GITHUB_OUTPUT file. */
function action(label: string, inputs: Record<string, string>, outputName = 'request-body'): Command {
  let run = 0;
  return {
    label,
    args: [ACTION_ENTRY],
    async env() {
      const outputFile = join(workDir, `output-${label.slice(1, 2)}-${run++}`);
      await writeFile(outputFile, '');
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        RUNNER_TEMP: workDir,
        GITHUB_OUTPUT: outputFile,
        'INPUT_API-KEY': API_KEY,
      };
      for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
      return env;
    },
    async check(code, env) {
      expectCode(code, label);
      const outputs = parseOutputFile(await readFile(env.GITHUB_OUTPUT as string, 'utf8'));
      if (!outputs[outputName]) throw new Error(`${label}: the action set no ${outputName} output`);
    },
  };
}

function order(target: CertCentralSimulator): Command {
  return action('(c) order against the simulator', { ...ORDER, 'base-url': target.url }, 'order-id');
}

/** Runs every command once per round, rotating which goes first; the first round only warms up. */
async function alternate(commands: readonly Command[], rounds: number): Promise<number[][]> {
  const times: number[][] = commands.map(() => []);
  for (let round = -1; round < rounds; round++) {
    for (let k = 0; k < commands.length; k++) {
      const index = (Math.max(round, 0) + k) % commands.length;
      const command = commands[index] as Command;
      const env = await command.env();
      const { code, elapsed } = await timeRun(command.args, env);
      await command.check(code, env);
      if (round >= 0) times[index]?.push(elapsed);
    }
  }
  return times;
}

/**
 * Wall time from spawn until the process has exited and its output is read, in milliseconds. Stdout is a pipe, as
 * under the runner. Asynchronous, so the in-process simulator can answer.
 */
function timeRun(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number | null; elapsed: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(node, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, elapsed: Number(process.hrtime.bigint() - start) / 1e6 }));
  });
}

function expectCode(code: number | null, label: string): void {
  if (code !== 0) throw new Error(`${label} exited with ${code}`);
}

async function distSize(): Promise<{ index: number; total: number; files: number }> {
  const names = (await readdir(dist, { recursive: true })).map((name) => join(dist, name));
  const sizes = await Promise.all(names.map(async (name) => await stat(name)));
  const files = sizes.filter((entry) => entry.isFile());
  const total = files.reduce((sum, entry) => sum + entry.size, 0);
  return { index: (await stat(ACTION_ENTRY)).size, total, files: files.length };
}

function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((x, y) => x - y),
    0.5,
  );
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}

function verdict(label: string, ratio: number, target: number): string {
  return `${label.padEnd(28)} ${ratio.toFixed(2)}  (target ≤ ${target}: ${ratio <= target ? 'met' : 'NOT met'})`;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}
