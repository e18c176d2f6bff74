import { BOOLEAN_VALUES, parseBoolean } from './parse.ts';
import type { InputReader } from './inputs.ts';
import type { Findings } from './validate.ts';

/** How the action waits for issuance and where it writes the certificate files. */
export interface PickUpSettings {
  readonly waitForIssuance: boolean;
  readonly waitTimeoutSeconds: number;
  /** The first interval between order-info reads; it grows with backoff. */
  readonly pollIntervalSeconds: number;
  readonly outputDir: string;
}

export const PICK_UP_DEFAULTS = {
  waitTimeoutSeconds: 900,
  pollIntervalSeconds: 15,
} as const;

/** Small enough for tests; production runs keep the defaults. */
export const MIN_SECONDS = 0.1;
/** Below this the action warns: every pipeline of the account shares the key's rate limit. */
const GENTLE_POLL_INTERVAL_SECONDS = 5;

export function readPickUpSettings(read: InputReader, findings: Findings): PickUpSettings {
  const rawWait = read('wait-for-issuance');
  const waitForIssuance = rawWait === '' ? false : parseBoolean(rawWait);
  if (waitForIssuance === undefined) {
    findings.problems.push(`wait-for-issuance: "${rawWait}" is not a boolean. Allowed: ${BOOLEAN_VALUES.join(', ')}.`);
  }
  const waitTimeoutSeconds = readSeconds(read, 'wait-timeout', PICK_UP_DEFAULTS.waitTimeoutSeconds, findings);
  const pollIntervalSeconds = readSeconds(read, 'poll-interval', PICK_UP_DEFAULTS.pollIntervalSeconds, findings);
  if (waitForIssuance && pollIntervalSeconds < GENTLE_POLL_INTERVAL_SECONDS) {
    findings.warnings.push(
      `poll-interval: ${pollIntervalSeconds} seconds is short. Every pipeline using this API key shares DigiCert's rate limit (1000 requests per 3 minutes); the default is ${PICK_UP_DEFAULTS.pollIntervalSeconds}.`,
    );
  }
  return {
    waitForIssuance: waitForIssuance ?? false,
    waitTimeoutSeconds,
    pollIntervalSeconds,
    outputDir: read('output-dir') || process.env.RUNNER_TEMP || process.cwd(),
  };
}

function readSeconds(read: InputReader, name: string, fallback: number, findings: Findings): number {
  const raw = read(name);
  if (raw === '') return fallback;
  const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= MIN_SECONDS)) {
    findings.problems.push(`${name}: "${raw}" is not a number of seconds. Allowed: a number from ${MIN_SECONDS}.`);
    return fallback;
  }
  return value;
}
