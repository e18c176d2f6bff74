import { appliesToOperation, defaultNumber, readWholeNumberInput } from './readers.ts';
import type { InputReader } from './readers.ts';
import { parseBoolean } from '../common/parse.ts';
import type { Findings, Operation } from '../rules/validate.ts';

/** DigiCert renews an order from 90 days before its certificate expires, so a wider window could not renew. */
export const RENEW_WITHIN_DAYS = { min: 1, max: 90 } as const;

/**
 * renew-within-days, and the inputs operation renew sets by itself: renewal_of_order_id is the order read, and
 * alternative_order_id is derived from that order and its certificate, so that no run renews it twice.
 */
export function readRenewWithinDays(read: InputReader, operation: Operation, findings: Findings): number {
  if (!appliesToOperation(read, 'renew-within-days', operation, findings)) return defaultNumber('renew-within-days');
  for (const name of ['renewal-of-order-id', 'alternative-order-id']) {
    if (read(name) !== '') {
      findings.problems.push(
        `${name} does not apply to operation renew: a renewal names order-id as renewal_of_order_id, and carries an alternative_order_id derived from that order and its certificate, so that no run renews it twice.`,
      );
    }
  }
  if (parseBoolean(read('idempotency')) === false) {
    findings.problems.push(
      'idempotency: false does not apply to operation renew: a renewal always carries the alternative_order_id derived from the order, so that no run renews it twice.',
    );
  }
  return readWholeNumberInput(read, 'renew-within-days', RENEW_WITHIN_DAYS, findings);
}
