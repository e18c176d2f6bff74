/**
 * A dry run of an order, reissue or status: says what would be sent, with the key hidden, and sets the request-*
 * outputs; sends nothing. It needs no client, so the run loads none (operation renew reads the order first, and
 * shows its own dry run).
 */
import { requestUrl, type ApiRequest } from '../certcentral/api-request.ts';
import type { OrderSettings, ReissueSettings, StatusSettings } from '../inputs/settings.ts';
import type { RunContext } from '../never-twice/keys.ts';
import { defaultMethodNote } from '../rules/validate.ts';
import type { Host } from './job.ts';
import { orderRequest, reissueRequest, statusRequest } from './requests.ts';

/** The settings of the operations whose dry run sends nothing at all. */
export type DryRunSettings = OrderSettings | ReissueSettings | StatusSettings;

export function dryRun(settings: DryRunSettings, host: Host, run: () => RunContext | undefined): void {
  if (settings.operation === 'order') {
    const note = defaultMethodNote(settings.product, settings.fields);
    if (note) host.info(note);
    const what = `Ordering ${settings.product}; nothing is sent.`;
    return showDryRun(settings.baseUrl, host, orderRequest(settings, run).request, what);
  }
  if (settings.operation === 'reissue') {
    const what = `Reissuing order ${settings.orderId}; nothing is sent.`;
    return showDryRun(settings.baseUrl, host, reissueRequest(settings, run).request, what);
  }
  showDryRun(settings.baseUrl, host, statusRequest(settings), `Reading order ${settings.orderId}; nothing is sent.`);
}

/** Shows the request, with the key hidden, and sets the request-* outputs; `what` says what happens instead. */
export function showDryRun(baseUrl: string, host: Host, request: ApiRequest, what: string): void {
  const url = requestUrl(baseUrl, request);
  host.info(`Dry run: ${what}`);
  host.info(`${request.method} ${url}`);
  host.info('X-DC-DEVKEY: ***');
  if (request.body) host.info(JSON.stringify(request.body, null, 2));
  host.setOutput('request-method', request.method);
  host.setOutput('request-url', url);
  host.setOutput('request-body', request.body ? JSON.stringify(request.body) : '');
}
