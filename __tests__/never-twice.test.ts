/**
 * Never twice, unit by unit: every row of the decision table, and the loop around it with CertCentral and the clock
 * stood in for (time in milliseconds, no waiting). The end-to-end tests (safety, holding-up) run the same over HTTP.
 */
import { describe, expect, it } from 'vitest';
import type { ApiRequest } from '../src/certcentral/api-request.ts';
import type { ApiResponse } from '../src/certcentral/client.ts';
import { CertCentralError } from '../src/certcentral/errors.ts';
import { parseOrderInfo, type OrderInfo } from '../src/certcentral/order-info.ts';
import { RetryPolicy, type Attempts } from '../src/certcentral/retry.ts';
import { Failure } from '../src/common/failure.ts';
import type { CertCentralCalls } from '../src/never-twice/calls.ts';
import { decide, LOOKS, type Holding, type Moment } from '../src/never-twice/decide.ts';
import type { OrderKey, ReissueKey } from '../src/never-twice/keys.ts';
import { withdrawal } from '../src/never-twice/settle.ts';
import { submit, type Reporter, type Submission } from '../src/never-twice/submit.ts';

function order(answer: Record<string, unknown>): OrderInfo {
  return parseOrderInfo(answer, JSON.stringify(answer)) as OrderInfo;
}

const BEFORE: Moment = { kind: 'before-sending' };
const after = (looks: number, more: Partial<Extract<Moment, { kind: 'after-unknown' }>> = {}): Moment => ({
  kind: 'after-unknown',
  looks,
  lookedAgainForSeveral: false,
  answered: false,
  cannotResend: undefined,
  ...more,
});
const ONE: Holding = { kind: 'one', order: order({ id: 1, status: 'pending' }), others: [] };
const FAILED: Holding = { kind: 'failed', order: order({ id: 1, status: 'rejected' }) };
const SEVERAL: Holding = {
  kind: 'several',
  orders: [order({ id: 1, status: 'pending' }), order({ id: 2, status: 'pending' })],
};
const NOTHING: Holding = { kind: 'nothing' };
const REISSUE: Holding = {
  kind: 'reissue',
  order: order({ id: 1, status: 'reissue_pending', requests: [{ id: 5, type: 'reissue', status: 'pending' }] }),
  request: order({ id: 1, status: 'x', requests: [{ id: 5 }] }).requests[0] as OrderInfo['requests'][number],
  by: 'is for this CSR',
};
const CHANGED: Holding = {
  kind: 'changed',
  order: order({ id: 1, status: 'reissue_pending' }),
  request: undefined,
  evidence: ['certificate 9 instead of 8'],
  certificateChanged: true,
  by: undefined,
};
const FOREIGN: Holding = {
  kind: 'foreign-reissue',
  order: order({ id: 1, status: 'reissue_pending' }),
  request: undefined,
};

describe('the decision table', () => {
  const rows: [string, Moment, Holding, ReturnType<typeof decide>][] = [
    ['before sending, nothing held: send', BEFORE, NOTHING, { kind: 'send' }],
    ['before sending, an order with the key: reuse', BEFORE, ONE, { kind: 'reuse', holding: ONE }],
    ['before sending, a matching reissue: reuse', BEFORE, REISSUE, { kind: 'reuse', holding: REISSUE }],
    ['before sending, a failed order: fail', BEFORE, FAILED, { kind: 'fail', why: 'found-failed', holding: FAILED }],
    [
      "before sending, another's pending reissue: fail",
      BEFORE,
      FOREIGN,
      { kind: 'fail', why: 'reissue-pending', holding: FOREIGN },
    ],
    ['after unknown, an order with the key: reuse', after(1), ONE, { kind: 'reuse', holding: ONE }],
    ['after unknown, the order changed: reuse', after(2), CHANGED, { kind: 'reuse', holding: CHANGED }],
    ['after unknown, a failed order: fail', after(1), FAILED, { kind: 'fail', why: 'found-failed', holding: FAILED }],
    ['after unknown, several open: look again', after(1), SEVERAL, { kind: 'look', after: 'request-timeout' }],
    [
      'after unknown, several open after looking again: fail',
      after(2, { lookedAgainForSeveral: true }),
      SEVERAL,
      { kind: 'fail', why: 'duplicate-orders', holding: SEVERAL },
    ],
    [
      'after unknown, nothing at the first look: look after the backoff',
      after(1),
      NOTHING,
      { kind: 'look', after: 'backoff' },
    ],
    [
      'after unknown, nothing at the second look: look after request-timeout',
      after(2),
      NOTHING,
      { kind: 'look', after: 'request-timeout' },
    ],
    [
      'after unknown, nothing at the last look, answered 2xx: fail, never sent again',
      after(LOOKS, { answered: true }),
      NOTHING,
      { kind: 'fail', why: 'answered-absent', holding: NOTHING },
    ],
    ['after unknown, nothing at the last look, tries left: send again', after(LOOKS), NOTHING, { kind: 'send' }],
    [
      'after unknown, nothing at the last look, no try left: fail, running again is safe',
      after(LOOKS, { cannotResend: ' Gave up after 5 tries (max-attempts).' }),
      NOTHING,
      { kind: 'fail', why: 'absent', holding: NOTHING },
    ],
  ];
  for (const [name, moment, holding, step] of rows) {
    it(name, () => expect(decide(moment, holding)).toEqual(step));
  }

  it('withdraws an own newer order as DigiCert allows for its status', () => {
    expect(withdrawal('pending')).toBe('cancel');
    expect(withdrawal('waiting_pickup')).toBe('cancel');
    expect(withdrawal('needs_approval')).toBe('reject');
    for (const status of ['processing', 'issued', 'reissue_pending', 'canceled', '']) {
      expect(withdrawal(status)).toBeUndefined();
    }
  });
});

/** A clock that moves only when the loop sleeps. */
function fakeClock() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: (ms: number) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    sleeps,
  };
}

type PostBehaviour =
  | { readonly kind: 'answer'; readonly store?: boolean }
  | { readonly kind: 'unknown'; readonly error: CertCentralError; readonly store?: boolean };

/** CertCentral stood in for: orders by ID, each with its alternative order id; the POSTs behave as scripted. */
class FakeCertCentral implements CertCentralCalls {
  readonly retry: RetryPolicy;
  readonly calls: string[] = [];
  readonly orders = new Map<number, Record<string, unknown>>();
  posts: PostBehaviour[] = [];
  /** Looks that fail with this error, for their count. */
  failingLooks = 0;
  private nextId = 100;
  readonly clock: ReturnType<typeof fakeClock>;

  constructor(clock = fakeClock(), maxAttempts = 3) {
    this.clock = clock;
    this.retry = new RetryPolicy({
      maxAttempts,
      requestTimeoutMs: 1_000,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
    });
  }

  add(fields: Record<string, unknown>): number {
    const id = this.nextId++;
    this.orders.set(id, { id, requests: [{ id: id * 10, status: 'pending' }], ...fields });
    return id;
  }

  post(request: ApiRequest, tries: Attempts): Promise<ApiResponse> {
    tries.count++;
    this.calls.push(`POST ${request.path}`);
    const behaviour = this.posts.shift() ?? { kind: 'answer' };
    const id =
      behaviour.store === false ? undefined : this.add({ status: 'pending', key: request.body?.alternative_order_id });
    if (behaviour.kind === 'unknown') return Promise.reject(behaviour.error);
    const body = { id, requests: [{ id: (id as number) * 10, status: 'pending' }] };
    return Promise.resolve({ status: 201, text: JSON.stringify(body), json: body });
  }

  ordersWithKey(key: string): Promise<number[]> {
    this.calls.push(`LOOK ${key}`);
    if (this.failingLooks > 0) {
      this.failingLooks--;
      return Promise.reject(new CertCentralError('GET /order/alternate: CertCentral answered HTTP 503.', 503));
    }
    return Promise.resolve([...this.orders.values()].filter((o) => o.key === key).map((o) => o.id as number));
  }

  readOrder(orderId: number): Promise<OrderInfo> {
    this.calls.push(`READ ${orderId}`);
    return Promise.resolve(order(this.orders.get(orderId) ?? { id: orderId, status: 'pending' }));
  }

  cancelOrder(orderId: number): Promise<void> {
    this.calls.push(`CANCEL ${orderId}`);
    (this.orders.get(orderId) as Record<string, unknown>).status = 'canceled';
    return Promise.resolve();
  }

  rejectRequest(requestId: number): Promise<void> {
    this.calls.push(`REJECT ${requestId}`);
    return Promise.resolve();
  }
}

function reporter(log: string[] = []): Reporter & { readonly log: string[] } {
  return {
    log,
    advice: { checksByItself: 'CHECKS', anotherKey: 'ANOTHER', laterRunFinds: 'LATER', orderAnew: 'ANEW' },
    info: (message) => log.push(`info ${message}`),
    warning: (message) => log.push(`warning ${message}`),
    sending: () => log.push('sending'),
    answered: (outputs) => log.push(`answered ${outputs['order-id']}`),
  };
}

const KEY: OrderKey = { kind: 'given', value: 'key1' };
const ORDER: Submission = {
  kind: 'order',
  request: { method: 'POST', path: '/order/certificate/code_signing', body: { alternative_order_id: 'key1' } },
  key: KEY,
};
const reset = () => new CertCentralError('POST: reset', undefined, [], { outcome: 'unknown', retryable: true });

describe('the loop, orders', () => {
  it('reuses an order that carries the key, and sends nothing', async () => {
    const cc = new FakeCertCentral();
    const id = cc.add({ status: 'issued', key: 'key1' });
    const said = reporter();
    const result = await submit(cc, ORDER, said);
    expect(result).toMatchObject({ how: 'found', when: 'before-sending', outputs: { 'order-id': String(id) } });
    expect(cc.calls).toEqual(['LOOK key1', `READ ${id}`]);
    expect(said.log).toEqual([
      expect.stringMatching(/^info Order 100 \(issued\) already carries alternative_order_id key1/),
    ]);
  });

  it('fails on a failed order that carries the key, as found-failed, and sends nothing', async () => {
    const cc = new FakeCertCentral();
    cc.add({ status: 'rejected', key: 'key1' });
    const failure = await submit(cc, ORDER, reporter()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Failure);
    expect(failure).toMatchObject({ kind: 'found-failed', detail: 'rejected' });
    expect((failure as Error).message).toMatch(
      /and it is rejected: there is no certificate to hand over\. ANOTHER Nothing was ordered now\.$/,
    );
    expect(cc.calls).not.toContain('POST /order/certificate/code_signing');
  });

  it('sends, records the answer before any further request, then looks once more for a concurrent order', async () => {
    const cc = new FakeCertCentral();
    const said = reporter();
    const calls = cc.calls;
    said.answered = (outputs) => said.log.push(`answered ${outputs['order-id']} after ${calls.length} calls`);
    const result = await submit(cc, ORDER, said);
    expect(result).toMatchObject({ how: 'sent', outputs: { 'order-id': '100' } });
    expect(cc.calls).toEqual(['LOOK key1', 'POST /order/certificate/code_signing', 'LOOK key1']);
    expect(said.log).toEqual(['sending', 'answered 100 after 2 calls']);
  });

  it('withdraws its own newer order when an older one carries the key: canceled while pending', async () => {
    const cc = new FakeCertCentral();
    const older = cc.add({ status: 'needs_approval', key: 'key1' });
    cc.orders.delete(older);
    cc.posts = [{ kind: 'answer' }];
    // The older order appears only after this run's look: a concurrent run placed it meanwhile.
    const said = reporter();
    said.sending = () => {
      cc.orders.set(older, {
        id: older,
        status: 'needs_approval',
        key: 'key1',
        requests: [{ id: 1, status: 'pending' }],
      });
    };
    const result = await submit(cc, ORDER, said);
    expect(result).toMatchObject({ how: 'found', when: 'after-sending', outputs: { 'order-id': String(older) } });
    expect(cc.calls.slice(-2)).toEqual([`READ 101`, 'CANCEL 101']);
    expect(said.log.at(-1)).toContain('This run canceled its own, newer order 101');
  });

  it("rejects its own newer order's request while it waits for approval, and fails when it can be neither", async () => {
    for (const [status, last] of [
      ['needs_approval', 'REJECT 1010'],
      ['processing', undefined],
    ] as const) {
      const cc = new FakeCertCentral();
      cc.add({ status: 'pending', key: 'other' });
      const said = reporter();
      said.sending = () => cc.add({ status: 'pending', key: 'key1' });
      const run = submit(cc, ORDER, said);
      // This run's own order (102) gets the status under test once placed.
      said.answered = () => cc.orders.set(102, { ...cc.orders.get(102), status });
      if (last) {
        await run;
        expect(cc.calls.at(-1)).toBe(last.replace('1010', '1020'));
      } else {
        await expect(run).rejects.toMatchObject({ kind: 'duplicate-orders' });
        expect(cc.calls.some((call) => /CANCEL|REJECT/.test(call))).toBe(false);
      }
    }
  });

  it('after a reset, finds the order stored before it at once, and sends nothing again', async () => {
    const cc = new FakeCertCentral();
    cc.posts = [{ kind: 'unknown', error: reset() }];
    const said = reporter();
    const result = await submit(cc, ORDER, said);
    expect(result).toMatchObject({ how: 'found', when: 'after-sending', outputs: { 'order-id': '100' } });
    expect(cc.calls).toEqual(['LOOK key1', 'POST /order/certificate/code_signing', 'LOOK key1', 'READ 100']);
    expect(cc.clock.sleeps).toEqual([]);
  });

  it('after a reset before storing, looks at once, after the backoff, after request-timeout, then sends again', async () => {
    const cc = new FakeCertCentral();
    cc.posts = [{ kind: 'unknown', error: reset(), store: false }];
    const said = reporter();
    const result = await submit(cc, ORDER, said);
    expect(result).toMatchObject({ how: 'sent' });
    expect(cc.calls.filter((call) => call.startsWith('POST'))).toHaveLength(2);
    expect(cc.calls.filter((call) => call.startsWith('LOOK'))).toHaveLength(1 + LOOKS + 1);
    // The backoff is at least request-timeout; the next wait is request-timeout.
    expect(cc.clock.sleeps).toEqual([1_000, 1_000]);
    expect(said.log).toContainEqual(
      'info POST: reset No order carries alternative_order_id key1, so CertCentral did not create one. Sending it again (try 2 of 3).',
    );
  });

  it('an unreadable 2xx whose order is not found is never sent again', async () => {
    const cc = new FakeCertCentral();
    const unreadable = new CertCentralError('POST: HTTP 201 not JSON', 201, [], { outcome: 'unknown' });
    cc.posts = [{ kind: 'unknown', error: unreadable, store: false }];
    const failure = await submit(cc, ORDER, reporter()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'unknown-fate' });
    expect((failure as Error).message).toContain(
      'CertCentral may have carried out the order. Check with GET /order/alternate/key1',
    );
    expect(cc.calls.filter((call) => call.startsWith('POST'))).toHaveLength(1);
  });

  it('a failure that cannot be retried, and found nothing, ends saying running again is safe', async () => {
    const cc = new FakeCertCentral();
    const serverError = new CertCentralError('POST: HTTP 500', 500, [], { outcome: 'unknown', retryable: false });
    cc.posts = [{ kind: 'unknown', error: serverError, store: false }];
    const failure = await submit(cc, ORDER, reporter()).catch((error: unknown) => error);
    expect((failure as Error).message).toBe(
      'POST: HTTP 500 No order carries alternative_order_id key1, so CertCentral did not create one. Running again is safe.',
    );
    expect(failure).toBeInstanceOf(CertCentralError);
    expect((failure as Error).cause).toBe(serverError);
  });

  it('with no tries left, found nothing: the reason is said', async () => {
    const cc = new FakeCertCentral(fakeClock(), 1);
    cc.posts = [{ kind: 'unknown', error: reset(), store: false }];
    const failure = await submit(cc, ORDER, reporter()).catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(
      /did not create one\. Gave up after 1 try \(max-attempts\)\. Running again is safe\.$/,
    );
  });

  it('without a key, a POST of unknown fate is never sent again', async () => {
    const cc = new FakeCertCentral();
    cc.posts = [{ kind: 'unknown', error: reset() }];
    const failure = await submit(cc, { ...ORDER, key: undefined }, reporter()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'unknown-fate' });
    expect((failure as Error).message).toContain('the order carries no alternative_order_id to look it up by');
    expect(cc.calls).toEqual(['POST /order/certificate/code_signing']);
  });

  it('two open orders with its key after an unknown POST: looks once more, then fails naming both', async () => {
    const cc = new FakeCertCentral();
    cc.add({ status: 'pending', key: 'key1' });
    cc.orders.clear();
    const said = reporter();
    said.sending = () => cc.add({ status: 'pending', key: 'key1' });
    cc.posts = [{ kind: 'unknown', error: reset() }];
    const failure = await submit(cc, ORDER, said).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'duplicate-orders' });
    expect((failure as Error).message).toContain('Orders 101, 102 carry alternative_order_id key1');
    expect(cc.clock.sleeps).toEqual([1_000]);
    expect(cc.calls.filter((call) => call.startsWith('CANCEL'))).toEqual([]);
  });

  it('a look that fails after an unknown POST: the fate stays unknown, and says how to check', async () => {
    const cc = new FakeCertCentral();
    cc.posts = [{ kind: 'unknown', error: reset() }];
    const said = reporter();
    said.sending = () => {
      cc.failingLooks = 1;
    };
    const failure = await submit(cc, ORDER, said).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'unknown-fate' });
    expect((failure as Error).message).toContain('Checking whether it did failed too: GET /order/alternate');
  });

  it('a look that fails before sending: nothing was sent', async () => {
    const cc = new FakeCertCentral();
    cc.failingLooks = 1;
    const failure = await submit(cc, ORDER, reporter()).catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(/Nothing was sent to order: the action checks first\.$/);
    expect(cc.calls).toEqual(['LOOK key1']);
  });

  it('never waits past the deadline: with no time for a look, what is known decides', async () => {
    const clock = fakeClock();
    const cc = new FakeCertCentral(clock);
    cc.posts = [{ kind: 'unknown', error: reset(), store: false }];
    const said = reporter();
    // The whole deadline is spent at once.
    said.sending = () => {
      void clock.sleep(10_000_000);
    };
    const failure = await submit(cc, ORDER, said).catch((error: unknown) => error);
    expect((failure as Error).message).toContain('Running again is safe.');
    expect(clock.sleeps).toEqual([10_000_000]);
  });
});

describe('the loop, reissues', () => {
  const reissueKey: ReissueKey = { kind: 'run', value: 'ghr1x' };
  const orderRead = order({
    id: 7,
    status: 'issued',
    certificate: { id: 70 },
    requests: [{ id: 1, type: 'new_request', status: 'approved' }],
  });
  const REISSUE_SUBMISSION: Submission = {
    kind: 'reissue',
    request: { method: 'POST', path: '/order/certificate/7/reissue', body: { comments: 'reissue key ghr1x' } },
    key: reissueKey,
    order: orderRead,
  };

  /** Order 7 as CertCentral would show it with these requests. */
  class ReissueDesk extends FakeCertCentral {
    requests: Record<string, unknown>[] = [{ id: 1, type: 'new_request', status: 'approved' }];

    override post(request: ApiRequest, tries: Attempts): Promise<ApiResponse> {
      tries.count++;
      this.calls.push(`POST ${request.path}`);
      const behaviour = this.posts.shift() ?? { kind: 'answer' };
      const id = 10 + this.requests.length;
      if (behaviour.store !== false)
        this.requests.push({ id, type: 'reissue', status: 'pending', comments: request.body?.comments });
      if (behaviour.kind === 'unknown') return Promise.reject(behaviour.error);
      const body = { id: 7, requests: [{ id }] };
      return Promise.resolve({ status: 201, text: JSON.stringify(body), json: body });
    }

    override readOrder(orderId: number): Promise<OrderInfo> {
      this.calls.push(`READ ${orderId}`);
      const pending = this.requests.some((request) => request.status === 'pending');
      return Promise.resolve(
        order({
          id: 7,
          status: pending ? 'reissue_pending' : 'issued',
          certificate: { id: 70 },
          requests: this.requests,
        }),
      );
    }
  }

  it('reuses a reissue request that carries the key, as the order was read, and sends nothing', async () => {
    const read = order({
      ...JSON.parse(orderRead.text),
      status: 'reissue_pending',
      requests: [{ id: 9, type: 'reissue', status: 'pending', comments: 'x\n\nreissue key ghr1x' }],
    });
    const cc = new ReissueDesk();
    const result = await submit(cc, { ...REISSUE_SUBMISSION, order: read }, reporter());
    expect(result).toMatchObject({
      how: 'found',
      when: 'before-sending',
      outputs: { 'request-id': '9' },
      replacing: 70,
    });
    expect(cc.calls).toEqual([]);
  });

  it("fails on a pending reissue that is not this run's, and sends nothing", async () => {
    const read = order({ id: 7, status: 'reissue_pending', requests: [{ id: 9, type: 'reissue', status: 'pending' }] });
    await expect(submit(new ReissueDesk(), { ...REISSUE_SUBMISSION, order: read }, reporter())).rejects.toMatchObject({
      kind: 'reissue-pending',
    });
  });

  it('after a reset once the reissue was stored: the request with its key is the result', async () => {
    const cc = new ReissueDesk();
    cc.posts = [{ kind: 'unknown', error: reset() }];
    const result = await submit(cc, REISSUE_SUBMISSION, reporter());
    expect(result).toMatchObject({
      how: 'found',
      when: 'after-sending',
      outputs: { 'request-id': '11' },
      replacing: 70,
    });
    expect(cc.calls).toEqual(['POST /order/certificate/7/reissue', 'READ 7']);
  });

  it('settles a race: an earlier pending request with the same key stands, and this run rejects its own', async () => {
    const cc = new ReissueDesk();
    const said = reporter();
    // A concurrent run's reissue with the same key lands just before this run's.
    said.sending = () =>
      cc.requests.push({ id: 10, type: 'reissue', status: 'pending', comments: 'reissue key ghr1x' });
    const result = await submit(cc, REISSUE_SUBMISSION, said);
    expect(result).toMatchObject({ how: 'found', when: 'after-sending', outputs: { 'request-id': '10' } });
    expect(cc.calls).toEqual(['POST /order/certificate/7/reissue', 'READ 7', 'REJECT 12']);
    expect(said.log.at(-1)).toContain(
      'This run rejected its own, later request 12; the earlier request 10 (pending) is the result.',
    );
  });

  it('a later request with the key, or an earlier one of another key, is not a race to settle', async () => {
    const cc = new ReissueDesk();
    const said = reporter();
    said.sending = () =>
      cc.requests.push({ id: 10, type: 'reissue', status: 'pending', comments: 'reissue key other' });
    const result = await submit(cc, REISSUE_SUBMISSION, said);
    expect(result).toMatchObject({ how: 'sent', outputs: { 'request-id': '12' } });
    expect(cc.calls).toEqual(['POST /order/certificate/7/reissue', 'READ 7']);
  });
});
