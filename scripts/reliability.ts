/**
 * `npm run reliability`:
 * - faults: orders and reissues against the simulator while it injects faults, each run followed up
 *   as the action's message says (a failed order is re-run; a failed reissue is checked and re-run
 *   only when no reissue was made), then counts what CertCentral holds.
 *   Prints: faults N, orders wanted N, orders created N, duplicates N, lost N
 * - fleet: 100 jobs on one API key at once, each ordering, waiting for issuance and downloading,
 *   against the simulator enforcing DigiCert's limits (100 requests / 5 s, 1000 / 3 min, 429 with
 *   Retry-After), in real time.
 *   Prints: fleet: jobs N, issued N, duplicates N, 429 answers N (N per job), busiest 5 s N requests
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execute } from '../src/operations/execute.ts';
import type { Host } from '../src/operations/job.ts';
import type { RetryOptions } from '../src/certcentral/retry.ts';
import { ACTION_HINTS } from '../src/operations/hints.ts';
import type { RunContext } from '../src/never-twice/keys.ts';
import { readSettings } from '../src/inputs/settings.ts';
import { FAULTS, type Fault } from '../simulator/faults.ts';
import { DIGICERT_RATE_LIMITS, type RateLimit } from '../simulator/rate-limits.ts';
import { startSimulator, type CertCentralSimulator } from '../simulator/server.ts';

const API_KEY = 'reliability-key-4e1f7d';
const CSR = readFileSync(new URL('../__tests__/fixtures/request.csr', import.meta.url), 'utf8').trim();

const POST_ORDER = { method: 'POST', path: /^\/order\/certificate\/[a-z_0-9]+$/ } as const;
const POST_REISSUE = { method: 'POST', path: /\/reissue$/ } as const;
const LOOK_UP = { method: 'GET', path: /^\/order\/alternate\// } as const;
const ORDER_INFO = { method: 'GET', path: /^\/order\/certificate\/\d+$/ } as const;

type Scenario = readonly { readonly fault: Fault; readonly count?: number }[];

const malformed = (body: string) => FAULTS.malformedAfterStore(201, body);

/** Faults for one order each, in turn. */
const ORDER_SCENARIOS: readonly Scenario[] = [
  [{ fault: { ...FAULTS.resetAfterStore, ...POST_ORDER } }],
  [{ fault: { ...FAULTS.resetBeforeStore, ...POST_ORDER } }],
  [{ fault: { ...FAULTS.hangAfterStore, ...POST_ORDER } }],
  [{ fault: { ...FAULTS.hangBeforeStore, ...POST_ORDER } }],
  // Stored after the action's first look for it (request-timeout 0.3 s), before its second.
  [{ fault: { ...FAULTS.storeLate(750), ...POST_ORDER } }],
  [{ fault: { ...FAULTS.rateLimited('0'), ...POST_ORDER }, count: 3 }],
  [{ fault: { ...FAULTS.unavailable, ...POST_ORDER }, count: 2 }],
  [{ fault: { ...FAULTS.badGatewayAfterStore, ...POST_ORDER } }],
  [{ fault: { ...malformed('<html>OK</html>'), ...POST_ORDER } }],
  [{ fault: { ...malformed('{"id": 1'), ...POST_ORDER } }],
  [{ fault: { ...FAULTS.unavailable, ...LOOK_UP }, count: 2 }],
  [{ fault: { ...FAULTS.resetBeforeStore, ...LOOK_UP } }],
  [{ fault: { ...FAULTS.resetAfterStore, ...POST_ORDER } }, { fault: { ...FAULTS.unavailable, ...LOOK_UP } }],
];

/** Faults for one reissue each, in turn. */
const REISSUE_SCENARIOS: readonly Scenario[] = [
  [{ fault: { ...FAULTS.resetAfterStore, ...POST_REISSUE } }],
  [{ fault: { ...FAULTS.resetBeforeStore, ...POST_REISSUE } }],
  [{ fault: { ...FAULTS.hangAfterStore, ...POST_REISSUE } }],
  [{ fault: { ...FAULTS.hangBeforeStore, ...POST_REISSUE } }],
  [{ fault: { ...FAULTS.storeLate(750), ...POST_REISSUE } }],
  [{ fault: { ...FAULTS.unavailable, ...POST_REISSUE }, count: 2 }],
  [{ fault: { ...FAULTS.badGatewayAfterStore, ...POST_REISSUE } }],
  [{ fault: { ...FAULTS.rateLimited('0'), ...POST_REISSUE }, count: 2 }],
  [{ fault: { ...FAULTS.unavailable, ...ORDER_INFO }, count: 2 }],
];

export interface ReliabilityOptions {
  readonly orders?: number;
  readonly reissues?: number;
  /** Follow-up runs allowed per order or reissue, after the first. */
  readonly followUps?: number;
}

export interface ReliabilityFigures {
  readonly faults: number;
  readonly wanted: number;
  readonly created: number;
  readonly duplicates: number;
  readonly lost: number;
  readonly runs: number;
  readonly failedRuns: number;
  /** Messages that carried the API key; must be 0. */
  readonly keyLeaks: number;
}

export function figureLine(figures: ReliabilityFigures): string {
  return `faults ${figures.faults}, orders wanted ${figures.wanted}, orders created ${figures.created}, duplicates ${figures.duplicates}, lost ${figures.lost}`;
}

export async function measureReliability(options: ReliabilityOptions = {}): Promise<ReliabilityFigures> {
  const orders = options.orders ?? 36;
  const reissues = options.reissues ?? 24;
  const followUps = options.followUps ?? 2;
  const simulator = await startSimulator({ apiKey: API_KEY });
  const tally = { runs: 0, failedRuns: 0, keyLeaks: 0 };
  try {
    const run = (inputs: Record<string, string>, job: RunContext) => runInProcess(simulator, inputs, job, tally);

    let created = 0;
    let duplicates = 0;
    let lost = 0;
    const count = (made: number): void => {
      created += Math.min(made, 1);
      duplicates += Math.max(0, made - 1);
      lost += made === 0 ? 1 : 0;
    };

    for (let i = 0; i < orders; i++) {
      const runId = String(9_100_000 + i);
      queue(simulator, ORDER_SCENARIOS[i % ORDER_SCENARIOS.length] as Scenario);
      for (let attempt = 1; attempt <= 1 + followUps; attempt++) {
        // A failed order is re-run, as its message says: a re-run attempt looks its key up first.
        if (await run(ORDER, actionsJob(runId))) break;
      }
      simulator.faults.clear();
      count([...simulator.orders.values()].filter((o) => o.alternativeOrderId?.startsWith(`gha${runId}x`)).length);
    }

    for (let i = 0; i < reissues; i++) {
      const runId = String(9_200_000 + i);
      const orderId = await setUpOrder(simulator, run, runId);
      const reissuesOf = () =>
        (simulator.orders.get(orderId)?.requests ?? []).filter((request) => request.type === 'reissue').length;
      queue(simulator, REISSUE_SCENARIOS[i % REISSUE_SCENARIOS.length] as Scenario);
      for (let attempt = 1; attempt <= 1 + followUps; attempt++) {
        if (
          await run(
            { operation: 'reissue', 'order-id': String(orderId), csr: CSR, 'common-name': 'Build Robot' },
            actionsJob(runId),
          )
        )
          break;
        // A failed reissue is checked, as its message says, and run again only when none was made.
        if (reissuesOf() > 0) break;
      }
      simulator.faults.clear();
      count(reissuesOf());
    }

    return {
      faults: simulator.faults.applied.length,
      wanted: orders + reissues,
      created,
      duplicates,
      lost,
      ...tally,
    };
  } finally {
    await simulator.close();
  }
}

const ORDER = {
  product: 'client_authentication_plus',
  'organization-id': '112233',
  'validity-years': '1',
  'common-name': 'Build Robot',
  emails: 'robot@example.com',
};

/** Every attempt of a run is the same job: a re-run attempt derives the same order key. */
function actionsJob(runId: string): RunContext {
  return { repository: 'octo-org/release-pipeline', runId, job: 'sign', step: 'order' };
}

function queue(simulator: CertCentralSimulator, scenario: Scenario): void {
  for (const { fault, count } of scenario) simulator.faults.add(fault, count);
}

/** An order to reissue, placed without faults; it is not counted. */
async function setUpOrder(
  simulator: CertCentralSimulator,
  run: (inputs: Record<string, string>, job: RunContext) => Promise<boolean>,
  runId: string,
): Promise<number> {
  const before = new Set(simulator.orders.keys());
  if (!(await run(ORDER, actionsJob(`${runId}0`)))) throw new Error('Setting up an order to reissue failed.');
  return [...simulator.orders.keys()].find((id) => !before.has(id)) as number;
}

export interface FleetOptions {
  readonly jobs?: number;
  /** DigiCert's by default; a scaled-down fleet scales them with it. */
  readonly limits?: readonly RateLimit[];
}

export interface FleetFigures {
  readonly jobs: number;
  /** Jobs that ended with the certificate written. */
  readonly issued: number;
  /** Orders beyond one per job's key. */
  readonly duplicates: number;
  /** 429 answers the simulator gave. */
  readonly rateLimited: number;
  /** The most requests served in one window of the first limit. */
  readonly busiestWindow: number;
  readonly windowSeconds: number;
  readonly seconds: number;
  readonly keyLeaks: number;
}

export function fleetLine(figures: FleetFigures): string {
  return `fleet: jobs ${figures.jobs}, issued ${figures.issued}, duplicates ${figures.duplicates}, 429 answers ${figures.rateLimited} (${(figures.rateLimited / figures.jobs).toFixed(2)} per job), busiest ${figures.windowSeconds} s ${figures.busiestWindow} requests`;
}

/**
 * Many jobs sharing one API key start at once, each with a key of its own (another run of the
 * workflow): each looks its key up, orders, waits for issuance with the default retry timing and a
 * 5 s poll interval, and downloads. Orders are issued 3 s after they are placed.
 */
export async function measureFleet(options: FleetOptions = {}): Promise<FleetFigures> {
  const jobs = options.jobs ?? 100;
  const limits = options.limits ?? DIGICERT_RATE_LIMITS;
  const simulator = await startSimulator({
    apiKey: API_KEY,
    rateLimits: limits,
    statusFlow: { statuses: ['pending', 'issued'], every: { ms: 3_000 } },
  });
  const outputDir = await mkdtemp(join(tmpdir(), 'certcentral-fleet-'));
  const started = Date.now();
  const tally = { runs: 0, failedRuns: 0, keyLeaks: 0 };
  try {
    const inputs = { ...ORDER, 'request-timeout': '30', 'wait-for-issuance': 'true', 'poll-interval': '5' };
    const results = await Promise.all(
      Array.from({ length: jobs }, (_, index) =>
        runInProcess(
          simulator,
          { ...inputs, 'output-dir': join(outputDir, String(index)) },
          actionsJob(String(9_300_000 + index)),
          tally,
          {},
        ),
      ),
    );
    const byKey = new Map<string, number>();
    for (const order of simulator.orders.values()) {
      const key = order.alternativeOrderId ?? '';
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }
    const issued = results.filter(Boolean).length;
    return {
      jobs,
      issued,
      duplicates: [...byKey.values()].reduce((sum, count) => sum + count - 1, 0),
      rateLimited: simulator.rateLimiter?.refused ?? 0,
      busiestWindow: simulator.rateLimiter?.busiestWindow ?? 0,
      windowSeconds: (limits[0]?.windowMs ?? 0) / 1_000,
      seconds: (Date.now() - started) / 1_000,
      keyLeaks: tally.keyLeaks,
    };
  } finally {
    await simulator.close();
    await rm(outputDir, { recursive: true, force: true });
  }
}

/** Runs the action's core in this process, as main.ts does; true when it succeeded. */
async function runInProcess(
  simulator: CertCentralSimulator,
  inputs: Record<string, string>,
  job: RunContext,
  tally: { runs: number; failedRuns: number; keyLeaks: number },
  retry: Partial<RetryOptions> = { baseDelayMs: 5, maxDelayMs: 50, overallMs: 30_000 },
): Promise<boolean> {
  tally.runs++;
  const all: Record<string, string> = {
    'api-key': API_KEY,
    'base-url': simulator.url,
    'request-timeout': '0.3',
    ...inputs,
  };
  const messages: string[] = [];
  const record = (message: string): void => {
    messages.push(message);
  };
  const host: Host = {
    info: record,
    warning: record,
    debug: record,
    setOutput: (name, value) => record(`${name}=${value}`),
    group: (title, work) => {
      record(title);
      return work();
    },
    hints: ACTION_HINTS,
  };
  try {
    const check = await readSettings((name) => all[name] ?? '');
    if (!check.settings) throw new Error(check.problems.join('; '));
    await execute(check.settings, host, { run: () => job, retry });
    return true;
  } catch (error) {
    tally.failedRuns++;
    record((error as Error).message);
    return false;
  } finally {
    tally.keyLeaks += messages.filter((message) => message.includes(API_KEY)).length;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const figures = await measureReliability();
  console.log(figureLine(figures));
  console.log(
    `${figures.runs} runs, ${figures.failedRuns} of them failed safely and were followed up; key in messages: ${figures.keyLeaks}; ${((Date.now() - started) / 1_000).toFixed(1)} s`,
  );
  if (figures.duplicates > 0 || figures.lost > 0 || figures.created !== figures.wanted || figures.keyLeaks > 0) {
    process.exitCode = 1;
  }
  const fleet = await measureFleet();
  console.log(fleetLine(fleet));
  console.log(`key in messages: ${fleet.keyLeaks}; ${fleet.seconds.toFixed(1)} s`);
  if (fleet.issued < fleet.jobs || fleet.duplicates > 0 || fleet.rateLimited > 2 * fleet.jobs || fleet.keyLeaks > 0) {
    process.exitCode = 1;
  }
}
