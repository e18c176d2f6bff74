/**
 * The simulator's answers around an order, as the API sheet describes them: 404 for an unused
 * alternative order id, cancellation of an order not yet issued, the requests of an order with
 * their comments, and DigiCert's per-key rate limits with 429 and Retry-After.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CertCentralClient } from '../src/certcentral/client.ts';
import { CertCentralError } from '../src/certcentral/errors.ts';
import { RetryPolicy } from '../src/certcentral/retry.ts';
import { DIGICERT_RATE_LIMITS, RateLimiter } from '../simulator/rate-limits.ts';
import { startSimulator } from '../simulator/server.ts';
import { useSimulator } from './helpers/simulator.ts';
import { CSR } from './helpers/seeds.ts';

// Any key: the clients' own are used.
const simulator = useSimulator({ apiKey: undefined });
let client: CertCentralClient;

beforeAll(() => {
  // One try: the simulator's own answers are under test, not the client's retries.
  client = new CertCentralClient({
    baseUrl: simulator.url,
    apiKey: 'simulator-account-key',
    retry: new RetryPolicy({ maxAttempts: 1, requestTimeoutMs: 5_000 }),
  });
});

const CLIENT_ORDER = {
  certificate: { common_name: 'Jane Doe', emails: ['jane@example.com'], signature_hash: 'sha256' },
  organization: { id: 1 },
  validity_years: 1,
};

async function order(extra: Record<string, unknown> = {}): Promise<number> {
  const response = await client.send({
    method: 'POST',
    path: '/order/certificate/client_premium_sha2',
    body: { ...CLIENT_ORDER, ...extra },
  });
  return (response.json as { id: number }).id;
}

async function failure(promise: Promise<unknown>): Promise<CertCentralError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CertCentralError);
  return error as CertCentralError;
}

describe('GET /order/alternate/{id}', () => {
  it('answers an id no order carries in each form of "none" in turn: 404, orders: [], and a page alone', async () => {
    const lookUp = () => client.send({ method: 'GET', path: '/order/alternate/unusedKey0' });
    const answers = [];
    for (let i = 0; i < 3; i++)
      answers.push(
        await lookUp().then(
          (response) => response.json,
          (error) => error,
        ),
      );
    const page = { total: 0, limit: 1000, offset: 0 };
    expect(answers).toContainEqual({ orders: [], page });
    expect(answers).toContainEqual({ page });
    expect(answers.find((answer) => answer instanceof CertCentralError)).toMatchObject({ status: 404 });
  });

  it('answers the orders once one carries the id; a test can fix the form of "none"', async () => {
    simulator.emptyLookup = '404';
    const error = await failure(client.send({ method: 'GET', path: '/order/alternate/unusedKey1' }));
    simulator.emptyLookup = undefined;
    expect(error.status).toBe(404);
    const orderId = await order({ alternative_order_id: 'unusedKey1' });
    const found = await client.send({ method: 'GET', path: '/order/alternate/unusedKey1' });
    expect(found.json).toMatchObject({ orders: [{ order_id: orderId, status: 'needs_approval' }] });
  });
});

describe('PUT /order/certificate/{id}/status', () => {
  const cancel = (orderId: number, body: Record<string, unknown> = { status: 'canceled', note: 'duplicate' }) =>
    client.send({ method: 'PUT', path: `/order/certificate/${orderId}/status`, body });

  it('cancels a pending order with a note, with 204; the value is case-sensitive and the note required', async () => {
    const orderId = await order({ skip_approval: true });
    expect(simulator.orders.get(orderId)?.status).toBe('pending');
    expect((await failure(cancel(orderId, { status: 'CANCELED', note: 'x' }))).status).toBe(400);
    expect((await failure(cancel(orderId, { status: 'canceled' }))).errors).toEqual([
      { code: 'missing_field', message: 'Missing required field: note.' },
    ]);
    const response = await cancel(orderId);
    expect(response.status).toBe(204);
    expect(simulator.orders.get(orderId)?.status).toBe('canceled');
  });

  it('refuses to cancel an order waiting for approval: its request is rejected instead, which rejects the order', async () => {
    const orderId = await order();
    expect(simulator.orders.get(orderId)?.status).toBe('needs_approval');
    expect((await failure(cancel(orderId))).status).toBe(400);
    const requestId = simulator.orders.get(orderId)?.requests[0]?.id as number;
    const rejected = await client.send({
      method: 'PUT',
      path: `/request/${requestId}/status`,
      body: { status: 'rejected', processor_comment: 'duplicate' },
    });
    expect(rejected.status).toBe(204);
    expect(simulator.orders.get(orderId)).toMatchObject({
      status: 'rejected',
      requests: [{ status: 'rejected', processorComment: 'duplicate' }],
    });
    const again = client.send({ method: 'PUT', path: `/request/${requestId}/status`, body: { status: 'rejected' } });
    expect((await failure(again)).status).toBe(400);
  });

  it('cancels the pending reissue of an order in reissue_pending: the order is issued again, the request rejected', async () => {
    const seeded = await simulator.seedOrder({ product: 'client_authentication_plus', body: CLIENT_ORDER });
    await client.send({
      method: 'POST',
      path: `/order/certificate/${seeded.id}/reissue`,
      body: { certificate: { common_name: 'Jane Doe', csr: CSR, signature_hash: 'sha256' } },
    });
    expect(seeded.status).toBe('reissue_pending');
    expect((await cancel(seeded.id, { status: 'canceled', note: 'not this one' })).status).toBe(204);
    expect(seeded.status).toBe('issued');
    expect(seeded.requests.at(-1)).toMatchObject({
      type: 'reissue',
      status: 'rejected',
      processorComment: 'not this one',
    });
  });

  it('refuses to cancel an issued order, and an unknown one', async () => {
    const orderId = await order();
    simulator.setStatusFlow(orderId, { statuses: ['issued'], every: { calls: 1 } });
    await client.send({ method: 'GET', path: `/order/certificate/${orderId}` });
    expect((await failure(cancel(orderId))).status).toBe(400);
    expect(simulator.orders.get(orderId)?.status).toBe('issued');
    expect((await failure(cancel(1))).status).toBe(404);
  });
});

describe('order info', () => {
  it("lists the order's requests with their type, status and comments, and the latest CSR", async () => {
    const orderId = await order({ comments: 'first' });
    await client.send({
      method: 'POST',
      path: `/order/certificate/${orderId}/reissue`,
      body: { certificate: { common_name: 'Jane Doe', csr: CSR, signature_hash: 'sha256' }, comments: 'rotate' },
    });
    const info = (await client.send({ method: 'GET', path: `/order/certificate/${orderId}` })).json;
    expect(info).toMatchObject({
      status: 'reissue_pending',
      certificate: { csr: CSR },
      requests: [
        { type: 'new_request', status: 'pending', comments: 'first' },
        { type: 'reissue', status: 'pending', comments: 'rotate' },
      ],
    });
  });
});

describe('rate limits', () => {
  it("are off unless asked for; DigiCert's are 100 per 5 s and 1000 per 3 minutes", () => {
    expect(simulator.rateLimiter).toBeUndefined();
    expect(DIGICERT_RATE_LIMITS).toEqual([
      { requests: 100, windowMs: 5_000 },
      { requests: 1_000, windowMs: 180_000 },
    ]);
  });

  it('answer 429 request_limit_exceeded with Retry-After over a limit, per key, over real HTTP', async () => {
    const limited = await startSimulator({ rateLimits: [{ requests: 3, windowMs: 60_000 }] });
    try {
      const as = (apiKey: string) =>
        new CertCentralClient({
          baseUrl: limited.url,
          apiKey,
          retry: new RetryPolicy({ maxAttempts: 1, requestTimeoutMs: 5_000, overallMs: 10_000 }),
        });
      const busy = as('busy-key');
      for (let i = 0; i < 3; i++) await busy.send({ method: 'GET', path: '/order/certificate/1' }).catch(() => {});
      const error = await failure(busy.send({ method: 'GET', path: '/order/certificate/1' }));
      expect(error.status).toBe(429);
      expect(error.errors).toEqual([
        { code: 'request_limit_exceeded', message: 'You have exceeded the rate limit for this API key.' },
      ]);
      expect(error.retryAfterMs).toBeGreaterThanOrEqual(59_000);
      expect(error.retryAfterMs).toBeLessThanOrEqual(60_000);
      // Another key has its own budget.
      expect((await failure(as('other-key').send({ method: 'GET', path: '/order/certificate/1' }))).status).toBe(404);
      expect(limited.rateLimiter?.refused).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it('count rolling windows: room again once the oldest request has left the window', () => {
    const limiter = new RateLimiter(DIGICERT_RATE_LIMITS);
    for (let i = 0; i < 100; i++) expect(limiter.admit('k', 1_000 + i * 10)).toBeUndefined();
    expect(limiter.admit('k', 2_000)).toBe(4);
    expect(limiter.admit('k', 5_999)).toBe(1);
    expect(limiter.admit('k', 6_000)).toBeUndefined();
    expect(limiter.busiestWindow).toBe(100);
    expect(limiter.refused).toBe(2);
  });

  it('1000 per 3 minutes holds even when no 5 s window is full', () => {
    const limiter = new RateLimiter(DIGICERT_RATE_LIMITS);
    for (let i = 0; i < 1_000; i++) expect(limiter.admit('k', i * 100)).toBeUndefined();
    expect(limiter.admit('k', 100_000)).toBe(80);
  });
});
