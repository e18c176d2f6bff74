/** What never-twice says: in the log, and in its failures. */
import type { OrderInfo, OrderRequest } from '../certcentral/order-info.ts';
import { keySource, type OrderKey, type ReissueKey } from './keys.ts';

/** The advice never-twice gives, in the words of the host: action inputs or CLI flags (operations/hints.ts). */
export interface KeyAdvice {
  /** After an order of unknown fate that carried no key: how the next one is checked by itself. */
  readonly checksByItself: string;
  /** How to order anew when the order found by the key failed. */
  readonly anotherKey: string;
  /** How a later run finds an order by its key, instead of ordering again. */
  readonly laterRunFinds: string;
  /** How to replace an order that can be neither renewed nor reissued: a new order, then watching it. */
  readonly orderAnew: string;
}

export type Submitting = 'order' | 'reissue';

/** "the order" or "the reissue". */
export function what(kind: Submitting): string {
  return kind === 'reissue' ? 'the reissue' : 'the order';
}

export function checkedFirst(kind: Submitting): string {
  return `Nothing was sent to ${kind === 'reissue' ? 'reissue' : 'order'}: the action checks first.`;
}

export function nothingNow(kind: Submitting): string {
  return `Nothing was ${kind === 'reissue' ? 'reissued' : 'ordered'} now.`;
}

/** After a POST of unknown fate: what may have happened. */
export function mayHaveHappened(kind: Submitting, answered: boolean): string {
  return answered
    ? `CertCentral may have carried out ${what(kind)}.`
    : `The request was sent, so CertCentral may have carried out ${what(kind)}.`;
}

export function withoutKey(advice: KeyAdvice): string {
  return `It was not sent again: the order carries no alternative_order_id to look it up by. It may exist: check the orders in CertCentral before running again. ${advice.checksByItself}`;
}

export const orderMessages = {
  reused: (info: OrderInfo, key: OrderKey): string =>
    key.kind === 'renewal'
      ? `Order ${key.renews} is already renewed by order ${info.id}, which carries alternative_order_id ${key.value}; no renewal is placed.`
      : `Order ${info.id} (${info.status}) already carries alternative_order_id ${key.value} (${keySource(key)}): it is reused, and no order is placed.`,
  reusedAfter: (info: OrderInfo, key: OrderKey): string =>
    `Order ${info.id} (${info.status}) already carries alternative_order_id ${key.value} (${keySource(key)}): it is reused, and no order is placed.`,
  several: (ids: readonly number[], key: OrderKey): string =>
    `${ids.length} orders carry alternative_order_id ${key.value}: ${ids.join(', ')}. Using the first, ${ids[0]}.`,
  failed: (info: OrderInfo, key: OrderKey, advice: KeyAdvice): string => {
    const anew =
      key.kind === 'renewal'
        ? `It is the renewal of order ${key.renews}, so no other renewal of this certificate is placed. ${advice.orderAnew}`
        : advice.anotherKey;
    return `Order ${info.id} carries alternative_order_id ${key.value} (${keySource(key)}), and it is ${info.status}: there is no certificate to hand over. ${anew}`;
  },
  severalOpen: (orders: readonly OrderInfo[], key: OrderKey, advice: KeyAdvice): string => {
    const ids = orders.map((info) => info.id);
    return `Orders ${ids.join(', ')} carry alternative_order_id ${key.value} (${keySource(key)}), and none of them is failed: a concurrent run with the same key ordered at the same moment, and as this run got no clear answer, it cannot tell which one it placed. It canceled none of them: keep the oldest, ${ids[0]}, and cancel the others in CertCentral while they are pending (at no cost). ${advice.laterRunFinds}`;
  },
  absent: (key: OrderKey): string =>
    `No order carries alternative_order_id ${key.value}, so CertCentral did not create one.`,
  howToCheck: (key: OrderKey, advice: KeyAdvice): string =>
    `Check with GET /order/alternate/${key.value} before ordering again; ${advice.laterRunFinds}`,
};

export const reissueMessages = {
  /** How the key or CSR matched a reissue request. */
  byKey: (key: ReissueKey): string =>
    key.kind === 'renewal'
      ? `carries reissue key ${key.value} (${keySource(key)})`
      : `carries this run's reissue key ${key.value}`,
  byCsr: 'is for this CSR',
  reused: (orderId: number, request: OrderRequest, by: string): string =>
    `Order ${orderId} already has reissue request ${request.id} (${request.status || 'no status'}), which ${by}: it is reused, and no reissue is sent.`,
  foreign: (orderId: number, request: OrderRequest | undefined): string =>
    `Order ${orderId} has a pending reissue${request ? ` (request ${request.id})` : ''} that this run did not make (neither its key nor its CSR matches); a reissue now would replace it. Approve or reject the pending reissue in CertCentral, then run again. ${reissueMessages.howToCheck(orderId)}`,
  made: (orderId: number, evidence: readonly string[], request: OrderRequest | undefined, by: string | undefined) =>
    `Order ${orderId} now has ${evidence.join(' and ') || `request ${request?.id}`}, which it did not have before: the reissue was made, so it was not sent again.${by && request ? ` Request ${request.id} ${by}.` : ''}`,
  absent: (orderId: number): string =>
    `Order ${orderId} has no new request and the same certificate, so CertCentral did not reissue it.`,
  howToCheck: (orderId: number): string =>
    `Check the requests of order ${orderId} with GET /order/certificate/${orderId} before reissuing again.`,
};

export const raceMessages = {
  bothOrders: (older: number, own: number, key: OrderKey): string =>
    `Orders ${older} and ${own} both carry alternative_order_id ${key.value} (${keySource(key)}): a concurrent run with the same key ordered at the same moment.`,
  orderNote: (older: number, key: OrderKey): string =>
    `Duplicate of order ${older} (alternative_order_id ${key.value}), placed by a concurrent run; withdrawn by the CertCentral order action.`,
  orderWithdrawn: (both: string, how: string, own: number, older: OrderInfo): string =>
    `${both} This run ${how} its own, newer order ${own} (not issued, so at no cost); the older order ${older.id} (${older.status}) is the result.`,
  orderStands: (both: string, own: number): string =>
    `${both} This run's order ${own} could not be withdrawn, so both stand: decide which to keep, and cancel or revoke the other in CertCentral. The outputs are this run's order ${own}.`,
  lookFailed: (own: number, key: OrderKey, error: string): string =>
    `Order ${own} was placed, but looking up alternative_order_id ${key.value} once more, to see whether a concurrent run ordered too, failed: ${error}`,
  cannotWithdraw: (own: number, status: string): string =>
    `Order ${own} is ${status || '(no status)'}, which DigiCert neither cancels (only pending and waiting_pickup) nor turns down by rejecting its request (needs_approval).`,
  bothReissues: (orderId: number, earlier: OrderRequest, own: number, key: ReissueKey): string =>
    `Order ${orderId} has reissue requests ${earlier.id} and ${own} that both carry reissue key ${key.value} (${keySource(key)}): a concurrent run reissued at the same moment.`,
  reissueNote: (earlier: number, key: ReissueKey): string =>
    `Duplicate of reissue request ${earlier} (reissue key ${key.value}), sent by a concurrent run; withdrawn by the CertCentral order action.`,
  reissueWithdrawn: (both: string, own: number, earlier: OrderRequest): string =>
    `${both} This run rejected its own, later request ${own}; the earlier request ${earlier.id} (${earlier.status || 'no status'}) is the result.`,
  reissueStands: (both: string, own: number): string =>
    `${both} This run's request ${own} could not be rejected, so both stand: approve one and reject the other in CertCentral. The outputs are this run's request ${own}.`,
  reissueLookFailed: (orderId: number, error: string): string =>
    `The reissue of order ${orderId} was sent, but reading the order once more, to see whether a concurrent run reissued too, failed: ${error}`,
};
