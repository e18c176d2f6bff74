import { CertCentralError } from '../certcentral/errors.ts';
import type { OrderInfo } from '../certcentral/order-info.ts';
import { sleep } from '../common/timers.ts';
import { seconds } from '../certcentral/retry.ts';
import { ISSUED, statusKind, type StatusKind } from '../certcentral/statuses.ts';

/**
 * Each wait is this much longer than the one before, up to the cap. With the defaults
 * (15 s, 900 s) that is 12 reads in 15 minutes, far inside DigiCert's per-key limit of
 * 1000 requests per 3 minutes, which every pipeline of the account shares.
 */
export const BACKOFF_FACTOR = 1.5;
/** The least time a read is given, even at the deadline. */
const MIN_READ_MS = 100;
export const MAX_POLL_INTERVAL_SECONDS = 120;

/** The wait after one of `current` seconds; a first interval above the cap is kept as is. */
export function nextInterval(current: number, first: number): number {
  return Math.min(current * BACKOFF_FACTOR, Math.max(first, MAX_POLL_INTERVAL_SECONDS));
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number from 0 to 1, for the jitter after a read that failed. */
  random?(): number;
}

const realClock: Clock = {
  now: () => performance.now(),
  sleep,
  random: Math.random,
};

/**
 * A read that can simply be repeated later: 429, a 5xx, a timeout, a network error, or a 2xx whose body cannot be
 * read (a proxy's page, a cut-off answer): reading an order changes nothing, so reading it again is safe.
 */
function isTransient(error: unknown): error is CertCentralError {
  if (!(error instanceof CertCentralError)) return false;
  const status = error.status;
  return error.retryable || (status !== undefined && (status >= 500 || (status >= 200 && status < 300)));
}

export interface WaitOptions {
  readonly timeoutSeconds: number;
  readonly pollIntervalSeconds: number;
  /** After a reissue: the certificate it replaces, which does not count as issued. */
  readonly replacing?: number;
  /** The time limit as the user set it: the input wait-timeout, or the flag --wait-timeout. */
  readonly timeoutName?: string;
  /**
   * Reads in a row that got no answer at all (a network error or a timeout) after which the wait gives up: the
   * max-attempts input, so that an unreachable host fails in seconds, not at the end of the wait.
   */
  readonly maxAttempts?: number;
}

/** The order's status kind; an order still issued with the certificate a reissue replaces is pending. */
export function orderKind(info: OrderInfo, replacing?: number): StatusKind {
  const kind = statusKind(info.status);
  return kind === 'issued' && replacing !== undefined && info.certificate.id === replacing ? 'pending' : kind;
}

export interface WaitResult {
  /** The last order info read. */
  readonly info: OrderInfo;
  /** False when the time ran out before a final status. */
  readonly final: boolean;
  readonly elapsedSeconds: number;
}

/**
 * Reads the order at once, then after each interval, until its status is final or the time
 * is up. The last read happens at the deadline. Logs one line per read. A read answered with 429,
 * a 5xx, an unreadable 2xx or nothing only delays the next one (at least by Retry-After, plus jitter); it fails the wait
 * only when no time is left and no read succeeded.
 */
export async function waitForFinalStatus(
  /** One read, which must end within the time given (the wait's time left). */
  readOrder: (withinMs: number) => Promise<OrderInfo>,
  options: WaitOptions,
  log: (line: string) => void,
  clock: Clock = realClock,
): Promise<WaitResult> {
  const start = clock.now();
  const deadline = start + options.timeoutSeconds * 1000;
  let interval = options.pollIntervalSeconds;
  let last: OrderInfo | undefined;
  let unanswered = 0;
  for (;;) {
    let info: OrderInfo;
    try {
      // A read in flight at the deadline is cut off there (at least a moment is left for the first one).
      info = await readOrder(Math.max(deadline - clock.now(), MIN_READ_MS));
    } catch (error) {
      if (!isTransient(error)) throw error;
      // A status means something answered; without one, nothing did.
      unanswered = error.status === undefined ? unanswered + 1 : 0;
      stopWhenUnanswered(error, unanswered, options.maxAttempts);
      const remaining = deadline - clock.now();
      const elapsedSeconds = (clock.now() - start) / 1000;
      if (remaining <= 0) {
        if (last) return { info: last, final: false, elapsedSeconds };
        throw error.withNote(
          `No read of the order succeeded within ${options.timeoutName ?? 'wait-timeout'} (${options.timeoutSeconds} s).`,
        );
      }
      const retryAfterMs = error.retryAfterMs ?? 0;
      const jitterMs = Math.floor((clock.random ?? Math.random)() * Math.max(1_000, retryAfterMs));
      const waitMs = Math.min(Math.max(interval * 1000, retryAfterMs + jitterMs), remaining);
      log(`[${elapsedSeconds.toFixed(1)} s] ${error.message} Reading again in ${seconds(waitMs)}.`);
      await clock.sleep(waitMs);
      interval = nextInterval(interval, options.pollIntervalSeconds);
      continue;
    }
    last = info;
    unanswered = 0;
    const elapsedSeconds = (clock.now() - start) / 1000;
    const kind = orderKind(info, options.replacing);
    const note =
      kind === 'unknown'
        ? ' (an unknown status; waiting as for a pending one)'
        : kind === 'pending' && info.status === ISSUED
          ? ` (still with certificate ${info.certificate.id}, which the reissue replaces; waiting)`
          : '';
    log(`[${elapsedSeconds.toFixed(1)} s] order ${info.id}: ${info.status || '(no status)'}${note}`);
    if (kind === 'issued' || kind === 'failed') return { info, final: true, elapsedSeconds };
    const remaining = deadline - clock.now();
    if (remaining <= 0) return { info, final: false, elapsedSeconds };
    await clock.sleep(Math.min(interval * 1000, remaining));
    interval = nextInterval(interval, options.pollIntervalSeconds);
  }
}

/** Gives up once max-attempts reads in a row got no answer: an unreachable host does not wait out the timeout. */
function stopWhenUnanswered(error: CertCentralError, unanswered: number, maxAttempts: number | undefined): void {
  if (maxAttempts === undefined || unanswered < maxAttempts) return;
  const reads = unanswered === 1 ? 'the read' : `${unanswered} reads in a row`;
  throw error.withNote(`No answer to ${reads} (max-attempts ${maxAttempts}), so the wait stops.`);
}
