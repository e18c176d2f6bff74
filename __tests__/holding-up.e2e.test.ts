/**
 * End to end, dist/index.js against the simulator: what real CertCentral and real networks do that
 * the happy path does not see. A 404 from a fresh key's look-up, faults that must end fast, 429s and
 * 5xx answers while waiting, two runs with one key at once, and reissues that must not repeat.
 */
import { describe, expect, it } from 'vitest';
import { execute } from '../src/operations/execute.ts';
import type { Host } from '../src/operations/job.ts';
import { ACTION_HINTS } from '../src/operations/hints.ts';
import { readSettings } from '../src/inputs/settings.ts';
import { FAULTS } from '../simulator/faults.ts';
import { API_KEY, errorOf, runChecked, warningsOf } from './helpers/action.ts';
import { actions, ORDER, SHORT_REQUEST_TIMEOUT } from './helpers/github.ts';
import { CSR, csrFixture } from './helpers/seeds.ts';
import { useSimulator } from './helpers/simulator.ts';

const simulator = useSimulator({ apiKey: API_KEY });

function run(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runChecked({ 'base-url': simulator.url, ...ORDER, ...SHORT_REQUEST_TIMEOUT, ...inputs }, { env });
}

async function timed<T>(work: Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work;
  return { result, ms: Date.now() - started };
}

const posts = () => simulator.requests.filter((request) => request.method === 'POST');
const puts = () => simulator.requests.filter((request) => request.method === 'PUT');
const lookups = () => simulator.requests.filter((request) => request.path.startsWith('/order/alternate/'));
const keyOf = (body: unknown) => (body as { alternative_order_id?: string }).alternative_order_id;
const ordersWithKey = (key: string) => [...simulator.orders.values()].filter((o) => o.alternativeOrderId === key);
const ORDER_POST = { method: 'POST', path: /^\/order\/certificate\/[a-z_0-9]+$/ } as const;
const ORDER_INFO = { method: 'GET', path: /^\/order\/certificate\/\d+$/ } as const;
const LOOK_UP = { method: 'GET', path: /^\/order\/alternate\// } as const;

/** An answer in place of the real one, the request not carried out. */
const answer = (status: number, errors: unknown[], retryAfter?: string) =>
  ({
    when: 'before',
    effect: { kind: 'answer', status, body: JSON.stringify({ errors }), retryAfter },
  }) as const;

describe('the look-up by alternative order id', () => {
  it('a 404 for a fresh key means "no orders": the order is placed, and a debug line says so', async () => {
    const result = await run({ 'alternative-order-id': 'fresh404key' });
    expect(result.code).toBe(0);
    expect(lookups()[0]?.path).toBe('/order/alternate/fresh404key');
    expect(posts()).toHaveLength(1);
    expect(result.stdout).toContain(
      '::debug::GET /order/alternate/fresh404key answered 404: no order carries alternative_order_id fresh404key yet.',
    );
    expect(result.outputs['order-id']).toBe(String(ordersWithKey('fresh404key')[0]?.id));
  });

  it('other errors stay errors: a 403 on the look-up orders nothing', async () => {
    simulator.faults.add({
      ...answer(403, [{ code: 'access_denied|missing_permission', message: 'No permission.' }]),
      ...LOOK_UP,
    });
    const result = await run({ 'alternative-order-id': 'forbidden403key' });
    expect(result.code).toBe(1);
    expect(posts()).toEqual([]);
    expect(errorOf(result)).toContain('HTTP 403 Forbidden: access_denied|missing_permission: No permission.');
    expect(errorOf(result)).toContain('Nothing was sent to order: the action checks first.');
  });
});

describe('faults after CertCentral stored the order end fast: the key is looked up at once', () => {
  it('a reset after storing ends with success in under 2 s, even with a long request-timeout', async () => {
    simulator.faults.add({ ...FAULTS.resetAfterStore, ...ORDER_POST });
    const { result, ms } = await timed(run({ 'request-timeout': '10' }, actions()));
    expect(result.code).toBe(0);
    expect(ms).toBeLessThan(2_000);
    expect(posts()).toHaveLength(1);
    expect(result.outputs['order-id']).toBe(String(ordersWithKey(keyOf(posts()[0]?.body) as string)[0]?.id));
  });

  it('a 502 after storing ends with success in under 2 s', async () => {
    simulator.faults.add({ ...FAULTS.badGatewayAfterStore, ...ORDER_POST });
    const { result, ms } = await timed(run({ 'request-timeout': '10' }, actions()));
    expect(result.code).toBe(0);
    expect(ms).toBeLessThan(2_000);
    expect(posts()).toHaveLength(1);
  });

  it('a hang after storing ends in about one request-timeout', async () => {
    simulator.faults.add({ ...FAULTS.hangAfterStore, ...ORDER_POST });
    const { result, ms } = await timed(run({ 'request-timeout': '2' }, actions()));
    expect(result.code).toBe(0);
    expect(ms).toBeGreaterThanOrEqual(2_000);
    expect(ms).toBeLessThan(3_500);
    expect(posts()).toHaveLength(1);
  });
});

describe('429 and 5xx', () => {
  it('429s are waited out while time remains, not limited by max-attempts', async () => {
    simulator.faults.add({ ...FAULTS.rateLimited('0'), ...ORDER_POST }, 3);
    const result = await run({ 'max-attempts': '1' });
    expect(result.code).toBe(0);
    expect(posts()).toHaveLength(4);
    expect(result.stdout).toContain('(rate limited 3 times)');
  });

  it('a 429 or 5xx while waiting for issuance only delays the next read', async () => {
    simulator.statusFlow = { statuses: ['pending', 'issued'], every: { calls: 2 } };
    simulator.faults.add({ ...FAULTS.rateLimited('0'), ...ORDER_INFO }, 2);
    simulator.faults.add({ ...FAULTS.unavailable, ...ORDER_INFO }, 2);
    simulator.faults.add({ ...FAULTS.badGatewayAfterStore, ...ORDER_INFO });
    const result = await run({
      'max-attempts': '1',
      'wait-for-issuance': 'true',
      'poll-interval': '0.2',
      'wait-timeout': '30',
    });
    expect(result.code).toBe(0);
    expect(result.outputs['order-status']).toBe('issued');
    expect(result.outputs['certificate-pem']).toContain('BEGIN CERTIFICATE');
    expect(simulator.faults.waiting).toBe(0);
    expect(result.stdout.match(/Reading again in/g)).toHaveLength(5);
  });

  it('a 200 whose body is not JSON while waiting for issuance only delays the next read', async () => {
    simulator.statusFlow = { statuses: ['pending', 'issued'], every: { calls: 1 } };
    const notJson = {
      when: 'before',
      effect: { kind: 'answer', status: 200, body: '<html>Portal</html>', contentType: 'text/html' },
    } as const;
    simulator.faults.add({ ...notJson, ...ORDER_INFO }, 2);
    const result = await run({ 'wait-for-issuance': 'true', 'poll-interval': '0.2', 'wait-timeout': '30' });
    expect(result.code).toBe(0);
    expect(result.outputs['order-status']).toBe('issued');
    expect(simulator.faults.waiting).toBe(0);
    expect(result.stdout).toContain('answered HTTP 200 OK with a body that is not JSON: "<html>Portal</html>"');
    expect(result.stdout.match(/Reading again in/g)).toHaveLength(2);
  });

  it('a wait whose reads all fail ends at wait-timeout with the error', async () => {
    simulator.faults.add({ ...FAULTS.unavailable, ...ORDER_INFO }, 100);
    const { result, ms } = await timed(
      run({ 'wait-for-issuance': 'true', 'poll-interval': '0.2', 'wait-timeout': '1.5' }),
    );
    expect(result.code).toBe(1);
    expect(ms).toBeLessThan(6_000);
    expect(errorOf(result)).toContain('HTTP 503 Service Unavailable');
    expect(errorOf(result)).toContain('No read of the order succeeded within wait-timeout (1.5 s).');
    expect(result.outputs['order-id']).not.toBe('');
  });
});

describe('two runs with one key at the same moment converge on one order', () => {
  it('finding an older order with its key after ordering, a run rejects the request of its own, waiting for approval, and reports the older', async () => {
    // Another run placed the older order a moment ago; this run's look-up did not see it yet.
    const other = await run({ 'alternative-order-id': 'raceKey1' });
    simulator.forgetRequests();
    simulator.faults.add({ ...answer(404, [{ code: 'not_found', message: 'No order.' }]), ...LOOK_UP });
    const result = await run({ 'alternative-order-id': 'raceKey1' });
    expect(result.code).toBe(0);
    const [older, own] = ordersWithKey('raceKey1');
    expect(older?.id).toBe(Number(other.outputs['order-id']));
    // needs_approval cannot be canceled (certcentral-2026.md §4): its request is rejected instead.
    expect(own?.status).toBe('rejected');
    expect(older?.status).toBe('needs_approval');
    expect(result.outputs['order-id']).toBe(String(older?.id));
    expect(result.outputs['request-id']).toBe(String(older?.requests[0]?.id));
    expect(puts().map((put) => [put.path, put.body])).toEqual([
      [
        `/request/${own?.requests[0]?.id}/status`,
        { status: 'rejected', processor_comment: expect.stringContaining(`Duplicate of order ${older?.id}`) },
      ],
    ]);
    expect(warningsOf(result).join('\n')).toContain(
      `This run rejected the request of its own, newer order ${own?.id} (not issued, so at no cost); the older order ${older?.id} (needs_approval) is the result.`,
    );
  });

  it('a newer order of its own that is pending is canceled, with a note and nothing else', async () => {
    simulator.approval = 'auto';
    const other = await run({ 'alternative-order-id': 'raceKey1b' });
    simulator.forgetRequests();
    simulator.faults.add({ ...answer(404, [{ code: 'not_found', message: 'No order.' }]), ...LOOK_UP });
    const result = await run({ 'alternative-order-id': 'raceKey1b' });
    expect(result.code).toBe(0);
    const [older, own] = ordersWithKey('raceKey1b');
    expect(older?.id).toBe(Number(other.outputs['order-id']));
    expect(own?.status).toBe('canceled');
    expect(puts().map((put) => [put.path, put.body])).toEqual([
      [
        `/order/certificate/${own?.id}/status`,
        { status: 'canceled', note: expect.stringContaining(`Duplicate of order ${older?.id}`) },
      ],
    ]);
    expect(warningsOf(result).join('\n')).toContain(`This run canceled its own, newer order ${own?.id}`);
  });

  it('a newer order of its own in a status DigiCert neither cancels nor rejects is left, and the step fails naming both', async () => {
    simulator.approval = 'auto';
    const other = await run({ 'alternative-order-id': 'raceKey1c' });
    simulator.forgetRequests();
    simulator.faults.add({ ...answer(404, [{ code: 'not_found', message: 'No order.' }]), ...LOOK_UP });
    simulator.statusFlow = { statuses: ['processing'], every: { calls: 1 } };
    const result = await run({ 'alternative-order-id': 'raceKey1c' });
    simulator.statusFlow = undefined;
    expect(result.code).toBe(1);
    const [older, own] = ordersWithKey('raceKey1c');
    expect(older?.id).toBe(Number(other.outputs['order-id']));
    expect(puts()).toEqual([]);
    expect(errorOf(result)).toContain(
      `Order ${own?.id} is processing, which DigiCert neither cancels (only pending and waiting_pickup) nor turns down by rejecting its request (needs_approval).`,
    );
    expect(errorOf(result)).toContain(`This run's order ${own?.id} could not be withdrawn, so both stand`);
    expect(result.outputs['order-id']).toBe(String(own?.id));
  });

  it('when its own order can no longer be withdrawn, the step fails naming both orders', async () => {
    const other = await run({ 'alternative-order-id': 'raceKey2' });
    simulator.forgetRequests();
    simulator.faults.add({ ...answer(404, [{ code: 'not_found', message: 'No order.' }]), ...LOOK_UP });
    simulator.faults.add({
      ...answer(400, [{ code: 'invalid_status', message: 'The request is approved already.' }]),
      method: 'PUT',
    });
    const result = await run({ 'alternative-order-id': 'raceKey2' });
    expect(result.code).toBe(1);
    const [older, own] = ordersWithKey('raceKey2');
    expect(older?.id).toBe(Number(other.outputs['order-id']));
    expect(errorOf(result)).toContain(
      `Orders ${older?.id} and ${own?.id} both carry alternative_order_id raceKey2 (from alternative-order-id): a concurrent run with the same key ordered at the same moment. This run's order ${own?.id} could not be withdrawn, so both stand: decide which to keep, and cancel or revoke the other in CertCentral. The outputs are this run's order ${own?.id}.`,
    );
    // This run's order exists and was bought: its outputs are set, though the step failed.
    expect(result.outputs['order-id']).toBe(String(own?.id));
    expect(result.outputs['request-id']).toBe(String(own?.requests[0]?.id));
    expect((JSON.parse(result.outputs.response ?? '{}') as { id?: number }).id).toBe(own?.id);
  });

  it('after a POST of unknown fate, a run that finds two open orders with its key cancels neither and fails naming both', async () => {
    const other = await run({ 'alternative-order-id': 'raceKey3' });
    simulator.forgetRequests();
    simulator.faults.add({ ...answer(404, [{ code: 'not_found', message: 'No order.' }]), ...LOOK_UP });
    simulator.faults.add({ ...FAULTS.resetAfterStore, ...ORDER_POST });
    const result = await run({ 'alternative-order-id': 'raceKey3' });
    expect(result.code).toBe(1);
    const [older, own] = ordersWithKey('raceKey3');
    expect(older?.id).toBe(Number(other.outputs['order-id']));
    expect(own).toBeDefined();
    // It cannot tell which order is its own, so it cancels none: one of them may be another run's.
    expect(puts()).toEqual([]);
    expect([older?.status, own?.status]).toEqual(['needs_approval', 'needs_approval']);
    // It looked right after the reset, and once more a request-timeout later.
    expect(lookups()).toHaveLength(3);
    expect(errorOf(result)).toContain(
      `Orders ${older?.id}, ${own?.id} carry alternative_order_id raceKey3 (from alternative-order-id), and none of them is failed: a concurrent run with the same key ordered at the same moment, and as this run got no clear answer, it cannot tell which one it placed. It canceled none of them: keep the oldest, ${older?.id}, and cancel the others in CertCentral while they are pending (at no cost).`,
    );
    expect(warningsOf(result).join('\n')).not.toContain('Using the first');
    expect(result.outputs['order-id']).toBeUndefined();
  });

  it('after a POST of unknown fate, when by the second look one order with its key is left open, that is the result', async () => {
    const other = await run({ 'alternative-order-id': 'raceKey4' });
    // The other order is canceled between this run's two looks, as a concurrent run cancels its own newer order.
    simulator.setStatusFlow(Number(other.outputs['order-id']), {
      statuses: ['needs_approval', 'canceled'],
      every: { calls: 1 },
    });
    simulator.forgetRequests();
    simulator.faults.add({ ...answer(404, [{ code: 'not_found', message: 'No order.' }]), ...LOOK_UP });
    simulator.faults.add({ ...FAULTS.resetAfterStore, ...ORDER_POST });
    const result = await run({ 'alternative-order-id': 'raceKey4' });
    expect(result.code).toBe(0);
    const [, own] = ordersWithKey('raceKey4');
    expect(puts()).toEqual([]);
    expect(result.outputs['order-id']).toBe(String(own?.id));
    expect(result.stdout).toContain(`Order ${own?.id} (needs_approval) already carries alternative_order_id raceKey4`);
  });

  it('runs started together: every run reports the same order, and at most one stays open per key', async () => {
    const keys = ['togetherA', 'togetherB', 'togetherC'];
    const results = await Promise.all(
      keys.flatMap((key) => [run({ 'alternative-order-id': key }), run({ 'alternative-order-id': key })]),
    );
    for (const [index, key] of keys.entries()) {
      const pair = results.slice(index * 2, index * 2 + 2);
      expect(pair.map((result) => result.code)).toEqual([0, 0]);
      expect(pair[0]?.outputs['order-id']).toBe(pair[1]?.outputs['order-id']);
      const open = ordersWithKey(key).filter((order) => !['canceled', 'rejected'].includes(order.status));
      expect(open.map((order) => String(order.id))).toEqual([pair[0]?.outputs['order-id']]);
    }
  });
});

describe('a reissue is never made twice', () => {
  async function newOrder(): Promise<string> {
    const result = await run({});
    simulator.forgetRequests();
    return result.outputs['order-id'] as string;
  }
  // Only the inputs a reissue takes: an order's other inputs would be refused.
  const reissue = (orderId: string) => ({ operation: 'reissue', 'order-id': orderId, csr: CSR });
  const runReissue = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runChecked(
      { 'base-url': simulator.url, 'common-name': ORDER['common-name'], 'request-timeout': '0.5', ...inputs },
      { env },
    );
  const reissuesOf = (orderId: string) =>
    (simulator.orders.get(Number(orderId))?.requests ?? []).filter((request) => request.type === 'reissue');

  it("carries its key in the comments, after the user's; a re-run attempt reuses the reissue", async () => {
    const orderId = await newOrder();
    const env = actions();
    const first = await runReissue({ ...reissue(orderId), comments: 'Key rotation' }, env);
    expect(first.code).toBe(0);
    const comments = (posts()[0]?.body as { comments: string }).comments;
    expect(comments).toMatch(new RegExp(`^Key rotation\\n\\nreissue key ghr${env.GITHUB_RUN_ID}x[0-9a-f]+$`));
    expect(first.stdout).toContain("added to the reissue's comments");

    const rerun = await runReissue(
      { ...reissue(orderId), comments: 'Key rotation' },
      { ...env, GITHUB_RUN_ATTEMPT: '2' },
    );
    expect(rerun.code).toBe(0);
    expect(posts()).toHaveLength(1);
    expect(reissuesOf(orderId)).toHaveLength(1);
    expect(rerun.outputs['request-id']).toBe(first.outputs['request-id']);
    expect(rerun.stdout).toContain(
      `Order ${orderId} already has reissue request ${first.outputs['request-id']} (pending), which carries this run's reissue key ghr`,
    );
  });

  it('outside Actions, a reissue request for the same CSR on the order is reused', async () => {
    const orderId = await newOrder();
    expect((await runReissue(reissue(orderId))).code).toBe(0);
    const again = await runReissue(reissue(orderId));
    expect(again.code).toBe(0);
    expect(posts()).toHaveLength(1);
    expect(reissuesOf(orderId)).toHaveLength(1);
    expect(again.stdout).toContain('which is for this CSR: it is reused, and no reissue is sent.');
  });

  it('a pending reissue this run did not make is not replaced: the step fails, nothing is sent', async () => {
    const orderId = await newOrder();
    expect((await runReissue(reissue(orderId), actions())).code).toBe(0);
    const result = await runReissue({ ...reissue(orderId), csr: csrFixture('ec-p256') }, actions());
    expect(result.code).toBe(1);
    expect(posts()).toHaveLength(1);
    expect(errorOf(result)).toContain(
      `Order ${orderId} has a pending reissue (request ${reissuesOf(orderId)[0]?.id}) that this run did not make`,
    );
  });
});

describe('the overall deadline', () => {
  it('max-attempts × (request-timeout + the longest backoff) bounds the tries, checks and waits of an order', async () => {
    // The POST never answers and is never stored, so the checks after it find nothing.
    simulator.faults.add({ ...FAULTS.hangBeforeStore, ...ORDER_POST }, 5);
    const inputs: Record<string, string> = {
      'api-key': API_KEY,
      'base-url': simulator.url,
      ...ORDER,
      'alternative-order-id': 'deadlineKey',
      'max-attempts': '1',
      'request-timeout': '1',
    };
    const check = await readSettings((name) => inputs[name] ?? '');
    const host: Host = {
      info: () => {},
      warning: () => {},
      debug: () => {},
      setOutput: () => {},
      group: (_title, work) => work(),
      hints: ACTION_HINTS,
    };
    // 1 × (1 s + 0.2 s): the stated limit, with a backoff cap of 0.2 s instead of 30 s to keep the test short.
    const { result, ms } = await timed(
      execute(check.settings!, host, { retry: { maxDelayMs: 200 } }).then(
        () => 'succeeded',
        (error: Error) => error.message,
      ),
    );
    expect(result).toContain('no complete answer within 1 s (request-timeout)');
    expect(result).toContain('Running again is safe.');
    expect(ms).toBeLessThan(1_200 + 300);
    expect(posts()).toHaveLength(1);
  });
});
