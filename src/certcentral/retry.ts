/**
 * When to try a request again, and how long to wait first: exponential backoff with full jitter,
 * CertCentral's Retry-After (plus jitter) when it sends one, at most max-attempts tries of each request
 * (429s aside: they are waited out while time remains), and one overall deadline for each request's
 * tries (for an order: the look-ups, its tries and the checks between them).
 */
import { sleep } from '../common/timers.ts';

/** Statuses that say "try again later": rate limited, or a gateway or the service is unavailable. */
export const RETRYABLE_STATUSES: readonly number[] = [429, 502, 503, 504];

export interface RetryOptions {
  /** Tries of one request, the first included. */
  readonly maxAttempts: number;
  /** The limit for each request, from sending it to the end of the answer. */
  readonly requestTimeoutMs: number;
  /** All tries and waits of one request together; maxAttempts × (requestTimeoutMs + maxDelayMs) when not set. */
  readonly overallMs?: number;
  /** The first backoff's upper bound; each further one doubles, up to maxDelayMs. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly random?: () => number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_BASE_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 30_000;

/** The tries of one request so far, and when they must be over. */
export class Attempts {
  count = 0;
  /** Tries answered with 429; they do not count against max-attempts. */
  rateLimited = 0;
  readonly deadline: number;

  constructor(deadline: number) {
    this.deadline = deadline;
  }
}

export type NextTry = { readonly waitMs: number } | { readonly stop: string };

export class RetryPolicy {
  readonly maxAttempts: number;
  readonly requestTimeoutMs: number;
  private readonly overallMs: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly random: () => number;
  readonly now: () => number;
  private readonly sleepFor: (ms: number) => Promise<void>;

  constructor(options: RetryOptions) {
    this.maxAttempts = options.maxAttempts;
    this.requestTimeoutMs = options.requestTimeoutMs;
    this.baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
    this.maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.sleepFor = options.sleep ?? sleep;
    // Room for every try to time out and every wait to be the longest backoff.
    this.overallMs = options.overallMs ?? options.maxAttempts * (options.requestTimeoutMs + this.maxDelayMs);
  }

  /** The tries of a new request; a wait for issuance polls with a new one for every read. */
  start(): Attempts {
    return new Attempts(this.now() + this.overallMs);
  }

  /** The time the next try may take: request-timeout, or less when the overall deadline is nearer. */
  attemptTimeoutMs(attempts: Attempts): number {
    return Math.max(1, Math.min(this.requestTimeoutMs, this.remainingMs(attempts)));
  }

  remainingMs(attempts: Attempts): number {
    return attempts.deadline - this.now();
  }

  /** Full jitter: a random wait between 0 and the exponential bound of this try. */
  backoffMs(attempt: number): number {
    const bound = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(this.random() * bound);
  }

  /**
   * After `attempts` tries: how long to wait before the next one, or why there is none. A 429 is
   * waited out while the overall time allows, Retry-After plus a random share that grows with each
   * 429 in a row, so that pipelines sharing a key come back spread out instead of in lockstep.
   */
  next(attempts: Attempts, retryAfterMs?: number, rateLimited = false): NextTry {
    const tries = `${attempts.count} ${attempts.count === 1 ? 'try' : 'tries'}`;
    if (!rateLimited && attempts.count - attempts.rateLimited >= this.maxAttempts) {
      return { stop: `Gave up after ${tries} (max-attempts).` };
    }
    const waitMs = rateLimited
      ? this.rateLimitWaitMs(retryAfterMs, attempts.rateLimited)
      : (retryAfterMs ?? this.backoffMs(attempts.count));
    if (waitMs >= this.remainingMs(attempts)) {
      const asked =
        retryAfterMs === undefined
          ? 'The next try'
          : `CertCentral asked to wait ${seconds(retryAfterMs)} (Retry-After); that`;
      return {
        stop: `Gave up after ${tries}: ${asked} would pass the overall time limit (max-attempts × (request-timeout + 30 s)).`,
      };
    }
    return { waitMs };
  }

  /** A random wait from 0 up to `boundMs`. */
  jitterMs(boundMs: number): number {
    return Math.floor(this.random() * boundMs);
  }

  /** Retry-After (or the backoff) plus a random share of a spread that doubles with each 429 in a row. */
  rateLimitWaitMs(retryAfterMs: number | undefined, inARow: number): number {
    const spread = Math.min(
      this.maxDelayMs,
      2 * Math.max(this.baseDelayMs, retryAfterMs ?? 0) * 2 ** Math.max(0, inARow - 1),
    );
    return (retryAfterMs ?? 0) + Math.floor(this.random() * spread);
  }

  /** Waits, but never past the deadline of `attempts`; false when no time was left for it. */
  async sleepWithin(attempts: Attempts, ms: number): Promise<boolean> {
    const remaining = this.remainingMs(attempts);
    if (remaining <= 0) return false;
    await this.sleep(Math.min(ms, remaining));
    return ms < remaining;
  }

  sleep(ms: number): Promise<void> {
    return this.sleepFor(ms);
  }
}

/** Retry-After as delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1_000;
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function seconds(ms: number): string {
  return `${Number((ms / 1_000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}
