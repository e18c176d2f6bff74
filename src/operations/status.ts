/** operation status: reads an existing order, and picks its certificate up once issued. */
import { requestUrl, type ApiRequest } from '../certcentral/api-request.ts';
import type { StatusSettings } from '../inputs/settings.ts';
import { showDryRun } from './dry-run.ts';
import type { Job } from './job.ts';
import { pickUp } from './pick-up.ts';

/** GET /order/certificate/{order_id}: the order info. */
export function statusRequest(settings: StatusSettings): ApiRequest {
  return { method: 'GET', path: `/order/certificate/${settings.orderId}` };
}

export async function status(job: Job<StatusSettings>): Promise<void> {
  const { settings, host, client } = job;
  const request = statusRequest(settings);
  const what = `Reading order ${settings.orderId}`;
  if (settings.dryRun) return showDryRun(job, request, `${what}; nothing is sent.`);
  host.info(`${what}: ${request.method} ${requestUrl(settings.baseUrl, request)}`);
  host.setOutput('order-id', String(settings.orderId));
  await pickUp(client, settings.orderId, settings.pickUp, host);
}
