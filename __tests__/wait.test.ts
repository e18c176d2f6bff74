import { describe, expect, it } from 'vitest';
import { CertCentralError } from '../src/certcentral/errors.ts';
import { parseOrderInfo, type OrderInfo } from '../src/certcentral/order-info.ts';
import { defaultNumber } from '../src/inputs/readers.ts';
import { statusKind } from '../src/certcentral/statuses.ts';
import { MAX_POLL_INTERVAL_SECONDS, nextInterval, waitForFinalStatus, type Clock } from '../src/operations/wait.ts';

/** A clock that only moves when the loop sleeps; it records every read time. */
function fakeClock(): Clock & { readonly sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

function orderWith(
  statuses: string[],
  certificateIds: number[] = [1],
): { read: () => Promise<OrderInfo>; reads: () => number } {
  let reads = 0;
  const read = async (): Promise<OrderInfo> => {
    const status = statuses[Math.min(reads, statuses.length - 1)] as string;
    const id = certificateIds[Math.min(reads++, certificateIds.length - 1)];
    const answer = { id: 7, status, certificate: { id } };
    return parseOrderInfo(answer, JSON.stringify(answer)) as OrderInfo;
  };
  return { read, reads: () => reads };
}

describe('statusKind', () => {
  it('sorts the documented statuses, and calls anything else unknown', () => {
    expect(statusKind('issued')).toBe('issued');
    for (const status of ['rejected', 'canceled', 'revoked', 'expired']) expect(statusKind(status)).toBe('failed');
    for (const status of ['needs_approval', 'pending', 'processing', 'waiting_pickup', 'reissue_pending']) {
      expect(statusKind(status)).toBe('pending');
    }
    expect(statusKind('something_new')).toBe('unknown');
  });
});

describe('waitForFinalStatus', () => {
  const unanswered = () =>
    new CertCentralError(
      'GET /order/certificate/7 to https://x.invalid failed: getaddrinfo ENOTFOUND x.invalid.',
      undefined,
      [],
      {
        outcome: 'not-sent',
        retryable: true,
      },
    );
  const busy = () => new CertCentralError('HTTP 503', 503, [], { retryable: true });

  it('gives up after max-attempts reads in a row that got no answer, naming the host, long before the timeout', async () => {
    const clock = fakeClock();
    let reads = 0;
    const read = async (): Promise<OrderInfo> => {
      reads++;
      throw unanswered();
    };
    const waiting = waitForFinalStatus(
      read,
      { timeoutSeconds: 900, pollIntervalSeconds: 15, maxAttempts: 3 },
      () => {},
      clock,
    );
    await expect(waiting).rejects.toThrow(
      'getaddrinfo ENOTFOUND x.invalid. No answer to 3 reads in a row (max-attempts 3), so the wait stops.',
    );
    expect(reads).toBe(3);
    expect(clock.now()).toBeLessThan(60_000);
  });

  it('with max-attempts 1, stops at the first read without an answer', async () => {
    const clock = fakeClock();
    const read = async (): Promise<OrderInfo> => {
      throw unanswered();
    };
    await expect(
      waitForFinalStatus(read, { timeoutSeconds: 900, pollIntervalSeconds: 15, maxAttempts: 1 }, () => {}, clock),
    ).rejects.toThrow('No answer to the read (max-attempts 1), so the wait stops.');
    expect(clock.sleeps).toEqual([]);
  });

  it('counts only reads in a row: an answer, even a 503, starts the count again', async () => {
    const clock = fakeClock();
    const failures = [unanswered, busy, unanswered, busy, unanswered];
    let reads = 0;
    const order = orderWith(['issued']);
    const read = async (): Promise<OrderInfo> => {
      const failure = failures[reads++];
      if (failure) throw failure();
      return order.read();
    };
    const result = await waitForFinalStatus(
      read,
      { timeoutSeconds: 900, pollIntervalSeconds: 1, maxAttempts: 2 },
      () => {},
      clock,
    );
    expect(result.final).toBe(true);
    expect(reads).toBe(6);
  });

  it('after a reissue, waits past an order still issued with the certificate the reissue replaces', async () => {
    const clock = fakeClock();
    const order = orderWith(['issued', 'issued', 'issued'], [5, 5, 6]);
    const lines: string[] = [];
    const result = await waitForFinalStatus(
      order.read,
      { timeoutSeconds: 900, pollIntervalSeconds: 10, replacing: 5 },
      (line) => lines.push(line),
      clock,
    );
    expect(result.final).toBe(true);
    expect(result.info.certificate.id).toBe(6);
    expect(order.reads()).toBe(3);
    expect(lines[0]).toBe('[0.0 s] order 7: issued (still with certificate 5, which the reissue replaces; waiting)');
  });

  it('reads at once, then after growing intervals, until the status is final', async () => {
    const clock = fakeClock();
    const order = orderWith(['pending', 'pending', 'processing', 'issued']);
    const lines: string[] = [];
    const result = await waitForFinalStatus(
      order.read,
      { timeoutSeconds: 900, pollIntervalSeconds: 10 },
      (line) => lines.push(line),
      clock,
    );
    expect(result).toMatchObject({ final: true, elapsedSeconds: 10 + 15 + 22.5 });
    expect(result.info.status).toBe('issued');
    expect(clock.sleeps).toEqual([10_000, 15_000, 22_500]);
    expect(lines).toEqual([
      '[0.0 s] order 7: pending',
      '[10.0 s] order 7: pending',
      '[25.0 s] order 7: processing',
      '[47.5 s] order 7: issued',
    ]);
  });

  it('stops at a failed status', async () => {
    const order = orderWith(['needs_approval', 'rejected']);
    const result = await waitForFinalStatus(
      order.read,
      { timeoutSeconds: 900, pollIntervalSeconds: 15 },
      () => {},
      fakeClock(),
    );
    expect(result).toMatchObject({ final: true, info: { status: 'rejected' } });
    expect(order.reads()).toBe(2);
  });

  it('reads a last time at the deadline, then gives up with the last status', async () => {
    const clock = fakeClock();
    const order = orderWith(['pending']);
    const result = await waitForFinalStatus(
      order.read,
      { timeoutSeconds: 60, pollIntervalSeconds: 15 },
      () => {},
      clock,
    );
    expect(result).toMatchObject({ final: false, elapsedSeconds: 60, info: { status: 'pending' } });
    expect(clock.sleeps).toEqual([15_000, 22_500, 22_500]);
  });

  it("with the defaults, stays far inside DigiCert's per-key limit of 1000 requests per 3 minutes", async () => {
    const clock = fakeClock();
    const order = orderWith(['pending']);
    await waitForFinalStatus(
      order.read,
      {
        timeoutSeconds: defaultNumber('wait-timeout'),
        pollIntervalSeconds: defaultNumber('poll-interval'),
      },
      () => {},
      clock,
    );
    // At most 5% of the shared limit in any window, and on average no more than one read per 4 s.
    const readTimes = [0, ...clock.sleeps.map((_, i) => clock.sleeps.slice(0, i + 1).reduce((a, b) => a + b, 0))];
    for (const start of readTimes) {
      expect(readTimes.filter((time) => time >= start && time < start + 180_000).length).toBeLessThanOrEqual(50);
    }
    expect(order.reads()).toBe(12);
    expect(defaultNumber('wait-timeout') / order.reads()).toBeGreaterThan(4);
    expect(Math.max(...clock.sleeps)).toBe(MAX_POLL_INTERVAL_SECONDS * 1000);
  });
});

describe('waitForFinalStatus when a read fails', () => {
  const busy = () =>
    new CertCentralError('HTTP 429 Too Many Requests.', 429, [], { retryable: true, retryAfterMs: 20_000 });
  const down = () => new CertCentralError('HTTP 500.', 500);

  /** A read that throws each of `failures` in turn, then reads the order. */
  const failingFirst =
    (failures: CertCentralError[], read: () => Promise<OrderInfo>) => async (): Promise<OrderInfo> => {
      const failure = failures.shift();
      if (failure) throw failure;
      return read();
    };

  it('a 429 or 5xx only delays the next read: at least Retry-After plus jitter, or the interval', async () => {
    const clock = { ...fakeClock(), random: () => 0.5 };
    const order = orderWith(['pending', 'issued']);
    const failures = [busy(), down()];
    const lines: string[] = [];
    const result = await waitForFinalStatus(
      failingFirst(failures, order.read),
      { timeoutSeconds: 900, pollIntervalSeconds: 10 },
      (line) => lines.push(line),
      clock,
    );
    expect(result.final).toBe(true);
    expect(clock.sleeps).toEqual([30_000, 15_000, 22_500]);
    expect(lines[0]).toBe('[0.0 s] HTTP 429 Too Many Requests. Reading again in 30 s.');
    expect(lines[1]).toBe('[30.0 s] HTTP 500. Reading again in 15 s.');
  });

  it('a 200 whose body cannot be read only delays the next read', async () => {
    const clock = fakeClock();
    const order = orderWith(['pending', 'issued']);
    const failures = [
      new CertCentralError(
        'GET /order/certificate/1: CertCentral answered HTTP 200 with a body that is not JSON: "<html>".',
        200,
        [],
        { outcome: 'unknown' },
      ),
    ];
    const lines: string[] = [];
    const result = await waitForFinalStatus(
      failingFirst(failures, order.read),
      { timeoutSeconds: 900, pollIntervalSeconds: 10 },
      (line) => lines.push(line),
      clock,
    );
    expect(result.final).toBe(true);
    expect(lines[0]).toContain('with a body that is not JSON: "<html>". Reading again in');
  });

  it('other errors end the wait at once', async () => {
    const denied = new CertCentralError('HTTP 403.', 403);
    await expect(
      waitForFinalStatus(
        async () => {
          throw denied;
        },
        { timeoutSeconds: 900, pollIntervalSeconds: 10 },
        () => {},
        fakeClock(),
      ),
    ).rejects.toBe(denied);
  });

  it('when time runs out, the last status read stands; with none, the error', async () => {
    const order = orderWith(['pending']);
    let reads = 0;
    const result = await waitForFinalStatus(
      async () => (reads++ === 0 ? order.read() : Promise.reject(busy())),
      { timeoutSeconds: 60, pollIntervalSeconds: 10 },
      () => {},
      fakeClock(),
    );
    expect(result).toMatchObject({ final: false, info: { status: 'pending' } });
    await expect(
      waitForFinalStatus(
        () => Promise.reject(busy()),
        { timeoutSeconds: 60, pollIntervalSeconds: 10 },
        () => {},
        fakeClock(),
      ),
    ).rejects.toThrow('No read of the order succeeded within wait-timeout (60 s).');
  });
});

describe('nextInterval', () => {
  it('grows by half up to the cap, and keeps a first interval above the cap', () => {
    expect(nextInterval(15, 15)).toBe(22.5);
    expect(nextInterval(100, 15)).toBe(MAX_POLL_INTERVAL_SECONDS);
    expect(nextInterval(300, 300)).toBe(300);
  });
});
