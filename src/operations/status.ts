/** operation status: reads an existing order, and picks its certificate up once issued. */
import { requestUrl } from '../certcentral/api-request.ts';
import type { StatusSettings } from '../inputs/settings.ts';
import type { Job } from './job.ts';
import { pickUp } from './pick-up.ts';
import { statusRequest } from './requests.ts';

export async function status(job: Job<StatusSettings>): Promise<void> {
  const { settings, host, client } = job;
  const request = statusRequest(settings);
  const what = `Reading order ${settings.orderId}`;
  host.info(`${what}: ${request.method} ${requestUrl(settings.baseUrl, request)}`);
  host.setOutput('order-id', String(settings.orderId));
  await pickUp(client, settings.orderId, settings.pickUp, host);
}
