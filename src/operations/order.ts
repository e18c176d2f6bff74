/** operation order: a new order of the product, sent at most once. */
import type { ApiRequest } from '../certcentral/api-request.ts';
import type { Settings } from '../inputs/settings.ts';
import { buildBody } from '../rules/body.ts';
import { defaultMethodNote } from '../rules/validate.ts';
import { showDryRun } from './dry-run.ts';
import { orderKey, withOrderKey } from './idempotency.ts';
import type { Job } from './job.ts';
import { describeKey, pickUpIfAsked, sendOnce } from './send-once.ts';

/** POST /order/certificate/{product}, with the body the inputs describe. */
export function orderRequest(settings: Settings): ApiRequest {
  return { method: 'POST', path: `/order/certificate/${settings.product}`, body: buildBody(settings.fields) };
}

export async function order(job: Job): Promise<void> {
  const { settings, host } = job;
  const built = orderRequest(settings);
  const key = orderKey(settings, built, job.run);
  const request = withOrderKey(built, key);
  const what = `Ordering ${settings.product}`;
  const methodNote = settings.product && defaultMethodNote(settings.product, settings.fields);
  if (methodNote) host.info(methodNote);
  if (settings.dryRun) return showDryRun(job, request, `${what}; nothing is sent.`);
  if (key) host.info(describeKey(key));
  const submitted = await sendOnce(job, { request, as: { ...settings, operation: 'order' }, key, what });
  await pickUpIfAsked(job, submitted);
}
