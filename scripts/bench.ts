/**
 * `npm run bench`: what a step of this action costs, measured side by side in one run against a bare Node start,
 * floor scripts, and a template-style peer action:
 *
 *   bare          `node -e 0`
 *   floor output  one step output written as @actions/core writes it (a random delimiter from node:crypto)
 *   floor http    that, plus one POST with node:http to the loopback simulator
 *   floor fetch   that POST through node-fetch, bundled with ncc
 *   ours dry run  dist/index.js with dry-run: true; and again with a runner job's variables (GITHUB_ACTIONS, the
 *                 repository, run, job and step), where it also derives the order's never-twice key
 *   ours order    dist/index.js placing an order with the loopback simulator
 *   ours, ESM     the same two, from an ESM build of src/ made here (dist/ is CommonJS: the faster of the two)
 *   peer          a template-style action (@actions/core and @actions/http-client, bundled with ncc), dry run and
 *                 order
 *
 * The floors, the ESM build and the peer are built in a scratch folder (build/bench), never in dist/. Every
 * command alternates within each round (the starting one rotates), so drift in the machine's load hits them alike,
 * and every run has the runner's files: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. All use the node binary running this
 * script: Node 24 from node_modules/.bin inside npm scripts. Then, unless --no-issuance, one order with
 * wait-for-issuance and the default polling against a simulator that issues it a known time after it is placed.
 * With --compare DIR, the dry run and the order of another build (DIR/index.js) are timed in the same rounds, so that
 * a change is measured side by side with the build before it: a commit's build is its dist/, which `git archive
 * <commit> dist | tar -x -C /tmp/before` extracts.
 * Usage: npm run bench [-- --runs N] [-- --issue-after SECONDS] [-- --no-issuance] [-- --compare DIR]
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ACTION_ENTRY, parseOutputFile } from '../simulator/harness.ts';
import { startSimulator, type CertCentralSimulator } from '../simulator/server.ts';
import { nccBuild, rewriteEmitted } from './bundle.ts';

const GOALS = { dryRunToBare: 1.45, orderToFetchFloor: 1.05, indexKb: 250, shareOfRateLimit: 0.05 };
/** DigiCert's per-key limit, shared by every pipeline of the account: 1000 requests per 3 minutes. */
const RATE_LIMIT_PER_MINUTE = 1000 / 3;
const API_KEY = 'bench-placeholder-key-0123';
const ORDER = {
  product: 'code_signing',
  'organization-id': '123456',
  'validity-years': '1',
  'server-platform-id': '52',
};
/** The body the floors and the peer send: what the action sends for ORDER. */
const ORDER_BODY = {
  certificate: { server_platform: { id: 52 }, signature_hash: 'sha256' },
  validity_years: 1,
  organization: { id: 123456 },
};

/** What the runner sets for a job: the run the never-twice key is derived from. */
const RUNNER_JOB = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_RUN_ID: '4242',
  GITHUB_JOB: 'sign',
  GITHUB_ACTION: 'order',
};

const node = process.execPath;
const ROOT = resolve(import.meta.dirname, '..');
const SCRATCH = join(ROOT, 'build', 'bench');

interface Command {
  readonly label: string;
  readonly args: readonly string[];
  /** The output a successful run sets, or undefined for one that sets none (bare node). */
  readonly output?: string;
  readonly inputs?: Readonly<Record<string, string>>;
  /** Variables of the runner's job beyond the files every run has. */
  readonly job?: Readonly<Record<string, string>>;
}

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    'issue-after': { type: 'string', default: '60' },
    'no-issuance': { type: 'boolean', default: false },
    compare: { type: 'string' },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs must be an integer of at least 5');
const issueAfterSeconds = Number(options['issue-after']);
if (!(issueAfterSeconds > 0)) throw new Error('--issue-after must be a positive number of seconds');
const compareEntry = options.compare === undefined ? undefined : resolve(options.compare, 'index.js');

/** Builds the scratch commands, times them all, and prints the figures and the goals. */
async function main(): Promise<void> {
  await rm(SCRATCH, { recursive: true, force: true });
  await mkdir(SCRATCH, { recursive: true });
  const simulator = await startSimulator({ apiKey: API_KEY, approval: 'auto' });
  try {
    const built = await buildScratch();
    const orderUrl = `${simulator.url}/order/certificate/code_signing`;
    const post = { 'post-url': orderUrl, 'post-body': JSON.stringify(ORDER_BODY) };
    /** A build of the action, in a dry run and placing an order with the simulator. */
    const actionRuns = (name: string, entry: string): Command[] => [
      { label: `${name}: dry run`, args: [entry], output: 'request-body', inputs: { ...ORDER, 'dry-run': 'true' } },
      { label: `${name}: order`, args: [entry], output: 'order-id', inputs: { ...ORDER, 'base-url': simulator.url } },
    ];
    // In a runner's job, a dry run also derives the order's never-twice key from the run (an order would also look it up).
    const dryRunInJob: Command = {
      label: 'ours: dry run, in a job',
      args: [ACTION_ENTRY],
      output: 'request-body',
      inputs: { ...ORDER, 'dry-run': 'true' },
      job: RUNNER_JOB,
    };
    const commands: Command[] = [
      { label: 'bare: node -e 0', args: ['-e', '0'] },
      { label: 'floor: one output', args: [built.floorOutput], output: 'order-id' },
      { label: 'floor: output + node:http POST', args: [built.floorHttp], output: 'order-id', inputs: post },
      { label: 'floor: POST through node-fetch (ncc)', args: [built.floorFetch], output: 'order-id', inputs: post },
      ...actionRuns('ours', ACTION_ENTRY),
      dryRunInJob,
      ...actionRuns('ours, ESM build', built.oursEsm),
      { label: 'peer: dry run', args: [built.peer], output: 'request-body', inputs: { ...post, 'dry-run': 'true' } },
      { label: 'peer: order', args: [built.peer], output: 'order-id', inputs: post },
      ...(compareEntry ? actionRuns('compare', compareEntry) : []),
    ];
    const times = await alternate(commands, runs);
    const medians = times.map(median);
    const at = (label: string) => medians[commands.findIndex((command) => command.label === label)] as number;
    const bare = at('bare: node -e 0');

    console.log(`node ${process.version} (${node}); ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}`);
    // Other work on the machine skews the ratios; a load average near the CPU count means the figures are noisy.
    console.log(
      `${runs} runs of each, alternated (plus one warm-up round); 1-minute load average ${loadavg()[0]?.toFixed(2)}\n`,
    );
    console.log(`${'command'.padEnd(40)} ${'median'.padStart(9)}  ${'× bare'.padStart(6)}  p25–p75`);
    commands.forEach((command, index) => {
      const sorted = [...(times[index] as number[])].sort((x, y) => x - y);
      console.log(
        `${command.label.padEnd(40)} ${ms(medians[index] as number).padStart(9)}  ${((medians[index] as number) / bare).toFixed(2).padStart(6)}  ` +
          `${ms(quantile(sorted, 0.25))}–${ms(quantile(sorted, 0.75))}`,
      );
    });
    console.log();
    const dryRun = at('ours: dry run') / bare;
    const order = at('ours: order') / at('floor: POST through node-fetch (ncc)');
    console.log(verdict('ours dry run / bare', dryRun, GOALS.dryRunToBare));
    console.log(`${'  the same, in a job / bare'.padEnd(32)} ${(at('ours: dry run, in a job') / bare).toFixed(2)}`);
    console.log(verdict('ours order / node-fetch floor', order, GOALS.orderToFetchFloor));
    console.log(
      `ESM build / CommonJS (dist/): dry run ${(at('ours, ESM build: dry run') / at('ours: dry run')).toFixed(3)}, order ${(at('ours, ESM build: order') / at('ours: order')).toFixed(3)}`,
    );
    if (compareEntry) {
      console.log(
        `ours / ${compareEntry}: dry run ${(at('ours: dry run') / at('compare: dry run')).toFixed(3)}, order ${(at('ours: order') / at('compare: order')).toFixed(3)}`,
      );
    }
    const indexBytes = (await stat(ACTION_ENTRY)).size;
    console.log(
      `dist/index.js ${kb(indexBytes)} kB (goal ≤ ${GOALS.indexKb} kB: ${indexBytes <= GOALS.indexKb * 1000 ? 'met' : 'NOT met'})`,
    );
    if (!options['no-issuance']) {
      for (const line of await measureWaitForIssuance(simulator, issueAfterSeconds)) console.log(line);
    }
  } finally {
    await simulator.close();
    if (runnerTemp) await rm(runnerTemp, { recursive: true, force: true });
  }
}

/** Builds the floors, the peer and an ESM build of the action in the scratch folder. */
async function buildScratch(): Promise<
  Record<'floorOutput' | 'floorHttp' | 'floorFetch' | 'peer' | 'oursEsm', string>
> {
  const write = async (name: string, text: string) => {
    const path = join(SCRATCH, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    return path;
  };
  const floorOutput = await write('floor-output.mjs', `${OUTPUT_WRITER}\nsetOutput('order-id', '1');\n`);
  const floorHttp = await write('floor-http.mjs', `${OUTPUT_WRITER}\n${HTTP_POST}\n`);
  const fetchEntry = await write(
    'floor-fetch/src.mjs',
    `import fetch from 'node-fetch';\n${OUTPUT_WRITER}\n${FETCH_POST}\n`,
  );
  const peerEntry = await write('peer/src.mjs', PEER);
  const [floorFetch, peer, oursEsm] = await Promise.all([
    nccBuild(fetchEntry, join(SCRATCH, 'floor-fetch', 'dist'), { esm: true }),
    nccBuild(peerEntry, join(SCRATCH, 'peer', 'dist'), { esm: true, cwd: SCRATCH }),
    nccBuild(join(ROOT, 'src', 'index.ts'), join(SCRATCH, 'ours-esm'), { esm: true, leaveOut: true }),
  ]);
  // The ESM build is rewritten as dist/ is, so that the two differ only in their format.
  await rewriteEmitted(join(SCRATCH, 'ours-esm'));
  return { floorOutput, floorHttp, floorFetch, peer, oursEsm };
}

/** What @actions/core does for one output: a random delimiter from node:crypto, appended to GITHUB_OUTPUT. */
const OUTPUT_WRITER = `import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';
function setOutput(name, value) {
  const delimiter = 'ghadelimiter_' + randomUUID();
  appendFileSync(process.env.GITHUB_OUTPUT, name + '<<' + delimiter + EOL + value + EOL + delimiter + EOL);
}`;

const HTTP_POST = `import { request } from 'node:http';
const body = process.env['INPUT_POST-BODY'];
const call = request(process.env['INPUT_POST-URL'], {
  method: 'POST',
  headers: { 'X-DC-DEVKEY': process.env['INPUT_API-KEY'], 'Content-Type': 'application/json' },
}, (response) => {
  let text = '';
  response.setEncoding('utf8');
  response.on('data', (chunk) => { text += chunk; });
  response.on('end', () => setOutput('order-id', String(JSON.parse(text).id)));
});
call.end(body);`;

const FETCH_POST = `const response = await fetch(process.env['INPUT_POST-URL'], {
  method: 'POST',
  headers: { 'X-DC-DEVKEY': process.env['INPUT_API-KEY'], 'Content-Type': 'application/json' },
  body: process.env['INPUT_POST-BODY'],
});
setOutput('order-id', String((await response.json()).id));`;

/** A template-style action: @actions/core for inputs and outputs, @actions/http-client for the request. */
const PEER = `import * as core from '@actions/core';
import { HttpClient } from '@actions/http-client';
const url = core.getInput('post-url', { required: true });
const body = JSON.parse(core.getInput('post-body', { required: true }));
core.setSecret(core.getInput('api-key'));
if (core.getInput('dry-run') === 'true') {
  core.info('POST ' + url);
  core.setOutput('request-body', JSON.stringify(body));
} else {
  const client = new HttpClient('peer-action');
  const response = await client.postJson(url, body, { 'X-DC-DEVKEY': core.getInput('api-key') });
  core.setOutput('order-id', String(response.result.id));
}`;

/**
 * One order with wait-for-issuance and the default poll-interval, against a simulator that issues the order
 * `issueAfter` seconds after it is placed. Reports how long after issuance the action saw it (target: within the
 * polling interval then in force) and the requests it spent per minute of waiting (target: at most 5% of the
 * per-key limit).
 */
async function measureWaitForIssuance(target: CertCentralSimulator, issueAfter: number): Promise<string[]> {
  target.statusFlow = { statuses: ['pending', 'issued'], every: { ms: issueAfter * 1000 } };
  const firstRequest = target.requests.length;
  const inputs = {
    ...ORDER,
    'base-url': target.url,
    'wait-for-issuance': 'true',
    'wait-timeout': String(issueAfter * 4),
  };
  const env = await runEnv(inputs);
  const { code, elapsed } = await timeRun([ACTION_ENTRY], env);
  await check({ label: 'order with wait-for-issuance', args: [], output: 'certificate-path' }, code, env);
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
  if (!seen || !before) throw new Error('the action did not read the order before and after its issuance');
  const lag = (seen.at - issuedAt) / 1000;
  const interval = (seen.at - before.at) / 1000;
  const waitMinutes = (seen.at - (requests[0]?.at ?? seen.at)) / 60_000;
  const perMinute = requests.length / waitMinutes;
  const share = perMinute / RATE_LIMIT_PER_MINUTE;
  return [
    `\norder with wait-for-issuance (default poll-interval), issued ${issueAfter} s after the order: ` +
      `${(elapsed / 1000).toFixed(1)} s in all, ${requests.length} requests (${reads.length} order reads)`,
    `    seen ${lag.toFixed(1)} s after issuance; the interval then was ${interval.toFixed(1)} s ` +
      `(target: within one interval: ${lag <= interval ? 'met' : 'NOT met'})`,
    `    ${perMinute.toFixed(1)} requests per minute of waiting = ${(share * 100).toFixed(1)}% of the per-key limit ` +
      `of ${RATE_LIMIT_PER_MINUTE.toFixed(0)}/min (target ≤ ${GOALS.shareOfRateLimit * 100}%: ` +
      `${share <= GOALS.shareOfRateLimit ? 'met' : 'NOT met'})`,
  ];
}

let runNumber = 0;
/** The runs' files, certificates included, outside the repository: ncc must never find them when it bundles. */
let runnerTemp: string | undefined;

/** The runner's environment for one run: INPUT_* variables, and fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
async function runEnv(
  inputs: Readonly<Record<string, string>> = {},
  job: Readonly<Record<string, string>> = {},
): Promise<Record<string, string>> {
  const run = runNumber++;
  runnerTemp ??= await mkdtemp(join(tmpdir(), 'certcentral-bench-'));
  const outputFile = join(runnerTemp, `output-${run}`);
  const summaryFile = join(runnerTemp, `summary-${run}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    'INPUT_API-KEY': API_KEY,
  };
  Object.assign(env, job);
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

/** Throws when a run did not do what it is meant to, so that a failure is never timed as a success. */
async function check(command: Command, code: number | null, env: Record<string, string>): Promise<void> {
  if (code !== 0) throw new Error(`${command.label} exited with ${code}`);
  if (!command.output) return;
  const outputs = parseOutputFile(await readFile(env.GITHUB_OUTPUT as string, 'utf8'));
  if (!outputs[command.output]) throw new Error(`${command.label}: no ${command.output} output`);
}

/** Runs every command once per round, rotating which goes first; the first round only warms up. */
async function alternate(commands: readonly Command[], rounds: number): Promise<number[][]> {
  const times: number[][] = commands.map(() => []);
  for (let round = -1; round < rounds; round++) {
    for (let k = 0; k < commands.length; k++) {
      const index = (Math.max(round, 0) + k) % commands.length;
      const command = commands[index] as Command;
      const env = await runEnv(command.inputs, command.job);
      const { code, elapsed } = await timeRun(command.args, env);
      await check(command, code, env);
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
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(node, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, elapsed: Number(process.hrtime.bigint() - start) / 1e6 }));
  });
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

function verdict(label: string, ratio: number, goal: number): string {
  return `${label.padEnd(32)} ${ratio.toFixed(2)}  (goal ≤ ${goal}: ${ratio <= goal ? 'met' : 'NOT met'})`;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

await main();
