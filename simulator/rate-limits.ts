/**
 * DigiCert's per-key rate limits (the API sheet): 100 requests per 5 seconds and 1000 per 3 minutes,
 * in rolling windows; over them, 429 request_limit_exceeded. The pages do not say whether a refused
 * request counts against the window or what Retry-After says; this counts only the requests that were
 * served, and sends Retry-After as the whole seconds until the window has room again.
 */
export interface RateLimit {
  readonly requests: number;
  readonly windowMs: number;
}

export const DIGICERT_RATE_LIMITS: readonly RateLimit[] = [
  { requests: 100, windowMs: 5_000 },
  { requests: 1_000, windowMs: 180_000 },
];

export class RateLimiter {
  /** 429 answers given. */
  refused = 0;
  /** The most requests served in any window of the first limit. */
  busiestWindow = 0;
  private readonly limits: readonly RateLimit[];
  private readonly served = new Map<string, number[]>();

  constructor(limits: readonly RateLimit[]) {
    this.limits = limits;
  }

  /** Counts a request of this key; the seconds to wait when it is over a limit, undefined when it may be served. */
  admit(key: string, now = Date.now()): number | undefined {
    const longest = Math.max(...this.limits.map((limit) => limit.windowMs));
    const times = (this.served.get(key) ?? []).filter((time) => time > now - longest);
    this.served.set(key, times);
    let waitMs = 0;
    for (const { requests, windowMs } of this.limits) {
      const inWindow = times.filter((time) => time > now - windowMs);
      if (inWindow.length >= requests) {
        // Room again once the oldest request that fills the window has left it.
        const oldest = inWindow[inWindow.length - requests] as number;
        waitMs = Math.max(waitMs, oldest + windowMs - now);
      }
    }
    if (waitMs > 0) {
      this.refused++;
      return Math.max(1, Math.ceil(waitMs / 1_000));
    }
    times.push(now);
    const [first] = this.limits;
    if (first) {
      this.busiestWindow = Math.max(this.busiestWindow, times.filter((time) => time > now - first.windowMs).length);
    }
    return undefined;
  }
}
