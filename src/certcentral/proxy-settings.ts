/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY, read the way the Actions runner's own HTTP client reads them
 * (@actions/http-client): lower case first, loopback never proxied, NO_PROXY entries matched as host,
 * host:port, domain suffix or `*`. Read before any request (execute.ts), without loading Node's HTTP modules.
 */
import { isLoopbackHost } from '../common/parse.ts';
import { Failure } from '../common/failure.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

/** A proxy variable that cannot be used: found before any request, so nothing was sent. */
export class ProxySettingError extends Failure {
  constructor(message: string) {
    super('invalid-proxy', `${message} Nothing was sent to CertCentral.`);
    this.name = 'ProxySettingError';
  }
}

/**
 * The proxy a request to `target` goes through, or undefined to connect directly. Throws ProxySettingError, naming
 * the variable, when the one that applies is not a URL or its credentials are not valid %-escapes; its value is not
 * quoted, as it may hold credentials.
 */
export function proxyFor(target: URL, env: Environment): URL | undefined {
  if (bypassesProxy(target, env)) return undefined;
  const names = target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
  const name = names.find((candidate) => env[candidate]);
  const value = name ? (env[name] as string) : '';
  if (!name) return undefined;
  let proxy: URL;
  try {
    // `proxy.corp:8080` would parse as a URL with the scheme `proxy.corp:`; it means http.
    proxy = new URL(/^https?:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    throw new ProxySettingError(`${name} is set but is not a URL such as http://proxy.example:3128.`);
  }
  try {
    decodeURIComponent(proxy.username);
    decodeURIComponent(proxy.password);
  } catch {
    throw new ProxySettingError(
      `${name} holds a user name or password with a % that does not start a valid %-escape (such as %40 for @). Write % itself as %25.`,
    );
  }
  return proxy;
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
