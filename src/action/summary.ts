/** The job summary: what a release manager reads first, from the run's outputs. */
import { BASE_URLS } from '../inputs/settings.ts';
import type { FailureKind } from '../common/failure.ts';
import { entryUrl, FAILURE_ADVICE } from './failure-advice.ts';

export interface RunFacts {
  readonly operation: string;
  readonly product: string;
  readonly dryRun: boolean;
  /** The API base URL the run used; the order links to CertCentral's pages of that region. */
  readonly baseUrl?: string;
  /** The outputs set, already free of the API key. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Set when the run failed; `entries` are the troubleshooting entries of DigiCert's codes in it. */
  readonly failure?: {
    readonly kind: FailureKind;
    readonly detail?: string;
    readonly message: string;
    readonly entries?: readonly { readonly label: string; readonly url: string }[];
  };
  /** operation renew: the order it read, its product and its certificate's expiry, whatever it then did. */
  readonly renewRead?: { readonly orderId: string; readonly product: string; readonly validTill: string };
}

/** Where the text of the summary breaks lines, so that a long message needs no sideways scrolling. */
const WRAP_COLUMNS = 100;

/** CertCentral's web pages for each region's API. */
const ORDER_PAGES: Record<string, string> = {
  [BASE_URLS.us]: 'https://www.digicert.com/secure/orders/',
  [BASE_URLS.eu]: 'https://certcentral.digicert.eu/secure/orders/',
};

/** The order's page in CertCentral; undefined for another base URL, such as the simulator. */
export function orderPageUrl(baseUrl: string | undefined, orderId: string): string | undefined {
  const pages = baseUrl === undefined ? undefined : ORDER_PAGES[baseUrl];
  return pages && /^\d+$/.test(orderId) ? `${pages}${orderId}` : undefined;
}

/** A table cell: text, or a link. */
type Cell = string | { readonly text: string; readonly href: string };

/** The table rows with a value, in a fixed order. */
export function summaryRows(facts: RunFacts): [string, Cell][] {
  const { outputs } = facts;
  const orderId = outputs['order-id'] ?? '';
  const page = orderPageUrl(facts.baseUrl, orderId);
  const requestStatus = outputs['request-status'] ? ` (${outputs['request-status']})` : '';
  const request = outputs['request-id'] ? `${outputs['request-id']}${requestStatus}` : outputs['request-status'];
  const validity =
    outputs['valid-from'] || outputs['valid-till']
      ? `${outputs['valid-from'] || '?'} to ${outputs['valid-till'] || '?'}`
      : '';
  const files = [outputs['certificate-path'], outputs['chain-path']].filter(Boolean).join('\n');
  const read = facts.renewRead;
  const readPage = read && orderPageUrl(facts.baseUrl, read.orderId);
  const rows: [string, Cell | undefined][] = [
    // operation renew: the order it read, and what it did, and why, with the dates it compared.
    ['Order read', read && (readPage ? { text: read.orderId, href: readPage } : read.orderId)],
    ['Product', read?.product || facts.product],
    ['Certificate expiry', read?.validTill],
    ['Renewal action', outputs['renewal-action']],
    ['Why', outputs['renewal-reason'] && wrap(outputs['renewal-reason'])],
    ['Order ID', page ? { text: orderId, href: page } : orderId],
    ['Request', request],
    ['Order status', outputs['order-status']],
    ['Certificate ID', outputs['certificate-id']],
    ['Serial number', outputs['serial-number']],
    ['Thumbprint', outputs['thumbprint']],
    ['Validity', validity],
    ['Files written', files],
  ];
  return rows.filter((row): row is [string, Cell] => Boolean(typeof row[1] === 'string' ? row[1] : row[1]?.text));
}

/**
 * HTML for the step summary. GitHub renders it as Markdown, where an HTML block such as a table ends at a blank line
 * and what follows is read as Markdown: each part is a block of its own, separated by blank lines; no table cell holds
 * a line break (they become <br>); multi-line text sits in a <pre> block, which only </pre> ends, and every text is
 * HTML-escaped, so a server's text can neither end a block nor add a link or image.
 */
export function renderSummary(facts: RunFacts): string {
  const rows = summaryRows(facts)
    .map(([name, value]) => `<tr><th align="left">${escape(name)}</th><td>${cell(value)}</td></tr>`)
    .join('');
  const parts = [`<h3>${escape(heading(facts))}</h3>`];
  if (rows) parts.push(`<table>${rows}</table>`);
  if (facts.outputs['certificate-path']) {
    parts.push(
      '<p>The files are in the runner\'s temporary folder, which is emptied when the job ends: to keep them, upload them with <a href="https://github.com/actions/upload-artifact">actions/upload-artifact</a>, or pick them up again later with operation: status.</p>',
    );
  }
  if (facts.dryRun && facts.outputs['request-method']) parts.push(requestPreview(facts.outputs));
  if (facts.failure) parts.push(...failureParts(facts.failure));
  return `${parts.join('\n\n')}\n`;
}

/** The outcome first: succeeded, failed with the failure's title, or a dry run. */
function heading(facts: RunFacts): string {
  const what = `CertCentral ${facts.operation}`;
  if (facts.failure) return `${what} failed: ${FAILURE_ADVICE[facts.failure.kind].title(facts.failure.detail)}`;
  if (!facts.dryRun) return `${what} succeeded`;
  // operation renew reads the order even in a dry run, to tell which action is due.
  return facts.operation === 'renew'
    ? `${what}: dry run, only the order was read`
    : `${what}: dry run, nothing was sent`;
}

function failureParts(failure: NonNullable<RunFacts['failure']>): string[] {
  const advice = FAILURE_ADVICE[failure.kind];
  const links = [
    ...(failure.entries ?? []).map(({ label, url }) => link(label, url)),
    link(advice.title(failure.detail), entryUrl(advice.entry)),
  ];
  return [
    preformatted(wrap(failure.message)),
    `<p>Next: ${escape(advice.next)} See ${links.join(', ')} under Troubleshooting.</p>`,
  ];
}

function link(text: string, href: string): string {
  return `<a href="${escape(href)}">${escape(text)}</a>`;
}

/**
 * Lines longer than WRAP_COLUMNS broken at the last space before it (or at it, in a word that long); the text's own
 * line breaks stay.
 */
export function wrap(text: string): string {
  return lineEnds(text)
    .split('\n')
    .flatMap((line) => {
      const pieces: string[] = [];
      let rest = line;
      while (rest.length > WRAP_COLUMNS) {
        const space = rest.lastIndexOf(' ', WRAP_COLUMNS);
        const cut = space > 0 ? space : WRAP_COLUMNS;
        pieces.push(rest.slice(0, cut));
        rest = rest.slice(space > 0 ? cut + 1 : cut);
      }
      return [...pieces, rest];
    })
    .join('\n');
}

/** A <pre> block starting its own line: Markdown ends it only at </pre>, which escaping keeps out of the text. */
function preformatted(text: string): string {
  return `<pre>${escape(lineEnds(text))}</pre>`;
}

/** CRLF and lone CR as LF: a CR alone can end a block as a line break does. */
function lineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function cell(value: Cell): string {
  if (typeof value === 'string') return multiline(value);
  return link(value.text, value.href);
}

function requestPreview(outputs: Readonly<Record<string, string>>): string {
  const body = outputs['request-body'] ? `\n\n${JSON.stringify(JSON.parse(outputs['request-body']), null, 2)}` : '';
  const preview = `${outputs['request-method']} ${outputs['request-url']}\nX-DC-DEVKEY: ***${body}`;
  return `<p>The request it would send:</p>\n\n${preformatted(preview)}`;
}

function multiline(text: string): string {
  return lineEnds(text).split('\n').map(escape).join('<br>');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
