/**
 * Two runs with one key can both find nothing and both send. After its POST is answered, a run looks once more: when
 * an earlier order (a lower order ID) or reissue request (a lower request ID) that is not failed carries the key too,
 * the run withdraws its own, later one, as DigiCert allows for its status, and reports the earlier, so every run
 * converges on the earliest. It withdraws only what it sent itself; when that cannot be withdrawn, it fails and names
 * both.
 */
import { CertCentralError } from '../certcentral/errors.ts';
import type { OrderInfo, OrderRequest } from '../certcentral/order-info.ts';
import { AWAITING_APPROVAL, CANCELABLE_STATUSES, OPEN_REQUEST_STATUSES } from '../certcentral/statuses.ts';
import { Failure } from '../common/failure.ts';
import type { CertCentralCalls } from './calls.ts';
import { isFailed } from './holdings.ts';
import { carriesReissueKey, type OrderKey, type ReissueKey } from './keys.ts';
import { raceMessages } from './messages.ts';

/** How DigiCert lets an order of this status be withdrawn (certcentral-2026.md §4); undefined: it cannot be. */
export function withdrawal(status: string): 'cancel' | 'reject' | undefined {
  if (CANCELABLE_STATUSES.includes(status)) return 'cancel';
  return status === AWAITING_APPROVAL ? 'reject' : undefined;
}

export type Settled<T> =
  /** No earlier one: this run's own stands. */
  | { readonly kind: 'own' }
  /** An earlier one carries the key: this run's own was withdrawn, and the earlier is the result. */
  | { readonly kind: 'earlier'; readonly earlier: T };

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** After this run's order `own` was answered: the earlier order with its key, if any, is the result. */
export async function settleOrderRace(
  calls: CertCentralCalls,
  key: OrderKey,
  own: { readonly orderId: number; readonly requestId: number | undefined },
  deadline: number,
  log: Log,
): Promise<Settled<OrderInfo>> {
  let earlier: OrderInfo | undefined;
  try {
    const ids = (await calls.ordersWithKey(key.value, deadline)).filter((id) => id < own.orderId);
    for (const id of ids) {
      const order = await calls.readOrder(id, deadline);
      if (!isFailed(order)) {
        earlier = order;
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    log.warning(raceMessages.lookFailed(own.orderId, key, error.message));
    return { kind: 'own' };
  }
  if (!earlier) return { kind: 'own' };
  const both = raceMessages.bothOrders(earlier.id, own.orderId, key);
  let how: string;
  try {
    how = await withdrawOrder(calls, own, raceMessages.orderNote(earlier.id, key), deadline);
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    throw new Failure('duplicate-orders', `${error.message} ${raceMessages.orderStands(both, own.orderId)}`, {
      cause: error,
    });
  }
  log.warning(raceMessages.orderWithdrawn(both, how, own.orderId, earlier));
  return { kind: 'earlier', earlier };
}

/** Cancels the order, or rejects its request while it waits for approval; says which. */
async function withdrawOrder(
  calls: CertCentralCalls,
  own: { readonly orderId: number; readonly requestId: number | undefined },
  note: string,
  deadline: number,
): Promise<string> {
  const info = await calls.readOrder(own.orderId, deadline);
  const how = withdrawal(info.exact.status);
  const requestId = own.requestId ?? info.requests[0]?.id;
  if (how === 'cancel') {
    await calls.cancelOrder(own.orderId, note, deadline);
    return 'canceled';
  }
  if (how === 'reject' && requestId !== undefined) {
    await calls.rejectRequest(requestId, note, deadline);
    return 'rejected the request of';
  }
  throw new CertCentralError(raceMessages.cannotWithdraw(own.orderId, info.status), undefined, [], {
    outcome: 'not-sent',
  });
}

/**
 * After this run's reissue request `own` was answered: an earlier open request on the order with the same key is the
 * result, and this run rejects its own (a request of its own, by its ID: canceling the order's pending reissue could
 * hit the other's).
 */
export async function settleReissueRace(
  calls: CertCentralCalls,
  key: ReissueKey,
  orderId: number,
  own: number,
  deadline: number,
  log: Log,
): Promise<Settled<{ readonly order: OrderInfo; readonly request: OrderRequest }>> {
  let order: OrderInfo;
  try {
    order = await calls.readOrder(orderId, deadline);
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    log.warning(raceMessages.reissueLookFailed(orderId, error.message));
    return { kind: 'own' };
  }
  const earlier = order.requests.find(
    (request) =>
      request.id < own &&
      request.type === 'reissue' &&
      OPEN_REQUEST_STATUSES.includes(request.exactStatus) &&
      carriesReissueKey(request.comments, key.value),
  );
  if (!earlier) return { kind: 'own' };
  const both = raceMessages.bothReissues(orderId, earlier, own, key);
  try {
    await calls.rejectRequest(own, raceMessages.reissueNote(earlier.id, key), deadline);
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    throw new Failure('duplicate-orders', `${error.message} ${raceMessages.reissueStands(both, own)}`, {
      cause: error,
    });
  }
  log.warning(raceMessages.reissueWithdrawn(both, own, earlier));
  return { kind: 'earlier', earlier: { order, request: earlier } };
}
