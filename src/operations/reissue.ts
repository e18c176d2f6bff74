/** operation reissue: a new certificate on an existing order, from a new CSR, sent at most once. */
import type { ApiRequest } from '../certcentral/api-request.ts';
import type { Settings } from '../inputs/settings.ts';
import { buildBody } from '../rules/body.ts';
import { showDryRun } from './dry-run.ts';
import { orderKey, withOrderKey } from './idempotency.ts';
import type { Job } from './job.ts';
import { describeKey, pickUpIfAsked, sendOnce } from './send-once.ts';

/** POST /order/certificate/{order_id}/reissue, with the body the inputs describe. */
export function reissueRequest(settings: Settings): ApiRequest {
  return {
    method: 'POST',
    path: `/order/certificate/${settings.orderId}/reissue`,
    body: buildBody(settings.fields),
  };
}

export async function reissue(job: Job): Promise<void> {
  const { settings, host } = job;
  const built = reissueRequest(settings);
  const key = orderKey(settings, built, job.run);
  const request = withOrderKey(built, key);
  const what = `Reissuing order ${settings.orderId}`;
  if (settings.dryRun) return showDryRun(job, request, `${what}; nothing is sent.`);
  if (key) host.info(describeKey(key));
  const submitted = await sendOnce(job, { request, as: { ...settings, operation: 'reissue' }, key, what });
  await pickUpIfAsked(job, submitted);
}
