/**
 * Never twice, as a decision table: from what CertCentral holds for this run's order or reissue, and where the run
 * is, the next step. Pure: the loop around it (submit.ts) reads, waits and sends.
 *
 *   moment           holding            step
 *   before sending   nothing            send
 *   before sending   one, reissue       reuse it: nothing is sent
 *   before sending   failed             fail (found-failed): nothing is sent
 *   before sending   foreign reissue    fail (reissue-pending): nothing is sent
 *   after unknown    one, reissue,      reuse it: the POST was carried out
 *                    changed
 *   after unknown    failed             fail (found-failed)
 *   after unknown    several            look again after request-timeout, once; then fail (duplicate-orders)
 *   after unknown    nothing            look again: after the backoff, then after request-timeout; then
 *                                       an answered 2xx: fail (not sent again); a retryable failure with tries
 *                                       and time left: send again; otherwise fail (running again is safe)
 */
import type { OrderInfo, OrderRequest } from '../certcentral/order-info.ts';

/** What a look at CertCentral found for this run's key (and, for a reissue, on its order). */
export type Holding =
  | { readonly kind: 'nothing' }
  /** The order that carries the key; before sending, `others` more carry it too (the first is used). */
  | { readonly kind: 'one'; readonly order: OrderInfo; readonly others: readonly number[] }
  /** The order that carries the key failed (rejected, canceled, revoked, expired). */
  | { readonly kind: 'failed'; readonly order: OrderInfo }
  /** Several orders that are not failed carry the key: a concurrent run ordered too. */
  | { readonly kind: 'several'; readonly orders: readonly OrderInfo[] }
  /** A reissue request on the order that this run's key (or CSR) matches. */
  | { readonly kind: 'reissue'; readonly order: OrderInfo; readonly request: OrderRequest; readonly by: string }
  /** After a reissue of unknown fate: the order has a request or certificate it did not have before. */
  | {
      readonly kind: 'changed';
      readonly order: OrderInfo;
      readonly request: OrderRequest | undefined;
      readonly evidence: readonly string[];
      readonly certificateChanged: boolean;
      readonly by: string | undefined;
    }
  /** A pending reissue on the order that this run did not make. */
  | { readonly kind: 'foreign-reissue'; readonly order: OrderInfo; readonly request: OrderRequest | undefined };

/** Where the run is. */
export type Moment =
  | { readonly kind: 'before-sending' }
  | {
      readonly kind: 'after-unknown';
      /** Looks since the POST of unknown fate: the first is at once. */
      readonly looks: number;
      /** The last look found several open orders, and was itself the look again. */
      readonly lookedAgainForSeveral: boolean;
      /** The POST was answered 2xx, though unreadably: it is never sent again. */
      readonly answered: boolean;
      /** Why the POST cannot be sent again (no tries or time left, not retryable); undefined when it can. */
      readonly cannotResend: string | undefined;
    };

export type FailureReason = 'found-failed' | 'reissue-pending' | 'duplicate-orders' | 'answered-absent' | 'absent';

export type Step =
  | { readonly kind: 'send' }
  | { readonly kind: 'reuse'; readonly holding: Exclude<Holding, { kind: 'nothing' | 'failed' | 'several' }> }
  | { readonly kind: 'fail'; readonly why: FailureReason; readonly holding: Holding }
  | { readonly kind: 'look'; readonly after: 'backoff' | 'request-timeout' };

/** Looks after a POST of unknown fate that find nothing before the run decides: at once, after backoff, then after request-timeout. */
export const LOOKS = 3;

export function decide(moment: Moment, holding: Holding): Step {
  switch (holding.kind) {
    case 'one':
    case 'reissue':
    case 'changed':
      return { kind: 'reuse', holding };
    case 'failed':
      return { kind: 'fail', why: 'found-failed', holding };
    case 'foreign-reissue':
      return { kind: 'fail', why: 'reissue-pending', holding };
    case 'several':
      return moment.kind === 'after-unknown' && !moment.lookedAgainForSeveral
        ? { kind: 'look', after: 'request-timeout' }
        : { kind: 'fail', why: 'duplicate-orders', holding };
    case 'nothing':
      return nothingHeld(moment, holding);
  }
}

function nothingHeld(moment: Moment, holding: Holding): Step {
  if (moment.kind === 'before-sending') return { kind: 'send' };
  if (moment.looks < LOOKS) return { kind: 'look', after: moment.looks === 1 ? 'backoff' : 'request-timeout' };
  if (moment.answered) return { kind: 'fail', why: 'answered-absent', holding };
  return moment.cannotResend === undefined ? { kind: 'send' } : { kind: 'fail', why: 'absent', holding };
}
