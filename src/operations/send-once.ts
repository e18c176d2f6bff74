/** The steps an order, a reissue and a renewal share once their request is built: send it once, report, wait. */
import { requestUrl, type ApiRequest } from '../certcentral/api-request.ts';
import type { Settings } from '../inputs/settings.ts';
import { PlacedOrderError, submit, type OrderKey, type Submitted } from './idempotency.ts';
import type { Job } from './job.ts';
import type { OrderInfo } from '../certcentral/order-info.ts';
import { handOverIssued, pickUp } from './pick-up.ts';
import { shown } from '../common/untrusted.ts';

export interface Sending {
  readonly request: ApiRequest;
  /** What is sent: an order or a reissue, whatever operation asked for it. */
  readonly as: Settings & { readonly operation: 'order' | 'reissue' };
  readonly key: OrderKey | undefined;
  /** Said once the checks found nothing and the request goes out. */
  readonly what: string;
  /** A reissue's order, just read by the caller: its check before sending does not read it again. */
  readonly orderRead?: OrderInfo;
}

/**
 * Sends the order or reissue at most once (idempotency.ts), sets its outputs and says what CertCentral made of it;
 * an order or reissue found by a check was described by the check.
 */
export async function sendOnce({ settings, host, client }: Job, sending: Sending): Promise<Submitted> {
  const { request, as, key, what, orderRead } = sending;
  const line = `${what}: ${request.method} ${requestUrl(settings.baseUrl, request)}`;
  let submitted: Submitted;
  try {
    submitted = await submit(client, request, as, key, host, line, orderRead);
  } catch (error) {
    // This run's order exists, though the step fails: a person needs its ID.
    if (error instanceof PlacedOrderError) {
      for (const [name, value] of Object.entries(error.outputs)) host.setOutput(name, value);
    }
    throw error;
  }
  const { outputs, found, chain } = submitted;
  for (const [name, value] of Object.entries(outputs)) host.setOutput(name, value);
  if (!found) host.info(describeResult(as.operation, outputs));
  if (chain) {
    const orderId = Number(outputs['order-id']);
    await handOverIssued(chain, orderId, outputs['certificate-id'], settings.pickUp, host);
  }
  return submitted;
}

/**
 * With wait-for-issuance: waits for the order and hands its certificate over; an answer that carried the certificate
 * has been handed over already, with no further request.
 */
export async function pickUpIfAsked({ settings, host, client }: Job, submitted: Submitted): Promise<void> {
  if (!settings.pickUp.waitForIssuance || submitted.chain) return;
  const orderId = Number(submitted.outputs['order-id']);
  await pickUp(client, orderId, settings.pickUp, host, submitted.previousCertificateId);
}

/** What CertCentral made of the order or reissue, naming only what it answered. */
function describeResult(operation: 'order' | 'reissue', outputs: Readonly<Record<string, string>>): string {
  const request = outputs['request-id'] ? `request ${outputs['request-id']}` : '';
  const status = outputs['request-status'] ? ` ${shown(outputs['request-status'])}` : '';
  const certificate = outputs['certificate-id'] ? `certificate ${outputs['certificate-id']}` : '';
  const parts = [request && `${request}${status}`, certificate].filter(Boolean);
  const what =
    operation === 'reissue'
      ? `Reissue of order ${outputs['order-id']} accepted`
      : `Order ${outputs['order-id']} placed`;
  return parts.length > 0 ? `${what}: ${parts.join(', ')}.` : `${what}.`;
}

/** Said before the look-up, so the log tells why the action reads before it sends. */
export function describeKey(key: OrderKey): string {
  if (key.reissue) {
    return `Reissue key ${key.value}, derived from this run, job, step, order ID and CSR, added to the reissue's comments: the order's requests are checked first, so a re-run of this job finds this reissue instead of reissuing again.`;
  }
  return key.derived
    ? `Looking up alternative_order_id ${key.value}, derived from this run, job, step and request, before ordering, so that a re-run of this job finds its order instead of ordering again.`
    : `Looking up alternative_order_id ${key.value} before ordering, so that an order that already carries it is reused.`;
}
