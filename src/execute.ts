import { CertCentralClient } from './client.ts';
import type { Settings } from './inputs.ts';
import { resultOutputs } from './outputs.ts';
import { pickUp } from './pick-up.ts';
import { buildRequest, requestUrl, type ApiRequest } from './request.ts';
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

/**
 * Sends the order or reissue the settings describe (or, in a dry run, only shows it) and sets the
 * outputs; then, when asked to wait or for operation status, picks the order up.
 */
export async function execute(settings: Settings, host: Host): Promise<void> {
  const safe = withoutKey(host, settings.apiKey);
  const request = buildRequest(settings);
  if (settings.dryRun) {
    showDryRun(settings, request, safe);
    return;
  }
  safe.info(`${describe(settings)}: ${request.method} ${requestUrl(settings.baseUrl, request)}`);
  const client = new CertCentralClient({ baseUrl: settings.baseUrl, apiKey: settings.apiKey, debug: safe.debug });
  if (settings.operation === 'status') {
    safe.setOutput('order-id', String(settings.orderId));
    await pickUp(client, settings.orderId as number, settings.pickUp, safe);
    return;
  }
  const outputs = resultOutputs(await client.send(request), `${request.method} ${request.path}`);
  for (const [name, value] of Object.entries(outputs)) safe.setOutput(name, value);
  const certificate = outputs['certificate-id'] ? `, certificate ${outputs['certificate-id']}` : '';
  safe.info(
    `Order ${outputs['order-id']}: request ${outputs['request-id'] || '(none)'} ${outputs['request-status']}${certificate}`,
  );
  if (settings.pickUp.waitForIssuance) await pickUp(client, Number(outputs['order-id']), settings.pickUp, safe);
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
