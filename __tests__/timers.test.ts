import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS, sleep, timerMs } from '../src/common/timers.ts';
import { RetryPolicy } from '../src/certcentral/retry.ts';
import { waitForFinalStatus } from '../src/operations/wait.ts';
import { parseOrderInfo, type OrderInfo } from '../src/certcentral/order-info.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('timerMs', () => {
  it('keeps delays a timer can hold, and clamps the rest', () => {
    expect(timerMs(1_500)).toBe(1_500);
    expect(timerMs(MAX_TIMER_MS)).toBe(MAX_TIMER_MS);
    expect(timerMs(99_999_999_999_000)).toBe(MAX_TIMER_MS);
    expect(timerMs(Infinity)).toBe(MAX_TIMER_MS);
    expect(timerMs(-5)).toBe(0);
    expect(timerMs(NaN)).toBe(0);
  });
});

/** Whether a sleep of `ms` is still pending after `advanceMs` of fake time. */
async function pendingAfter(start: (ms: number) => Promise<unknown>, ms: number, advanceMs: number): Promise<boolean> {
  vi.useFakeTimers();
  let done = false;
  void start(ms).then(() => (done = true));
  await vi.advanceTimersByTimeAsync(advanceMs);
  return !done;
}

describe('sleeps past 2^31 - 1 ms do not fire at once', () => {
  const huge = 99_999_999_999 * 1_000;

  it('sleep', async () => {
    expect(await pendingAfter(sleep, huge, 60_000)).toBe(true);
  });

  it("RetryPolicy's default sleep", async () => {
    const retry = new RetryPolicy({ maxAttempts: 1, requestTimeoutMs: 1_000 });
    expect(await pendingAfter((ms) => retry.sleep(ms), huge, 60_000)).toBe(true);
  });

  it("waitForFinalStatus's clock, with a poll interval and timeout that would overflow", async () => {
    let reads = 0;
    const readOrder = () => {
      reads++;
      return Promise.resolve(parseOrderInfo({ id: 1, status: 'pending' }, '{}') as OrderInfo);
    };
    const start = () =>
      waitForFinalStatus(readOrder, { timeoutSeconds: 99_999_999_999, pollIntervalSeconds: 9_999_999 }, () => {});
    expect(await pendingAfter(start, 0, 60_000)).toBe(true);
    expect(reads).toBe(1);
  });
});
