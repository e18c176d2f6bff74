/**
 * The request each operation would send, built from its settings alone: the order, reissue and status requests a
 * dry run shows, and the ones the operations send. Nothing here sends anything, so a dry run loads no client.
 */
import type { ApiRequest } from '../certcentral/api-request.ts';
import type { OrderSettings, ReissueSettings, StatusSettings } from '../inputs/settings.ts';
import {
  bodyWithKey,
  deriveOrderKey,
  deriveReissueKey,
  type OrderKey,
  type ReissueKey,
  type RunContext,
} from '../never-twice/keys.ts';
import { buildBody } from '../rules/body.ts';

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

/**
 * POST /order/certificate/{order_id}/reissue, with the body the inputs describe; in GitHub Actions, with idempotency
 * on, a key derived from the run, the order ID and the body, added to its comments.
 */
export function reissueRequest(
  settings: ReissueSettings,
  run: () => RunContext | undefined,
): { readonly request: ApiRequest; readonly key: ReissueKey | undefined } {
  const body = buildBody(settings.fields);
  const context = settings.safety.idempotency ? run() : undefined;
  const key: ReissueKey | undefined = context
    ? { kind: 'run', value: deriveReissueKey(context, settings.orderId, body) }
    : undefined;
  const path = `/order/certificate/${settings.orderId}/reissue`;
  return { request: { method: 'POST', path, body: bodyWithKey(body, key, 'reissue') }, key };
}

/** GET /order/certificate/{order_id}: the order info. */
export function statusRequest(settings: StatusSettings): ApiRequest {
  return { method: 'GET', path: `/order/certificate/${settings.orderId}` };
}
