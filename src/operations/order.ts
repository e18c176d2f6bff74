/** operation order: a new order of the product, sent at most once. */
import type { OrderSettings } from '../inputs/settings.ts';
import { defaultMethodNote } from '../rules/validate.ts';
import type { Job } from './job.ts';
import { orderRequest } from './requests.ts';
import { describeKey, pickUpIfAsked, sendOnce } from './send.ts';

export async function order(job: Job<OrderSettings>): Promise<void> {
  const { settings, host } = job;
  const { request, key } = orderRequest(settings, job.run);
  const what = `Ordering ${settings.product}`;
  const methodNote = defaultMethodNote(settings.product, settings.fields);
  if (methodNote) host.info(methodNote);
  if (key) host.info(describeKey(key, 'order'));
  const submitted = await sendOnce(job, { kind: 'order', request, key }, what);
  await pickUpIfAsked(job, submitted);
}
