/**
 * What a person reads about a failure, by its kind (common/failure.ts): the annotation's title, the summary's next
 * step, and the troubleshooting entry that explains it, a heading in the README or a docs page. One table; nothing
 * matches a message or a title.
 */
import { CertCentralError } from '../certcentral/errors.ts';
import { Failure, type FailureKind } from '../common/failure.ts';

/** The repository's pages, as the summary links to them. */
export const PAGES_URL = 'https://github.com/OWNER/certcentral-order-action/blob/v1/';

/** The pages that hold troubleshooting entries. */
export type TroubleshootingPage = 'README.md' | 'docs/renew.md' | 'docs/safety.md';

export interface Advice {
  /** The annotation's title; `detail` is the order's status where the title names it. */
  title(detail: string | undefined): string;
  /** What to do next. */
  readonly next: string;
  /** The page, and the anchor of the heading, of its troubleshooting entry. */
  readonly entry: { readonly page: TroubleshootingPage; readonly anchor: string };
}

const readme = (anchor: string) => ({ page: 'README.md', anchor }) as const;
const renewPage = (anchor: string) => ({ page: 'docs/renew.md', anchor }) as const;
const safetyPage = (anchor: string) => ({ page: 'docs/safety.md', anchor }) as const;

const ORDER_IN_CERTCENTRAL =
  'Open the order in CertCentral to see why. This order has no valid certificate; a new one needs a new order.';

export const FAILURE_ADVICE: { readonly [K in FailureKind]: Advice } = {
  'invalid-input': {
    title: () => 'Invalid input',
    next: 'Fix the inputs listed above and run again. Nothing was sent to CertCentral.',
    entry: readme('invalid-input'),
  },
  'invalid-proxy': {
    title: () => 'Invalid proxy setting',
    next: 'Fix the proxy variable the message names, or unset it, and run again. Nothing was sent to CertCentral.',
    entry: readme('invalid-proxy-setting'),
  },
  certcentral: {
    title: () => 'CertCentral request failed',
    next: "Look the HTTP status and DigiCert's error code up under Troubleshooting in the action's README.",
    entry: readme('certcentral-request-failed'),
  },
  'unknown-fate': {
    title: () => 'Result unknown',
    next: 'CertCentral may have carried the request out: do the check the message names before running again. A re-run of the job looks the order up by its key first.',
    entry: safetyPage('result-unknown'),
  },
  'found-failed': {
    title: (status) => `Order ${status ?? 'failed'}`,
    next: 'The order that carries this key failed, and nothing was bought now. To order anew, give another alternative-order-id, or run a new workflow run.',
    entry: safetyPage('order-found-by-its-key-failed'),
  },
  'duplicate-orders': {
    title: () => 'Two orders with one key',
    next: 'Two runs with one key ordered at the same moment. Keep the oldest order and cancel the others in CertCentral while they are pending.',
    entry: safetyPage('two-orders-with-one-key'),
  },
  'reissue-pending': {
    title: () => 'Reissue pending',
    next: 'Approve or reject the pending reissue in CertCentral, then run again. Nothing was reissued.',
    entry: readme('reissue-pending'),
  },
  'not-issued-in-time': {
    title: () => 'Not issued in time',
    next: 'The order is not lost: pick it up later with operation: status and the order ID above, as the message says.',
    entry: readme('not-issued-in-time'),
  },
  'order-failed': {
    title: (status) => `Order ${status ?? 'failed'}`,
    next: ORDER_IN_CERTCENTRAL,
    entry: readme('order-rejected-canceled-revoked-or-expired'),
  },
  'renewal-failed': {
    title: (status) => `Renewal ${status ?? 'failed'}`,
    next: 'The renewal has no certificate, and DigiCert renews an order only once: order anew, as the message says, and watch the new order.',
    entry: renewPage('renewal-rejected-or-canceled'),
  },
  'no-certificate-id': {
    title: () => 'No certificate id',
    next: ORDER_IN_CERTCENTRAL,
    entry: readme('no-certificate-id'),
  },
  'files-not-written': {
    title: () => 'Files not written',
    next: 'The certificate is in the certificate-pem and chain-pem outputs. Pick the files up again with operation: status and an output-dir that is a plain directory.',
    entry: readme('files-not-written'),
  },
  'already-renewed': {
    title: () => 'Already renewed',
    next: 'Find the renewal in CertCentral and set order-id to it.',
    entry: renewPage('already-renewed'),
  },
  'not-eligible': {
    title: () => 'Not eligible for renewal',
    next: 'DigiCert renews from 90 days before expiry, in the same account. Order anew with operation: order if the order cannot be renewed.',
    entry: renewPage('not-eligible-for-renewal'),
  },
  'expiry-unknown': {
    title: () => 'Expiry unknown',
    next: 'The order info shows no expiry. Look at the order in CertCentral.',
    entry: renewPage('expiry-unknown'),
  },
  'unsupported-product': {
    title: () => 'Unsupported product',
    next: 'The order is of a product this action does not order or reissue; renew it in CertCentral.',
    entry: renewPage('unsupported-product'),
  },
  'renewal-not-found': {
    title: () => 'Renewal not found',
    next: 'Find the renewal in CertCentral (Orders) and set order-id to it.',
    entry: renewPage('renewal-not-found'),
  },
  unexpected: {
    title: () => 'CertCentral action failed',
    next: "Read the message above; the Troubleshooting section of the action's README explains the common failures.",
    entry: readme('troubleshooting'),
  },
};

/** The kind and detail of anything thrown. */
export function failureOf(error: unknown): { readonly kind: FailureKind; readonly detail: string | undefined } {
  return error instanceof Failure
    ? { kind: error.kind, detail: error.detail }
    : { kind: 'unexpected', detail: undefined };
}

/** The DigiCert error codes with a heading of their own under the README's Troubleshooting. */
export const TROUBLESHOOTING_CODES: readonly string[] = [
  'access_denied|missing_permission',
  'not_found|order',
  'not_found|product',
  'not_found|route',
  'csr_invalid_cannot_parse',
  'ambiguous_product',
  'bad_request_format',
  'order_not_eligible_for_renewal',
  'order_renewed_already',
  'request_limit_exceeded',
];

/**
 * The anchor GitHub gives a heading: lower case, with everything but letters, digits, spaces, hyphens and
 * underscores dropped, and spaces as hyphens.
 */
export function headingAnchor(heading: string): string {
  // Built here, not written as a literal: V8 checks every literal when it parses the bundle, and looking the Unicode
  // classes up cost each run about 1% of its start-up instructions (docs/performance.md), though only a failure needs them.
  const notInAnchor = new RegExp('[^\\p{L}\\p{N} _-]', 'gu');
  return heading.toLowerCase().replace(notInAnchor, '').replace(/ /g, '-');
}

/** The URL of a troubleshooting entry. */
export function entryUrl(entry: Advice['entry']): string {
  return `${PAGES_URL}${entry.page}#${entry.anchor}`;
}

/**
 * The troubleshooting entries of a refused request: one per DigiCert code that has a heading of its own, and the one
 * for HTTP 401, whose codes vary.
 */
export function codeEntries(error: unknown): { readonly label: string; readonly url: string }[] {
  if (!(error instanceof CertCentralError)) return [];
  const labels = [...new Set(error.errors.map((entry) => entry.code))].filter((code) =>
    TROUBLESHOOTING_CODES.includes(code),
  );
  if (error.status === 401) labels.unshift('HTTP 401');
  return labels.map((label) => ({ label, url: entryUrl(readme(headingAnchor(label))) }));
}
