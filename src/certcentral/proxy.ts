/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY, read the way the Actions runner's own HTTP client reads them
 * (@actions/http-client): lower case first, loopback never proxied, NO_PROXY entries matched as host,
 * host:port, domain suffix or `*`. HTTPS goes through the proxy in a CONNECT tunnel, so TLS stays end
 * to end and NODE_EXTRA_CA_CERTS applies as usual.
 */
import { request as httpRequest, type Agent as HttpAgent, type ClientRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest, type AgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { isLoopbackHost } from '../common/parse.ts';
import { timerMs } from '../common/timers.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The proxy a request to `target` goes through, or undefined to connect directly. */
export function proxyFor(target: URL, env: Environment): URL | undefined {
  if (bypassesProxy(target, env)) return undefined;
  const value = target.protocol === 'https:' ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY;
  if (!value) return undefined;
  // `proxy.corp:8080` would parse as a URL with the scheme `proxy.corp:`; it means http.
  try {
    return new URL(/^https?:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    // Not quoted: it may hold credentials.
    const names = target.protocol === 'https:' ? 'https_proxy or HTTPS_PROXY' : 'http_proxy or HTTP_PROXY';
    throw new Error(`${names} is set but is not a URL such as http://proxy.example:3128.`);
  }
}

export function bypassesProxy(target: URL, env: Environment): boolean {
  const host = target.hostname.toLowerCase();
  if (isLoopbackHost(host)) return true;
  const noProxy = env.no_proxy || env.NO_PROXY || '';
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  const names = [host.toUpperCase(), `${host.toUpperCase()}:${port}`];
  return noProxy
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter((entry) => entry !== '')
    .some(
      (entry) =>
        entry === '*' ||
        names.some(
          (name) => name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry)),
        ),
    );
}

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
