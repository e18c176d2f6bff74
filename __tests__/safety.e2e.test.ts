/**
 * End to end: never buy twice, survive faults, keep the key secret. dist/index.js against the
 * simulator with injected faults, over loopback HTTP, HTTPS with a test CA, and a CONNECT proxy.
 */
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startConnectProxy, type ConnectProxy } from '../simulator/proxy.ts';
import { FAULTS } from '../simulator/faults.ts';
import { createTestCa, type TestCa } from '../simulator/test-ca.ts';
import { API_KEY, errorOf, runChecked, scanAllRunsForKeys, warningsOf } from './helpers/action.ts';
import { actions, ORDER, SHORT_REQUEST_TIMEOUT } from './helpers/github.ts';
import { CSR } from './helpers/seeds.ts';
import { startSimulator, type CertCentralSimulator } from '../simulator/server.ts';
import { useSimulator } from './helpers/simulator.ts';

const simulator = useSimulator({ apiKey: API_KEY });

function run(inputs: Record<string, string>, env: Record<string, string> = {}, base = simulator.url) {
  return runChecked({ 'base-url': base, ...ORDER, ...SHORT_REQUEST_TIMEOUT, ...inputs }, { env });
}

const posts = () => simulator.requests.filter((request) => request.method === 'POST');
const lookups = () => simulator.requests.filter((request) => request.path.startsWith('/order/alternate/'));
const keyOf = (body: unknown) => (body as { alternative_order_id?: string }).alternative_order_id;
const ordersWithKey = (key: string | undefined) =>
  [...simulator.orders.values()].filter((order) => key !== undefined && order.alternativeOrderId === key);

describe('idempotent orders', () => {
  it('in GitHub Actions: derives a key of at most 64 characters, looks it up, orders, then looks once more', async () => {
    const env = actions();
    const result = await run({}, env);
    expect(result.code).toBe(0);
    // The look-up after the order settles a race with a concurrent run (see "concurrent runs").
    expect(simulator.requests.map((request) => request.method)).toEqual(['GET', 'POST', 'GET']);
    const key = keyOf(posts()[0]?.body);
    expect(key).toMatch(new RegExp(`^gha${env.GITHUB_RUN_ID}x[0-9a-f]+$`));
    expect(key?.length).toBeLessThanOrEqual(64);
    expect(lookups()[0]?.path).toBe(`/order/alternate/${key}`);
    expect(result.stdout).toContain(`alternative_order_id ${key}, derived from this run, job, step and request`);
  });

  it('a re-run attempt of the same run finds the earlier order, sends no POST and sets its outputs', async () => {
    const first = await run({}, actions('5550001', '1'));
    simulator.forgetRequests();
    const rerun = await run({}, actions('5550001', '2'));
    expect(rerun.code).toBe(0);
    expect(posts()).toEqual([]);
    expect(rerun.outputs['order-id']).toBe(first.outputs['order-id']);
    expect(rerun.outputs['request-id']).toBe(first.outputs['request-id']);
    expect(rerun.outputs['request-status']).toBe('pending');
    expect(JSON.parse(rerun.outputs.response as string).id).toBe(Number(first.outputs['order-id']));
    expect(rerun.stdout).toContain(`Order ${first.outputs['order-id']} (needs_approval) already carries`);
    expect(rerun.stdout).toContain('it is reused, and no order is placed.');
  });

  it('another run, or another request in the same job, gets its own key and its own order', async () => {
    const env = actions();
    const a = await run({}, env);
    const b = await run({ 'validity-years': '2' }, env);
    const c = await run({}, actions());
    const ids = [a, b, c].map((result) => result.outputs['order-id']);
    expect(new Set(ids).size).toBe(3);
    expect(new Set(posts().map((post) => keyOf(post.body))).size).toBe(3);
  });

  it('idempotency: false sends no key and looks nothing up', async () => {
    const result = await run({ idempotency: 'false' }, actions());
    expect(result.code).toBe(0);
    expect(simulator.requests.map((request) => request.method)).toEqual(['POST']);
    expect(keyOf(posts()[0]?.body)).toBeUndefined();
  });

  it('outside GitHub Actions adds nothing and looks nothing up', async () => {
    const result = await run({});
    expect(result.code).toBe(0);
    expect(simulator.requests.map((request) => request.method)).toEqual(['POST']);
    expect(posts()[0]?.body).not.toHaveProperty('alternative_order_id');
  });

  it("the user's alternative-order-id is looked up and an order carrying it is reused, in or outside Actions", async () => {
    const first = await run({ 'alternative-order-id': 'release202611' });
    expect(first.code).toBe(0);
    expect(keyOf(posts()[0]?.body)).toBe('release202611');
    simulator.forgetRequests();
    const again = await run({ 'alternative-order-id': 'release202611' }, actions());
    expect(again.code).toBe(0);
    expect(posts()).toEqual([]);
    expect(again.outputs['order-id']).toBe(first.outputs['order-id']);
    expect(again.stdout).toContain('(from alternative-order-id): it is reused');
  });

  it('an order carrying the key that was rejected is not reused as a success, and nothing is ordered', async () => {
    const first = await run({ 'alternative-order-id': 'releaseRejected' });
    expect(first.code).toBe(0);
    simulator.setStatusFlow(Number(first.outputs['order-id']), { statuses: ['rejected'], every: { calls: 1 } });
    simulator.forgetRequests();
    const again = await run({ 'alternative-order-id': 'releaseRejected' });
    expect(again.code).toBe(1);
    expect(posts()).toEqual([]);
    expect(errorOf(again)).toBe(
      `Order ${first.outputs['order-id']} carries alternative_order_id releaseRejected (from alternative-order-id), and it is rejected: there is no certificate to hand over. To order anew, give another alternative-order-id, or run a new workflow run. Nothing was ordered now.`,
    );
    expect(again.outputs).toEqual({});
  });

  it('a dry run in Actions shows the derived key in the body it would send', async () => {
    const result = await run({ 'dry-run': 'true' }, actions('777'));
    expect(simulator.requests).toEqual([]);
    expect(JSON.parse(result.outputs['request-body'] as string).alternative_order_id).toMatch(/^gha777x/);
  });
});

describe('an order whose POST fate is unknown is sent again only when the look-up proves there is none', () => {
  const cases = [
    ['the connection is reset after the order was stored', FAULTS.resetAfterStore, 'reused'],
    ['the answer hangs after the order was stored', FAULTS.hangAfterStore, 'reused'],
    ['a gateway answers 502 after the order was stored', FAULTS.badGatewayAfterStore, 'reused'],
    ['the connection is reset before the order was stored', FAULTS.resetBeforeStore, 'sent again'],
    ['the request hangs before the order was stored', FAULTS.hangBeforeStore, 'sent again'],
    ['CertCentral answers 503 before storing the order', FAULTS.unavailable, 'sent again'],
  ] as const;

  for (const [name, fault, expected] of cases) {
    it(`${name}: ${expected}, one order`, async () => {
      simulator.faults.add({ ...fault, method: 'POST' });
      const result = await run({}, actions());
      expect(result.code).toBe(0);
      const key = keyOf(posts()[0]?.body);
      expect(ordersWithKey(key)).toHaveLength(1);
      expect(result.outputs['order-id']).toBe(String(ordersWithKey(key)[0]?.id));
      expect(posts()).toHaveLength(expected === 'reused' ? 1 : 2);
      // One look before the POST; after it, one at once, which finds a stored order, and for an absent one two
      // more after delays; after the order is placed, one more to settle a race with a concurrent run.
      expect(lookups()).toHaveLength(expected === 'reused' ? 2 : 5);
      expect(result.stdout).toContain(
        expected === 'reused' ? 'it is reused, and no order is placed.' : 'Sending it again (try 2 of 5).',
      );
    });
  }

  it('an order CertCentral stores only after the request timed out is found, not bought again', async () => {
    // request-timeout is 0.5 s; the order is stored 1.1 s after the POST arrived, after the first look at the
    // earliest and before the second at the latest.
    simulator.faults.add({ ...FAULTS.storeLate(1_100), method: 'POST' });
    const result = await run({}, actions());
    expect(result.code).toBe(0);
    expect(posts()).toHaveLength(1);
    const orders = ordersWithKey(keyOf(posts()[0]?.body));
    expect(orders).toHaveLength(1);
    expect(result.outputs['order-id']).toBe(String(orders[0]?.id));
    expect(result.stdout).toContain('it is reused, and no order is placed.');
  });

  it('without a key, a reset POST is not sent again: the step fails saying the order may exist', async () => {
    simulator.faults.add({ ...FAULTS.resetAfterStore, method: 'POST' });
    const before = simulator.orderCount;
    const result = await run({});
    expect(result.code).toBe(1);
    expect(posts()).toHaveLength(1);
    expect(simulator.orderCount).toBe(before + 1);
    expect(errorOf(result)).toMatch(
      /^POST \/order\/certificate\/client_authentication_plus to http:\/\/127\.0\.0\.1:\d+\/services\/v2\/order\/certificate\/client_authentication_plus failed: .*ECONNRESET.*\. The request was sent, so CertCentral may have carried out the order\. It was not sent again: the order carries no alternative_order_id to look it up by\. It may exist: check the orders in CertCentral before running again\./,
    );
    expect(result.outputs).toEqual({});
  });

  it('gives up after max-attempts, saying that no order exists and running again is safe', async () => {
    simulator.faults.add({ ...FAULTS.unavailable, method: 'POST' }, 3);
    const result = await run({ 'max-attempts': '2' }, actions());
    expect(result.code).toBe(1);
    expect(posts()).toHaveLength(2);
    expect(simulator.faults.waiting).toBe(1);
    expect(ordersWithKey(keyOf(posts()[0]?.body))).toEqual([]);
    expect(errorOf(result)).toMatch(
      /HTTP 503 Service Unavailable: \(empty body\) No order carries alternative_order_id gha\d+x[0-9a-f]+, so CertCentral did not create one\. Gave up after 2 tries \(max-attempts\)\. Running again is safe\.$/,
    );
    expect(result.outputs).toEqual({});
  });
});

describe('rate limits and unavailability', () => {
  it('a 429 storm is waited out as Retry-After says, without a key too, since nothing was done', async () => {
    simulator.faults.add({ ...FAULTS.rateLimited('1'), method: 'POST' }, 2);
    const started = Date.now();
    const result = await run({});
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(posts()).toHaveLength(3);
    // Retry-After, plus a random share of at least a second, so that pipelines sharing a key come back spread out.
    const waits = [
      ...result.stdout.matchAll(
        /HTTP 429 Too Many Requests: request_limit_exceeded: Too many requests\. Trying again in ([\d.]+) s \(rate limited (\d) times?\)/g,
      ),
    ];
    expect(waits.map((wait) => wait[2])).toEqual(['1', '2']);
    for (const wait of waits) expect(Number(wait[1])).toBeGreaterThanOrEqual(1);
  });

  it('a Retry-After beyond the overall time fails at once', async () => {
    simulator.faults.add({ ...FAULTS.rateLimited('120'), method: 'POST' });
    const result = await run({ 'max-attempts': '3', 'request-timeout': '1' });
    expect(result.code).toBe(1);
    expect(posts()).toHaveLength(1);
    expect(errorOf(result)).toContain(
      'CertCentral asked to wait 120 s (Retry-After); that would pass the overall time limit',
    );
  });

  it('a 503 burst on the look-up is retried with backoff', async () => {
    simulator.faults.add({ ...FAULTS.unavailable, method: 'GET' }, 2);
    const result = await run({}, actions());
    expect(result.code).toBe(0);
    // Three tries of the first look-up, and the one after the order.
    expect(lookups()).toHaveLength(4);
    expect(posts()).toHaveLength(1);
  });

  it('a look-up that keeps failing orders nothing', async () => {
    simulator.faults.add({ ...FAULTS.unavailable, method: 'GET' }, 2);
    const result = await run({ 'max-attempts': '2' }, actions());
    expect(result.code).toBe(1);
    expect(posts()).toEqual([]);
    expect(errorOf(result)).toContain(
      'Gave up after 2 tries (max-attempts). Nothing was sent to order: the action checks first.',
    );
  });
});

describe('a reissue whose fate is unknown is sent again only when order info shows no new request', () => {
  async function newOrder(): Promise<string> {
    const result = await run({});
    simulator.forgetRequests();
    return result.outputs['order-id'] as string;
  }
  // Only the inputs a reissue takes: the order's other inputs would be refused.
  const reissue = (orderId: string) => ({ operation: 'reissue', 'order-id': orderId, csr: CSR });
  const runReissue = (inputs: Record<string, string>) =>
    runChecked({ 'base-url': simulator.url, 'common-name': ORDER['common-name'], 'request-timeout': '0.5', ...inputs });

  it('reset after the reissue was made: found at once, a success with its request, not sent again', async () => {
    const orderId = await newOrder();
    simulator.faults.add({ ...FAULTS.resetAfterStore, method: 'POST' });
    const started = Date.now();
    const result = await runReissue(reissue(orderId));
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(posts()).toHaveLength(1);
    const requests = simulator.orders.get(Number(orderId))?.requests ?? [];
    expect(requests.filter((request) => request.type === 'reissue')).toHaveLength(1);
    expect(result.outputs['order-id']).toBe(orderId);
    expect(result.outputs['request-id']).toBe(String(requests[1]?.id));
    expect(result.outputs['request-status']).toBe('pending');
    expect(result.stdout).toContain(
      `Order ${orderId} now has request ${requests[1]?.id} (reissue, pending), which it did not have before: the reissue was made, so it was not sent again.`,
    );
  });

  it('reset before the reissue was made: sent again, one reissue', async () => {
    const orderId = await newOrder();
    simulator.faults.add({ ...FAULTS.resetBeforeStore, method: 'POST' });
    const result = await runReissue(reissue(orderId));
    expect(result.code).toBe(0);
    expect(posts()).toHaveLength(2);
    const requests = simulator.orders.get(Number(orderId))?.requests ?? [];
    expect(requests.filter((request) => request.type === 'reissue')).toHaveLength(1);
    expect(result.outputs['request-id']).toBe(String(requests[1]?.id));
    expect(result.stdout).toContain('has no new request and the same certificate, so CertCentral did not reissue it.');
  });

  it('a skip-approval reissue shows up as a new certificate, a success with its id', async () => {
    const orderId = await newOrder();
    simulator.faults.add({ ...FAULTS.hangAfterStore, method: 'POST' });
    const result = await runReissue({ ...reissue(orderId), 'skip-approval': 'true' });
    expect(result.code).toBe(0);
    expect(posts()).toHaveLength(1);
    const order = simulator.orders.get(Number(orderId));
    expect(result.outputs['certificate-id']).toBe(String(order?.certificateId));
    expect(result.stdout).toMatch(/now has request \d+ \(reissue, approved\) and certificate \d+ instead of none/);
  });
});

describe('malformed 2xx answers: the order is looked up at once and reported, not lost', () => {
  const bodies = [
    [
      'HTML',
      200,
      '<html><body>Welcome to the proxy</body></html>',
      'text/html',
      'HTTP 200 OK with a body that is not JSON',
    ],
    ['an empty body', 201, '', 'application/json', 'HTTP 201 without an order ID'],
    [
      'truncated JSON',
      201,
      '{"id": 112',
      'application/json',
      'HTTP 201 Created with a body that is not JSON: "{"id": 112"',
    ],
    ['no id', 201, '{"requests": [{"id": 1}]}', 'application/json', 'HTTP 201 without an order ID'],
  ] as const;

  for (const [name, status, body, contentType, message] of bodies) {
    it(`${name}: the order found by its key gives the outputs; a re-run attempt reuses it`, async () => {
      simulator.faults.add({ ...FAULTS.malformedAfterStore(status, body, contentType), method: 'POST' });
      const env = actions();
      const started = Date.now();
      const result = await run({}, env);
      expect(result.code).toBe(0);
      expect(Date.now() - started).toBeLessThan(2_000);
      const orders = ordersWithKey(keyOf(posts()[0]?.body));
      expect(orders).toHaveLength(1);
      expect(result.outputs['order-id']).toBe(String(orders[0]?.id));
      expect(result.outputs['request-id']).toBe(String(orders[0]?.requests[0]?.id));
      expect(result.stdout).toContain(message);
      expect(result.stdout).toContain('it is reused, and no order is placed.');
      expect(posts()).toHaveLength(1);

      const rerun = await run({}, { ...env, GITHUB_RUN_ATTEMPT: '2' });
      expect(rerun.code).toBe(0);
      expect(rerun.outputs['order-id']).toBe(result.outputs['order-id']);
      expect(posts()).toHaveLength(1);
    });
  }

  it('an unreadable 2xx whose order cannot be found is not sent again: the step fails saying how to check', async () => {
    // A 2xx that did nothing: a broken gateway, say.
    simulator.faults.add({
      when: 'before',
      method: 'POST',
      effect: { kind: 'answer', status: 201, body: '<html>OK</html>', contentType: 'text/html' },
    });
    const result = await run({}, actions());
    expect(result.code).toBe(1);
    expect(posts()).toHaveLength(1);
    // At once, then twice after delays.
    expect(lookups()).toHaveLength(4);
    expect(errorOf(result)).toMatch(
      /HTTP 201 Created with a body that is not JSON: "<html>OK<\/html>" CertCentral may have carried out the order\. Check with GET \/order\/alternate\/gha\d+x[0-9a-f]+ before ordering again/,
    );
    expect(result.outputs).toEqual({});
  });

  it('an unreadable look-up answer orders nothing', async () => {
    simulator.faults.add({ ...FAULTS.malformedAfterStore(200, '<html>login</html>', 'text/html'), method: 'GET' });
    const result = await run({}, actions());
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain(
      'CertCentral answered HTTP 200 OK with a body that is not JSON: "<html>login</html>"',
    );
    expect(posts()).toEqual([]);
  });

  it('echoed keys are scrubbed from retry notes, errors and outputs', async () => {
    const echo = (status: number, body: unknown) =>
      ({ when: 'before', method: 'POST', effect: { kind: 'answer', status, body: JSON.stringify(body) } }) as const;
    simulator.faults.add(echo(503, { errors: [{ code: 'busy', message: `key ${API_KEY} is busy` }] }));
    simulator.faults.add(echo(201, { id: 1, echo: API_KEY, encoded: encodeURIComponent(API_KEY) }));
    const result = await run({}, actions());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('busy: key *** is busy');
    expect(result.outputs.response).toBe('{"id":1,"echo":"***","encoded":"***"}');
  });
});

describe('TLS with a test CA, and an HTTPS proxy', () => {
  let ca: TestCa;
  let tlsSimulator: CertCentralSimulator;
  let hiddenSimulator: CertCentralSimulator;
  let proxy: ConnectProxy;
  let lockedProxy: ConnectProxy;

  beforeAll(async () => {
    ca = createTestCa(['certcentral.test', 'localhost']);
    tlsSimulator = await startSimulator({ apiKey: API_KEY, tls: ca, hostname: 'localhost' });
    // Reachable only through the proxy: certcentral.test does not resolve.
    hiddenSimulator = await startSimulator({ apiKey: API_KEY, tls: ca, hostname: 'certcentral.test' });
    proxy = await startConnectProxy({ hosts: ['certcentral.test'] });
    lockedProxy = await startConnectProxy({ hosts: ['certcentral.test'], credentials: 'builder:s3cret/pass' });
  });

  afterAll(async () => {
    await Promise.all([tlsSimulator.close(), hiddenSimulator.close(), proxy.close(), lockedProxy.close()]);
    ca.remove();
  });

  beforeEach(() => {
    proxy.tunnels.length = 0;
    lockedProxy.tunnels.length = 0;
  });

  it('an untrusted certificate fails at once, pointing at NODE_EXTRA_CA_CERTS', async () => {
    const result = await run({}, {}, tlsSimulator.url);
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain("The server's certificate is not trusted.");
    expect(errorOf(result)).toContain('NODE_EXTRA_CA_CERTS');
    expect(result.stdout).not.toContain('Trying again');
    expect(tlsSimulator.requests).toEqual([]);
  });

  it('the CA in NODE_EXTRA_CA_CERTS is trusted', async () => {
    const result = await run({}, { NODE_EXTRA_CA_CERTS: ca.caFile }, tlsSimulator.url);
    expect(result.code).toBe(0);
    expect(tlsSimulator.requests).toHaveLength(1);
  });

  it('HTTPS_PROXY: every request goes through a CONNECT tunnel, TLS end to end', async () => {
    hiddenSimulator.forgetRequests();
    const result = await run(
      {},
      { ...actions(), HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: ca.caFile },
      hiddenSimulator.url,
    );
    expect(result.code).toBe(0);
    expect(hiddenSimulator.requests.map((request) => request.method)).toEqual(['GET', 'POST', 'GET']);
    const port = new URL(hiddenSimulator.url).port;
    expect(proxy.tunnels.map((tunnel) => tunnel.authority)).toEqual([
      `certcentral.test:${port}`,
      `certcentral.test:${port}`,
      `certcentral.test:${port}`,
    ]);
  });

  it('https_proxy (lower case) wins over HTTPS_PROXY, as on the runner', async () => {
    const result = await run(
      {},
      { https_proxy: proxy.url, HTTPS_PROXY: 'http://127.0.0.1:9', NODE_EXTRA_CA_CERTS: ca.caFile },
      hiddenSimulator.url,
    );
    expect(result.code).toBe(0);
    expect(proxy.tunnels).toHaveLength(1);
  });

  it('proxy credentials in the URL are sent as Proxy-Authorization and printed nowhere', async () => {
    const proxyUrl = lockedProxy.url.replace('http://', 'http://builder:s3cret%2Fpass@');
    const result = await run({}, { HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: ca.caFile }, hiddenSimulator.url);
    expect(result.code).toBe(0);
    expect(lockedProxy.tunnels[0]?.proxyAuthorization).toBe(
      `Basic ${Buffer.from('builder:s3cret/pass').toString('base64')}`,
    );
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/s3cret/);
  });

  it('a proxy that refuses the tunnel fails clearly, without retries', async () => {
    const result = await run({}, { HTTPS_PROXY: lockedProxy.url, NODE_EXTRA_CA_CERTS: ca.caFile }, hiddenSimulator.url);
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain(
      `refused the tunnel to certcentral.test:${new URL(hiddenSimulator.url).port}: HTTP 407`,
    );
    expect(errorOf(result)).toContain('Check HTTPS_PROXY and NO_PROXY.');
    expect(lockedProxy.tunnels).toHaveLength(1);
  });

  it('a proxy that never answers the tunnel request does not keep the step running', async () => {
    const sockets: Socket[] = [];
    // Accepts the connection and says nothing.
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const proxyUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const started = Date.now();
      const result = await run(
        { 'max-attempts': '1', 'request-timeout': '1' },
        { HTTPS_PROXY: proxyUrl },
        hiddenSimulator.url,
      );
      expect(result.code).toBe(1);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(errorOf(result)).toContain('no complete answer within 1 s (request-timeout)');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('NO_PROXY bypasses the proxy; loopback always does', async () => {
    const bypassed = await run(
      { 'max-attempts': '1' },
      { HTTPS_PROXY: proxy.url, NO_PROXY: 'example.org,.test', NODE_EXTRA_CA_CERTS: ca.caFile },
      hiddenSimulator.url,
    );
    expect(bypassed.code).toBe(1);
    expect(errorOf(bypassed)).toContain('ENOTFOUND');
    const loopback = await run({}, { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: ca.caFile }, tlsSimulator.url);
    expect(loopback.code).toBe(0);
    expect(proxy.tunnels).toEqual([]);
  });
});

describe('the key', () => {
  it('warns about nothing it should not', async () => {
    const result = await run({}, actions());
    expect(warningsOf(result)).toEqual([]);
  });

  // Runs last in this file: vitest runs a file's tests in order.
  it('is in nothing any run of this file printed (debug lines included) or set as output or summary', () => {
    const scan = scanAllRunsForKeys();
    expect(scan.runs).toBeGreaterThan(30);
    expect(scan.leaks).toEqual([]);
  });
});
