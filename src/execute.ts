import { CertCentralClient } from './client.ts';
import type { Hints } from './hints.ts';
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
  /** Advice in the words of this host: action inputs or CLI flags. */
  readonly hints: Hints;
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
  const outputs = new Map<string, string>();
  const safe = withoutKey(host, settings.apiKey, outputs);
  // Each output is written once, with its last value, also when a later step failed.
  const writeOutputs = (): void => {
    for (const [name, value] of outputs) host.setOutput(name, redact(value, settings.apiKey));
    outputs.clear();
  };
  // A cancelled or timed-out job stops the step with a signal: the order ID known by then is still written.
  const interrupted = (signal: NodeJS.Signals): void => {
    writeOutputs();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    await carryOut(settings, safe, options);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    writeOutputs();
  }
}

async function carryOut(settings: Settings, host: Host, options: ExecuteOptions): Promise<void> {
  if (settings.operation === 'renew') return renew(settings, createClient(settings, host, options), host);
  const built = buildRequest(settings);
  const key = orderKey(settings, built, options.run ?? (() => undefined));
  const request = withOrderKey(built, key);
  if (settings.dryRun) {
    showDryRun(settings, request, host);
    return;
  }
  const sending = `${describe(settings)}: ${request.method} ${requestUrl(settings.baseUrl, request)}`;
  const client = createClient(settings, host, options);
  if (settings.operation === 'status') {
    host.info(sending);
    host.setOutput('order-id', String(settings.orderId));
    await pickUp(client, settings.orderId as number, settings.pickUp, host);
    return;
  }
  if (key) host.info(describeKey(key));
  const { outputs, previousCertificateId, found } = await submit(client, request, settings, key, host, sending);
  for (const [name, value] of Object.entries(outputs)) host.setOutput(name, value);
  // An order or reissue found by a check was described by the check.
  if (!found) host.info(describeResult(settings, outputs));
  if (settings.pickUp.waitForIssuance) {
    await pickUp(client, Number(outputs['order-id']), settings.pickUp, host, previousCertificateId);
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

/** What CertCentral made of the order or reissue, naming only what it answered. */
function describeResult(settings: Pick<Settings, 'operation'>, outputs: Readonly<Record<string, string>>): string {
  const request = outputs['request-id'] ? `request ${outputs['request-id']}` : '';
  const status = outputs['request-status'] ? ` ${outputs['request-status']}` : '';
  const certificate = outputs['certificate-id'] ? `certificate ${outputs['certificate-id']}` : '';
  const parts = [request && `${request}${status}`, certificate].filter(Boolean);
  const what =
    settings.operation === 'reissue'
      ? `Reissue of order ${outputs['order-id']} accepted`
      : `Order ${outputs['order-id']} placed`;
  return parts.length > 0 ? `${what}: ${parts.join(', ')}.` : `${what}.`;
}

/**
 * A host that redacts the key from everything it is given, whatever the caller forgot, and keeps
 * the outputs in `outputs` until the run ends.
 */
function withoutKey(host: Host, apiKey: string, outputs: Map<string, string>): Host {
  const clean = (text: string): string => redact(text, apiKey);
  return {
    info: (message) => host.info(clean(message)),
    warning: (message) => host.warning(clean(message)),
    debug: (message) => host.debug(clean(message)),
    setOutput: (name, value) => outputs.set(name, value),
    group: (title, work) => host.group(clean(title), work),
    hints: host.hints,
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
    ? `Looking up alternative_order_id ${key.value}, derived from this run, job, step and request, before ordering, so that a re-run of this job finds its order instead of ordering again.`
    : `Looking up alternative_order_id ${key.value} before ordering, so that an order that already carries it is reused.`;
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
