/** operation order: a new order of the product, sent at most once. */
import type { ApiRequest } from '../certcentral/api-request.ts';
import type { OrderSettings } from '../inputs/settings.ts';
import { bodyWithKey, deriveOrderKey, type OrderKey, type RunContext } from '../never-twice/keys.ts';
import { buildBody } from '../rules/body.ts';
import { defaultMethodNote } from '../rules/validate.ts';
import { showDryRun } from './dry-run.ts';
import type { Job } from './job.ts';
import { describeKey, pickUpIfAsked, sendOnce } from './send.ts';

/**
 * The order's key: the user's alternative_order_id; in GitHub Actions, with idempotency on, one derived from the run.
 * Otherwise none, and the body stays exactly what the inputs say.
 */
export function orderKey(
  settings: OrderSettings,
  body: Readonly<Record<string, unknown>>,
  run: () => RunContext | undefined,
): OrderKey | undefined {
  const given = body.alternative_order_id;
  if (typeof given === 'string') return { kind: 'given', value: given };
  const context = settings.safety.idempotency ? run() : undefined;
  return context ? { kind: 'run', value: deriveOrderKey(context, body) } : undefined;
}

/** POST /order/certificate/{product}, with the body the inputs describe and the order's key. */
export function orderRequest(
  settings: OrderSettings,
  run: () => RunContext | undefined,
): {
  readonly request: ApiRequest;
  readonly key: OrderKey | undefined;
} {
  const body = buildBody(settings.fields);
  const key = orderKey(settings, body, run);
  const request: ApiRequest = {
    method: 'POST',
    path: `/order/certificate/${settings.product}`,
    body: bodyWithKey(body, key, 'order'),
  };
  return { request, key };
}

export async function order(job: Job<OrderSettings>): Promise<void> {
  const { settings, host } = job;
  const { request, key } = orderRequest(settings, job.run);
  const what = `Ordering ${settings.product}`;
  const methodNote = defaultMethodNote(settings.product, settings.fields);
  if (methodNote) host.info(methodNote);
  if (settings.dryRun) return showDryRun(job, request, `${what}; nothing is sent.`);
  if (key) host.info(describeKey(key, 'order'));
  const submitted = await sendOnce(job, { kind: 'order', request, key }, what);
  await pickUpIfAsked(job, submitted);
}
