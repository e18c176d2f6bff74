/**
 * HTTPS through the proxy that proxy-settings.ts finds, in a CONNECT tunnel, so TLS stays end to end and
 * NODE_EXTRA_CA_CERTS applies as usual.
 */
import { request as httpRequest, type Agent as HttpAgent, type ClientRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest, type AgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { proxyFor, type Environment } from './proxy-settings.ts';
import { timerMs } from '../common/timers.ts';

/** Why a proxy refused to open the tunnel; its message names the proxy's HTTP status. Nothing reached CertCentral. */
export class ProxyConnectError extends Error {
  readonly code = 'ERR_PROXY_CONNECT';

  constructor(message: string) {
    super(message);
    this.name = 'ProxyConnectError';
  }
}

/** How often a pending tunnel looks whether its request was aborted. */
const ABORT_CHECK_MS = 50;

/** The internals of http.Agent this class hooks into: each request, as it is given a connection. */
interface AgentInternals {
  addRequest(request: ClientRequest, options: object): void;
}

/**
 * An https.Agent that reaches each host through a CONNECT tunnel of the proxy. A tunnel request ends
 * when it opens, after `connectTimeoutMs` in all (a proxy that trickles bytes cannot keep it open), or
 * when its request is aborted; so no tunnel outlives the request it was opened for.
 */
export class TunnelAgent extends HttpsAgent {
  private readonly proxy: URL;
  private readonly connectTimeoutMs: number;
  /** The request createConnection is called for; Agent.addRequest calls it synchronously. */
  private requestInHand: ClientRequest | undefined;

  constructor(proxy: URL, connectTimeoutMs: number, options: AgentOptions = {}) {
    super({ keepAlive: false, ...options });
    this.proxy = proxy;
    this.connectTimeoutMs = connectTimeoutMs;
  }

  addRequest(request: ClientRequest, options: object): void {
    this.requestInHand = request;
    try {
      (HttpsAgent.prototype as unknown as AgentInternals).addRequest.call(this, request, options);
    } finally {
      this.requestInHand = undefined;
    }
  }

  override createConnection(
    options: ConnectionOptions & { host?: string; port?: number; servername?: string },
    callback: (error: Error | null, socket?: Duplex) => void,
  ): Duplex | undefined {
    const request = this.requestInHand;
    const authority = `${options.host}:${options.port ?? 443}`;
    const proxyPort = this.proxy.port || (this.proxy.protocol === 'https:' ? '443' : '80');
    const headers: Record<string, string> = { Host: authority };
    if (this.proxy.username || this.proxy.password) {
      const credentials = `${decodeURIComponent(this.proxy.username)}:${decodeURIComponent(this.proxy.password)}`;
      headers['Proxy-Authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    const send = this.proxy.protocol === 'https:' ? httpsRequest : httpRequest;
    const connect = send({
      host: this.proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxyPort,
      method: 'CONNECT',
      path: authority,
      headers,
      agent: false as unknown as HttpAgent,
    });
    const giveUp = (message: string) => (): void => {
      connect.destroy(new ProxyConnectError(`the proxy ${this.proxy.host} ${message} (tunnel to ${authority})`));
    };
    // Not an idle timeout: bytes trickling in do not extend it.
    const deadline = setTimeout(giveUp('did not open the tunnel in time'), timerMs(this.connectTimeoutMs));
    const onAbort = giveUp('was left: the request was aborted before the tunnel opened');
    // A request destroyed before it has a socket emits nothing (only abort() emits 'abort'), so it is looked at.
    request?.once('abort', onAbort);
    const watch = request
      ? setInterval(() => {
          if (request.destroyed) onAbort();
        }, ABORT_CHECK_MS).unref()
      : undefined;
    let done = false;
    const finish = (error: Error | null, socket?: Duplex): void => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      clearInterval(watch);
      request?.off('abort', onAbort);
      callback(error, socket);
    };
    connect.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        finish(
          new ProxyConnectError(
            `the proxy ${this.proxy.host} refused the tunnel to ${authority}: HTTP ${response.statusCode}`,
          ),
        );
        return;
      }
      const servername =
        options.servername || (options.host && !/^[\d.:]+$/.test(options.host) ? options.host : undefined);
      finish(null, tlsConnect({ ...options, socket, servername }));
    });
    connect.once('error', (error) => finish(error));
    connect.once('close', () =>
      finish(new ProxyConnectError(`the proxy ${this.proxy.host} closed the tunnel request to ${authority}`)),
    );
    connect.end();
    return undefined;
  }
}

/** The agent for requests to `target`: a tunnel through the configured proxy, or undefined to connect directly. */
export function agentFor(target: URL, env: Environment, connectTimeoutMs: number): HttpsAgent | undefined {
  if (target.protocol !== 'https:') return undefined;
  const proxy = proxyFor(target, env);
  return proxy ? new TunnelAgent(proxy, connectTimeoutMs) : undefined;
}
