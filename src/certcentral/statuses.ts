/** CertCentral's order statuses (certcentral-2026.md §7), by what they mean for a run. */

export const ISSUED = 'issued';
/** Final statuses without a usable certificate. */
export const FAILED_STATUSES = ['rejected', 'canceled', 'revoked', 'expired'] as const;
/** Documented statuses that move on; any status not listed anywhere counts as pending too. */
export const PENDING_STATUSES = [
  'needs_approval',
  'pending',
  'processing',
  'waiting_pickup',
  'reissue_pending',
] as const;

export type StatusKind = 'issued' | 'failed' | 'pending' | 'unknown';

const FAILED = new Set<string>(FAILED_STATUSES);
const PENDING = new Set<string>(PENDING_STATUSES);

export function statusKind(status: string): StatusKind {
  if (status === ISSUED) return 'issued';
  if (FAILED.has(status)) return 'failed';
  if (PENDING.has(status)) return 'pending';
  return 'unknown';
}

/** The order statuses DigiCert cancels, at no cost (certcentral-2026.md §4); `reissue_pending` cancels the reissue. */
export const CANCELABLE_STATUSES: readonly string[] = ['pending', 'waiting_pickup'];

/** An order waiting for approval is not canceled: its request is rejected instead. */
export const AWAITING_APPROVAL = 'needs_approval';

/** Request statuses that wait for approval: such a request can still be rejected. */
export const OPEN_REQUEST_STATUSES: readonly string[] = ['pending', 'submitted'];
