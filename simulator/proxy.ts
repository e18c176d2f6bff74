/**
 * An HTTP CONNECT proxy on loopback, like a company's HTTPS proxy. It records each tunnel, can ask
 * for credentials, and connects only to loopback: `hosts` maps the names it is asked for to it.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export interface ProxyOptions {
  /** Host names the proxy resolves to 127.0.0.1. */
  readonly hosts?: readonly string[];
  /** `user:password` the proxy requires in Proxy-Authorization. */
  readonly credentials?: string;
  /**
   * A hostile or broken proxy: it answers every CONNECT with a header line that never ends, one byte
   * every this many milliseconds, so the tunnel never opens and is never idle.
   */
  readonly trickleMs?: number;
}

export interface Tunnel {
  readonly authority: string;
  readonly proxyAuthorization: string | undefined;
}

export interface ConnectProxy {
  /** http://127.0.0.1:port */
  readonly url: string;
  readonly tunnels: Tunnel[];
  close(): Promise<void>;
}

export async function startConnectProxy(options: ProxyOptions = {}): Promise<ConnectProxy> {
  const tunnels: Tunnel[] = [];
  const sockets = new Set<Duplex>();
  const server = createServer((_request, response) => {
    response.writeHead(405, { 'Content-Type': 'text/plain' });
    response.end('This proxy only opens CONNECT tunnels.');
  });
  server.on('connect', (request: IncomingMessage, client: Duplex, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const authority = request.url ?? '';
    const proxyAuthorization = request.headers['proxy-authorization'];
    tunnels.push({ authority, proxyAuthorization });
    if (options.trickleMs !== undefined) {
      client.write('HTTP/1.1 200 Connection Established\r\nX-Trickle: ');
      const timer = setInterval(() => client.write('.'), options.trickleMs);
      client.on('close', () => clearInterval(timer));
      return;
    }
    const expected = options.credentials && `Basic ${Buffer.from(options.credentials).toString('base64')}`;
    if (expected && proxyAuthorization !== expected) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\nContent-Length: 0\r\n\r\n',
      );
      return;
    }
    const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(authority);
    const host = match?.[1]?.toLowerCase() ?? '';
    const loopback = host === 'localhost' || host.startsWith('127.') || (options.hosts ?? []).includes(host);
    if (!match || !loopback) {
      client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream: Socket = connect(Number(match[2]), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n'));
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
