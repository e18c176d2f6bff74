import { CertCentralClient } from './client.ts';
import { orderKey, submit, withOrderKey, type OrderKey, type RunContext } from './idempotency.ts';
import type { Settings } from './inputs.ts';
import { pickUp } from './pick-up.ts';
import type { Environment } from './proxy.ts';
import { renew } from './renew.ts';
import { buildRequest, requestUrl, type ApiRequest } from './request.ts';
import { RetryPolicy, type RetryOptions } from './retry.ts';
import { redact } from './secrets.ts';

/**
 * Where the core reports to: the GitHub Actions runner (main.ts) or a terminal.
 * Everything passed here is already free of the API key.
 */
export interface Host {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  setOutput(name: string, value: string): void;
  /** Runs the work with its log lines folded under the title. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
}

export interface ExecuteOptions {
  /** Where the proxy settings are read; process.env by default. */
  readonly env?: Environment;
  /** The GitHub Actions job this runs in, read only when an order key is derived; none by default. */
  readonly run?: () => RunContext | undefined;
  /** Overrides of the retry timing, for tests and scripts. */
  readonly retry?: Partial<RetryOptions>;
}

/**
 * Sends the order or reissue the settings describe (or, in a dry run, only shows it) and sets the
 * outputs; then, when asked to wait or for operation status, picks the order up.
 */
export async function execute(settings: Settings, host: Host, options: ExecuteOptions = {}): Promise<void> {
  const safe = withoutKey(host, settings.apiKey);
  if (settings.operation === 'renew') return renew(settings, createClient(settings, safe, options), safe);
  const built = buildRequest(settings);
  const key = orderKey(settings, built, options.run ?? (() => undefined));
  const request = withOrderKey(built, key);
  if (settings.dryRun) {
    showDryRun(settings, request, safe);
    return;
  }
  safe.info(`${describe(settings)}: ${request.method} ${requestUrl(settings.baseUrl, request)}`);
  if (key) safe.info(describeKey(key));
  const client = createClient(settings, safe, options);
  if (settings.operation === 'status') {
    safe.setOutput('order-id', String(settings.orderId));
    await pickUp(client, settings.orderId as number, settings.pickUp, safe);
    return;
  }
  const { outputs, previousCertificateId } = await submit(client, request, settings, key, safe);
  for (const [name, value] of Object.entries(outputs)) safe.setOutput(name, value);
  const certificate = outputs['certificate-id'] ? `, certificate ${outputs['certificate-id']}` : '';
  safe.info(
    `Order ${outputs['order-id']}: request ${outputs['request-id'] || '(none)'} ${outputs['request-status']}${certificate}`,
  );
  if (settings.pickUp.waitForIssuance) {
    await pickUp(client, Number(outputs['order-id']), settings.pickUp, safe, previousCertificateId);
  }
}

function createClient(settings: Settings, host: Host, options: ExecuteOptions): CertCentralClient {
  const retry = new RetryPolicy({
    maxAttempts: settings.safety.maxAttempts,
    requestTimeoutMs: settings.safety.requestTimeoutSeconds * 1_000,
    ...options.retry,
  });
  return new CertCentralClient({
    baseUrl: settings.baseUrl,
    apiKey: settings.apiKey,
    debug: host.debug,
    info: host.info,
    retry,
    env: options.env ?? process.env,
  });
}

/** A host that redacts the key from everything it is given, whatever the caller forgot. */
function withoutKey(host: Host, apiKey: string): Host {
  const clean = (text: string): string => redact(text, apiKey);
  return {
    info: (message) => host.info(clean(message)),
    warning: (message) => host.warning(clean(message)),
    debug: (message) => host.debug(clean(message)),
    setOutput: (name, value) => host.setOutput(name, clean(value)),
    group: (title, work) => host.group(clean(title), work),
  };
}

function describe(settings: Settings): string {
  if (settings.operation === 'status') return `Reading order ${settings.orderId}`;
  return settings.operation === 'reissue' ? `Reissuing order ${settings.orderId}` : `Ordering ${settings.product}`;
}

function describeKey(key: OrderKey): string {
  if (key.reissue) {
    return `Reissue key ${key.value}, derived from this run, job, step, order ID and CSR, added to the reissue's comments: the order's requests are checked first, so a re-run of this job finds this reissue instead of reissuing again.`;
  }
  return key.derived
    ? `alternative_order_id ${key.value}, derived from this run, job, step and request: looked up first, so a re-run of this job finds this order instead of ordering again.`
    : `alternative_order_id ${key.value}: looked up first, so an order that already carries it is reused.`;
}

function showDryRun(settings: Settings, request: ApiRequest, host: Host): void {
  const url = requestUrl(settings.baseUrl, request);
  host.info(`Dry run: ${describe(settings)}; nothing is sent.`);
  host.info(`${request.method} ${url}`);
  host.info('X-DC-DEVKEY: ***');
  if (request.body) host.info(JSON.stringify(request.body, null, 2));
  host.setOutput('request-method', request.method);
  host.setOutput('request-url', url);
  host.setOutput('request-body', request.body ? JSON.stringify(request.body) : '');
}
