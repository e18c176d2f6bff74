/** TunnelAgent against a proxy that trickles bytes: an overall deadline, and an abort that closes the tunnel. */
import { request } from 'node:https';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TunnelAgent } from '../src/certcentral/proxy.ts';

/** A proxy that answers CONNECT with a header that never ends, a byte every 20 ms; it notes when a client leaves. */
let trickler: Server;
let proxyUrl: URL;
const closed: number[] = [];
const sockets = new Set<Socket>();

beforeEach(async () => {
  closed.length = 0;
  trickler = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.once('data', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\nX-Trickle: ');
      const timer = setInterval(() => socket.write('.'), 20);
      socket.on('close', () => {
        clearInterval(timer);
        closed.push(performance.now());
        sockets.delete(socket);
      });
    });
  });
  await new Promise<void>((resolve) => trickler.listen(0, '127.0.0.1', resolve));
  proxyUrl = new URL(`http://127.0.0.1:${(trickler.address() as AddressInfo).port}`);
});

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => trickler.close(() => resolve()));
});

/** A GET through the agent; resolves with its error. */
function get(agent: TunnelAgent, signal?: AbortSignal): Promise<Error> {
  return new Promise((resolve) => {
    const sent = request('https://certcentral.test/services/v2/x', { agent, signal }, () =>
      resolve(new Error('answered')),
    );
    sent.on('error', resolve);
    sent.end();
  });
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (!condition() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
  return condition();
}

describe('TunnelAgent', () => {
  it('gives the tunnel up at its deadline although bytes keep coming, and closes it', async () => {
    const started = performance.now();
    const error = await get(new TunnelAgent(proxyUrl, 300));
    const elapsed = performance.now() - started;
    expect(error.message).toMatch(
      /^the proxy 127\.0\.0\.1:\d+ did not open the tunnel in time \(tunnel to certcentral\.test:443\)$/,
    );
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(2_000);
    expect(await until(() => closed.length === 1, 1_000)).toBe(true);
  });

  it('closes the tunnel request when its request is aborted, long before the deadline', async () => {
    const controller = new AbortController();
    const agent = new TunnelAgent(proxyUrl, 60_000);
    const result = get(agent, controller.signal);
    await until(() => sockets.size === 1, 1_000);
    const abortedAt = performance.now();
    controller.abort();
    expect(await result).toBeInstanceOf(Error);
    expect(await until(() => closed.length === 1, 1_000)).toBe(true);
    expect((closed[0] as number) - abortedAt).toBeLessThan(1_000);
  });
});
