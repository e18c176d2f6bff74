/**
 * No process outlives its failure: in every fault scenario of the simulator (faults.ts) and of a proxy
 * (a silent one, one that refuses, one that trickles bytes, and a tunnel whose request hangs), dist/index.js
 * exits within 2 s of printing its `::error` line.
 */
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAULTS, type Fault } from '../simulator/faults.ts';
import { startConnectProxy, type ConnectProxy } from '../simulator/proxy.ts';
import { startSimulator, type CertCentralSimulator } from '../simulator/server.ts';
import { useSimulator } from './helpers/simulator.ts';
import { createTestCa, type TestCa } from '../simulator/test-ca.ts';
import { API_KEY } from './helpers/action.ts';
import { runTimed, type TimedRun } from './helpers/exit-timing.ts';

const EXIT_AFTER_ERROR_MS = 2_000;
/** A run still alive after this is killed; far above the slowest scenario's failure (about 1 s). */
const CAP_MS = 10_000;

const ORDER = {
  'api-key': API_KEY,
  product: 'client_authentication_plus',
  'organization-id': '112233',
  'validity-years': '1',
  'common-name': 'Build Robot',
  emails: 'robot@example.com',
  // Fail at the first fault: no key to look up, one try, a short timeout.
  idempotency: 'false',
  'max-attempts': '1',
  'request-timeout': '0.5',
};

function expectPromptExit(run: TimedRun): void {
  expect(run.code, run.stdout).toBe(1);
  expect(run.killed).toBe(false);
  expect(run.errorAtMs, 'an ::error line').toBeDefined();
  expect(run.exitAtMs - (run.errorAtMs as number)).toBeLessThan(EXIT_AFTER_ERROR_MS);
}

const simulator = useSimulator({ apiKey: API_KEY });
let ca: TestCa;
let hidden: CertCentralSimulator;

beforeAll(async () => {
  ca = createTestCa(['certcentral.test']);
  // Reachable only through a proxy: certcentral.test does not resolve.
  hidden = await startSimulator({ apiKey: API_KEY, tls: ca, hostname: 'certcentral.test' });
});

afterAll(async () => {
  await hidden.close();
  ca.remove();
});

beforeEach(() => hidden.reset());

describe('every fault of the simulator', () => {
  const faults: [string, Fault][] = [
    ['reset after storing', FAULTS.resetAfterStore],
    ['reset before storing', FAULTS.resetBeforeStore],
    ['hang after storing', FAULTS.hangAfterStore],
    ['hang before storing', FAULTS.hangBeforeStore],
    ['stored late', FAULTS.storeLate(60_000)],
    ['429 with a long Retry-After', FAULTS.rateLimited('120')],
    ['503', FAULTS.unavailable],
    ['502 after storing', FAULTS.badGatewayAfterStore],
    ['a 201 that is not JSON', FAULTS.malformedAfterStore(201, '{"id": 112')],
  ];
  for (const [name, fault] of faults) {
    it(`${name}, on the order`, async () => {
      simulator.faults.add({ ...fault, method: 'POST' });
      expectPromptExit(await runTimed({ ...ORDER, 'base-url': simulator.url }, {}, CAP_MS));
    });
  }

  it('a hang on the order read of operation status', async () => {
    simulator.faults.add({ ...FAULTS.hangBeforeStore, method: 'GET' });
    const inputs = {
      'api-key': API_KEY,
      operation: 'status',
      'order-id': '1',
      'max-attempts': '1',
      'request-timeout': '0.5',
    };
    expectPromptExit(await runTimed({ ...inputs, 'base-url': simulator.url }, {}, CAP_MS));
  });
});

describe('every fault of a proxy', () => {
  const through = (proxyUrl: string) => ({ HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: ca.caFile });

  async function withProxy(
    options: Parameters<typeof startConnectProxy>[0],
    work: (proxy: ConnectProxy) => Promise<void>,
  ) {
    const proxy = await startConnectProxy({ hosts: ['certcentral.test'], ...options });
    try {
      await work(proxy);
    } finally {
      await proxy.close();
    }
  }

  it('a proxy that trickles bytes in answer to CONNECT, and never opens the tunnel', async () => {
    await withProxy({ trickleMs: 50 }, async (proxy) => {
      const run = await runTimed({ ...ORDER, 'base-url': hidden.url }, through(proxy.url), CAP_MS);
      expectPromptExit(run);
      expect(proxy.tunnels).toHaveLength(1);
    });
  });

  it('a proxy that accepts the connection and says nothing', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const proxyUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      expectPromptExit(await runTimed({ ...ORDER, 'base-url': hidden.url }, through(proxyUrl), CAP_MS));
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('a proxy that refuses the tunnel', async () => {
    await withProxy({ credentials: 'user:password' }, async (proxy) => {
      expectPromptExit(await runTimed({ ...ORDER, 'base-url': hidden.url }, through(proxy.url), CAP_MS));
    });
  });

  it('an open tunnel whose request hangs after storing', async () => {
    await withProxy({}, async (proxy) => {
      hidden.faults.add({ ...FAULTS.hangAfterStore, method: 'POST' });
      const run = await runTimed({ ...ORDER, 'base-url': hidden.url }, through(proxy.url), CAP_MS);
      expectPromptExit(run);
      expect(proxy.tunnels).toHaveLength(1);
    });
  });
});
