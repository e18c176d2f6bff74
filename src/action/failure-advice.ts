/**
 * What a person reads about a failure, by its kind (common/failure.ts): the annotation's title, the summary's next
 * step, and where the README's troubleshooting explains it. One table; nothing matches a message or a title.
 */
import { CertCentralError } from '../certcentral/client.ts';
import { Failure, type FailureKind } from '../common/failure.ts';

/** The README that the summary links to. */
export const README_URL = 'https://github.com/OWNER/certcentral-order-action/blob/v1/README.md';

export interface Advice {
  /** The annotation's title; `detail` is the order's status where the title names it. */
  title(detail: string | undefined): string;
  /** What to do next. */
  readonly next: string;
  /** The anchor of its entry under Troubleshooting in the README. */
  readonly anchor: string;
}

const ORDER_IN_CERTCENTRAL =
  'Open the order in CertCentral to see why. This order has no valid certificate; a new one needs a new order.';

export const FAILURE_ADVICE: { readonly [K in FailureKind]: Advice } = {
  'invalid-input': {
    title: () => 'Invalid input',
    next: 'Fix the inputs listed above and run again. Nothing was sent to CertCentral.',
    anchor: 'invalid-input',
  },
  'invalid-proxy': {
    title: () => 'Invalid proxy setting',
    next: 'Fix the proxy variable the message names, or unset it, and run again. Nothing was sent to CertCentral.',
    anchor: 'invalid-proxy-setting',
  },
  certcentral: {
    title: () => 'CertCentral request failed',
    next: "Look the HTTP status and DigiCert's error code up under Troubleshooting in the action's README.",
    anchor: 'certcentral-request-failed',
  },
  'unknown-fate': {
    title: () => 'Result unknown',
    next: 'CertCentral may have carried the request out: do the check the message names before running again. A re-run of the job looks the order up by its key first.',
    anchor: 'result-unknown',
  },
  'found-failed': {
    title: (status) => `Order ${status ?? 'failed'}`,
    next: 'The order that carries this key failed, and nothing was bought now. To order anew, give another alternative-order-id, or run a new workflow run.',
    anchor: 'order-found-by-its-key-failed',
  },
  'duplicate-orders': {
    title: () => 'Two orders with one key',
    next: 'Two runs with one key ordered at the same moment. Keep the oldest order and cancel the others in CertCentral while they are pending.',
    anchor: 'two-orders-with-one-key',
  },
  'reissue-pending': {
    title: () => 'Reissue pending',
    next: 'Approve or reject the pending reissue in CertCentral, then run again. Nothing was reissued.',
    anchor: 'reissue-pending',
  },
  'not-issued-in-time': {
    title: () => 'Not issued in time',
    next: 'The order is not lost: pick it up later with operation: status and the order ID above, as the message says.',
    anchor: 'not-issued-in-time',
  },
  'order-failed': {
    title: (status) => `Order ${status ?? 'failed'}`,
    next: ORDER_IN_CERTCENTRAL,
    anchor: 'order-rejected-canceled-revoked-or-expired',
  },
  'renewal-failed': {
    title: (status) => `Renewal ${status ?? 'failed'}`,
    next: 'The renewal has no certificate, and DigiCert renews an order only once: order anew, as the message says, and watch the new order.',
    anchor: 'renewal-rejected-or-canceled',
  },
  'no-certificate-id': {
    title: () => 'No certificate id',
    next: ORDER_IN_CERTCENTRAL,
    anchor: 'no-certificate-id',
  },
  'files-not-written': {
    title: () => 'Files not written',
    next: 'The certificate is in the certificate-pem and chain-pem outputs. Pick the files up again with operation: status and an output-dir that is a plain directory.',
    anchor: 'files-not-written',
  },
  'already-renewed': {
    title: () => 'Already renewed',
    next: 'Find the renewal in CertCentral and set order-id to it.',
    anchor: 'already-renewed',
  },
  'not-eligible': {
    title: () => 'Not eligible for renewal',
    next: 'DigiCert renews from 90 days before expiry, in the same account. Order anew with operation: order if the order cannot be renewed.',
    anchor: 'not-eligible-for-renewal',
  },
  'expiry-unknown': {
    title: () => 'Expiry unknown',
    next: 'The order info shows no expiry. Look at the order in CertCentral.',
    anchor: 'expiry-unknown',
  },
  'unsupported-product': {
    title: () => 'Unsupported product',
    next: 'The order is of a product this action does not order or reissue; renew it in CertCentral.',
    anchor: 'unsupported-product',
  },
  'renewal-not-found': {
    title: () => 'Renewal not found',
    next: 'Find the renewal in CertCentral (Orders) and set order-id to it.',
    anchor: 'renewal-not-found',
  },
  unexpected: {
    title: () => 'CertCentral action failed',
    next: "Read the message above; the Troubleshooting section of the action's README explains the common failures.",
    anchor: 'troubleshooting',
  },
};

/** The kind and detail of anything thrown. */
export function failureOf(error: unknown): { readonly kind: FailureKind; readonly detail: string | undefined } {
  return error instanceof Failure
    ? { kind: error.kind, detail: error.detail }
    : { kind: 'unexpected', detail: undefined };
}

/** DigiCert's error codes of a failed request, for the summary's link to their troubleshooting entries. */
export function digiCertCodes(error: unknown): string[] {
  return error instanceof CertCentralError ? error.errors.map((entry) => entry.code) : [];
}
