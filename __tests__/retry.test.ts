import { describe, expect, it } from 'vitest';
import { Attempts, parseRetryAfter, RetryPolicy } from '../src/certcentral/retry.ts';

function policy(options: { random?: number; maxAttempts?: number; overallMs?: number } = {}) {
  let now = 1_000_000;
  const retry = new RetryPolicy({
    maxAttempts: options.maxAttempts ?? 5,
    requestTimeoutMs: 60_000,
    overallMs: options.overallMs,
    random: () => options.random ?? 0.5,
    now: () => now,
  });
  return { retry, advance: (ms: number) => (now += ms) };
}

function after(count: number, deadline = Infinity): Attempts {
  const attempts = new Attempts(deadline);
  attempts.count = count;
  return attempts;
}

describe('backoff with full jitter', () => {
  it('waits a random share of a bound that doubles from 1 s up to 30 s', () => {
    const highest = policy({ random: 0.999_999 }).retry;
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => Math.round(highest.backoffMs(attempt) / 1_000))).toEqual([
      1, 2, 4, 8, 16, 30, 30,
    ]);
    expect(policy({ random: 0 }).retry.backoffMs(4)).toBe(0);
    expect(policy({ random: 0.25 }).retry.backoffMs(3)).toBe(1_000);
  });

  it('honours Retry-After instead of the backoff', () => {
    expect(policy().retry.next(after(1), 7_000)).toEqual({ waitMs: 7_000 });
  });
});

describe('limits', () => {
  it('stops after max-attempts', () => {
    const { retry } = policy({ maxAttempts: 3 });
    expect(retry.next(after(2))).toHaveProperty('waitMs');
    expect(retry.next(after(3))).toEqual({ stop: 'Gave up after 3 tries (max-attempts).' });
  });

  it('stops when the wait would pass the overall deadline, max-attempts × (request-timeout + 30 s) by default', () => {
    const { retry, advance } = policy({ maxAttempts: 2 });
    const attempts = retry.start();
    attempts.count = 1;
    expect(retry.remainingMs(attempts)).toBe(180_000);
    expect(retry.next(attempts, 179_000)).toEqual({ waitMs: 179_000 });
    advance(160_000);
    expect(retry.next(attempts, 30_000)).toEqual({
      stop: 'Gave up after 1 try: CertCentral asked to wait 30 s (Retry-After); that would pass the overall time limit (max-attempts × (request-timeout + 30 s)).',
    });
  });

  it('shortens the last request to the time left', () => {
    const { retry, advance } = policy({ overallMs: 90_000 });
    const attempts = retry.start();
    expect(retry.attemptTimeoutMs(attempts)).toBe(60_000);
    advance(80_000);
    expect(retry.attemptTimeoutMs(attempts)).toBe(10_000);
  });

  it('gives each request a deadline of its own, so a long wait for issuance keeps polling', () => {
    const { retry, advance } = policy({ overallMs: 90_000 });
    const first = retry.start();
    advance(600_000);
    expect(retry.attemptTimeoutMs(first)).toBe(1);
    expect(retry.attemptTimeoutMs(retry.start())).toBe(60_000);
  });
});

describe('429: rate limited', () => {
  it('is waited out while time remains, however many tries max-attempts allows', () => {
    const { retry } = policy({ maxAttempts: 2, overallMs: 600_000 });
    const attempts = retry.start();
    attempts.count = 6;
    attempts.rateLimited = 5;
    expect(retry.next(attempts, 1_000, true)).toHaveProperty('waitMs');
    // Other failures still count: one try that was not a 429 and one more reach max-attempts 2.
    attempts.count = 7;
    expect(retry.next(attempts)).toEqual({ stop: 'Gave up after 7 tries (max-attempts).' });
  });

  it('waits Retry-After plus a random share of twice its length, doubling with each 429 in a row, up to 30 s', () => {
    const { retry } = policy({ random: 0.5 });
    expect(retry.rateLimitWaitMs(5_000, 1)).toBe(5_000 + 5_000);
    expect(retry.rateLimitWaitMs(5_000, 2)).toBe(5_000 + 10_000);
    expect(retry.rateLimitWaitMs(5_000, 3)).toBe(5_000 + 15_000);
    // Without Retry-After, or with 0: a share of at least 2 s.
    expect(retry.rateLimitWaitMs(undefined, 1)).toBe(1_000);
    expect(policy({ random: 0 }).retry.rateLimitWaitMs(3_000, 1)).toBe(3_000);
  });

  it('gives up when Retry-After and its jitter would pass the overall deadline', () => {
    const { retry } = policy({ random: 0.5, overallMs: 9_000 });
    const attempts = retry.start();
    attempts.count = 1;
    attempts.rateLimited = 1;
    expect(retry.next(attempts, 5_000, true)).toEqual({
      stop: 'Gave up after 1 try: CertCentral asked to wait 5 s (Retry-After); that would pass the overall time limit (max-attempts × (request-timeout + 30 s)).',
    });
  });
});

describe('sleepWithin', () => {
  it('never sleeps past the deadline, and says whether time is left after the wait', async () => {
    const slept: number[] = [];
    const retry = new RetryPolicy({
      maxAttempts: 1,
      requestTimeoutMs: 1_000,
      overallMs: 5_000,
      now: () => 0,
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    const attempts = retry.start();
    expect(await retry.sleepWithin(attempts, 2_000)).toBe(true);
    expect(await retry.sleepWithin(attempts, 9_000)).toBe(false);
    expect(slept).toEqual([2_000, 5_000]);
    expect(await retry.sleepWithin(new Attempts(-1), 1_000)).toBe(false);
    expect(slept).toHaveLength(2);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    expect(parseRetryAfter('3')).toBe(3_000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-1')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
