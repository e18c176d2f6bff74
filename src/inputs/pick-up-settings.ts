import { defaultNumber, readBooleanInput, readSeconds } from './readers.ts';
import type { InputReader } from './readers.ts';
import type { Findings } from '../rules/validate.ts';

/** How the action waits for issuance and where it writes the certificate files. */
export interface PickUpSettings {
  readonly waitForIssuance: boolean;
  readonly waitTimeoutSeconds: number;
  /** The first interval between order-info reads; it grows with backoff. */
  readonly pollIntervalSeconds: number;
  readonly outputDir: string;
  /** Without output-dir: a folder per order under it, so two steps of one job do not overwrite each other's files. */
  readonly folderPerOrder: boolean;
}

/** Small enough for tests; production runs keep the defaults. */
export const MIN_SECONDS = 0.1;
/** Upper bounds: a wait that would outlast any job, or a poll that would outlast the wait, is a typo. */
export const WAIT_TIMEOUT_SECONDS = { min: MIN_SECONDS, max: 7 * 24 * 3600, maxInWords: '7 days' } as const;
export const POLL_INTERVAL_SECONDS = { min: MIN_SECONDS, max: 3600, maxInWords: '1 hour' } as const;
/** Below this the action warns: every pipeline of the account shares the key's rate limit. */
const GENTLE_POLL_INTERVAL_SECONDS = 5;

export function readPickUpSettings(read: InputReader, findings: Findings): PickUpSettings {
  const waitForIssuance = readBooleanInput(read, 'wait-for-issuance', findings);
  const waitTimeoutSeconds = readSeconds(read, 'wait-timeout', WAIT_TIMEOUT_SECONDS, findings);
  const pollIntervalSeconds = readSeconds(read, 'poll-interval', POLL_INTERVAL_SECONDS, findings);
  if (waitForIssuance && pollIntervalSeconds < GENTLE_POLL_INTERVAL_SECONDS) {
    findings.warnings.push(
      `poll-interval: ${pollIntervalSeconds} seconds is short. Every pipeline using this API key shares DigiCert's rate limit (1000 requests per 3 minutes); the default is ${defaultNumber('poll-interval')}.`,
    );
  }
  return {
    waitForIssuance,
    waitTimeoutSeconds,
    pollIntervalSeconds,
    outputDir: read('output-dir') || process.env.RUNNER_TEMP || process.cwd(),
    folderPerOrder: read('output-dir') === '',
  };
}
