/** The checks: what CertCentral holds of this run's order or reissue, read before sending and after a POST of unknown fate. */
import type { OrderInfo, OrderRequest } from '../certcentral/order-info.ts';
import { statusKind } from '../certcentral/statuses.ts';
import type { CertCentralCalls } from './calls.ts';
import type { Holding } from './decide.ts';
import { carriesReissueKey, type OrderKey, type ReissueKey } from './keys.ts';
import { reissueMessages } from './messages.ts';

/**
 * Before sending: the first order that carries the key (`others` carry it too), read; nothing when none does.
 * After a POST of unknown fate: every order that carries it, read, since a concurrent run may have ordered too.
 */
export async function orderHolding(
  calls: CertCentralCalls,
  key: OrderKey,
  deadline: number,
  beforeSending: boolean,
): Promise<Holding> {
  const ids = await calls.ordersWithKey(key.value, deadline);
  const [first, ...others] = ids;
  if (first === undefined) return { kind: 'nothing' };
  if (beforeSending) {
    const order = await calls.readOrder(first, deadline);
    return isFailed(order) ? { kind: 'failed', order } : { kind: 'one', order, others };
  }
  const orders: OrderInfo[] = [];
  for (const id of ids) orders.push(await calls.readOrder(id, deadline));
  const open = orders.filter((order) => !isFailed(order));
  if (open.length === 0) return { kind: 'failed', order: orders[0] as OrderInfo };
  return open.length === 1
    ? { kind: 'one', order: open[0] as OrderInfo, others: [] }
    : { kind: 'several', orders: open };
}

export function isFailed(order: OrderInfo): boolean {
  return statusKind(order.status) === 'failed';
}

/** What a reissue is matched by: its key in a request's comments, and the CSR it carries. */
export interface ReissueMatch {
  readonly key: ReissueKey | undefined;
  readonly csr: string;
}

function reissues(order: OrderInfo): OrderRequest[] {
  return order.requests.filter((request) => request.type === 'reissue');
}

/**
 * The newest reissue request carrying this key; else the newest reissue request, when it is not approved yet and the
 * order shows this CSR. An approved one has made its certificate: the same CSR again (a year later) asks for a new one.
 */
export function matchingReissue(
  order: OrderInfo,
  match: ReissueMatch,
): { readonly request: OrderRequest; readonly by: string } | undefined {
  const { key } = match;
  const byKey = key ? reissues(order).findLast((request) => carriesReissueKey(request.comments, key.value)) : undefined;
  if (byKey && key) return { request: byKey, by: reissueMessages.byKey(key) };
  const newest = reissues(order).at(-1);
  const open = newest !== undefined && ['pending', 'submitted'].includes(newest.status);
  return open && sameCsr(order.certificate.csr, match.csr) ? { request: newest, by: reissueMessages.byCsr } : undefined;
}

/** Before sending, from the order as the operation read it: a matching reissue, a pending one of another's, or none. */
export function reissueHoldingBefore(order: OrderInfo, match: ReissueMatch): Holding {
  const found = matchingReissue(order, match);
  if (found) return { kind: 'reissue', order, ...found };
  if (order.status === 'reissue_pending') return { kind: 'foreign-reissue', order, request: reissues(order).at(-1) };
  return { kind: 'nothing' };
}

/**
 * After a reissue of unknown fate: the order read again, and compared with the order before. A request carrying the
 * key (or for the CSR), a request it did not have, or another certificate shows the reissue was made.
 */
export async function reissueHoldingAfter(
  calls: CertCentralCalls,
  before: OrderInfo,
  match: ReissueMatch,
  deadline: number,
): Promise<Holding> {
  const after = await calls.readOrder(before.id, deadline);
  const found = matchingReissue(after, match);
  const known = new Set(before.requests.map((request) => request.id));
  const added = after.requests.filter((request) => !known.has(request.id));
  const certificateChanged = after.certificate.id !== before.certificate.id;
  if (!found && added.length === 0 && !certificateChanged) return { kind: 'nothing' };
  const request = found?.request ?? added.findLast((entry) => entry.type === 'reissue') ?? added.at(-1);
  const evidence = [
    ...added.map((entry) => `request ${entry.id} (${entry.type || 'request'}, ${entry.status || 'no status'})`),
    ...(certificateChanged
      ? [`certificate ${after.certificate.id ?? 'none'} instead of ${before.certificate.id ?? 'none'}`]
      : []),
  ];
  return { kind: 'changed', order: after, request, evidence, certificateChanged, by: found?.by };
}

/** Whitespace aside, so that line breaks and PEM wrapping do not matter. */
function sameCsr(a: string, b: string): boolean {
  return a !== '' && a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
