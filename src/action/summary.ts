/** The job summary: what a release manager reads first, from the run's outputs. */
import { BASE_URLS } from '../inputs/settings.ts';
import type { FailureKind } from '../common/failure.ts';
import { FAILURE_ADVICE } from './failure-advice.ts';

export interface RunFacts {
  readonly operation: string;
  readonly product: string;
  readonly dryRun: boolean;
  /** The API base URL the run used; the order links to CertCentral's pages of that region. */
  readonly baseUrl?: string;
  /** The outputs set, already free of the API key. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Set when the run failed. */
  readonly failure?: { readonly kind: FailureKind; readonly detail?: string; readonly message: string };
}

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
  const rows: [string, Cell | undefined][] = [
    ['Product', facts.product],
    // operation renew: what it did, and why, with the dates it compared.
    ['Renewal action', outputs['renewal-action']],
    ['Why', outputs['renewal-reason']],
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
  // operation renew reads the order even in a dry run, to tell which action is due.
  const dryRun =
    facts.operation === 'renew' ? 'dry run of renew, only the order was read' : 'dry run, nothing was sent';
  const title = facts.dryRun ? `CertCentral: ${dryRun}` : `CertCentral: ${facts.operation}`;
  const rows = summaryRows(facts)
    .map(([name, value]) => `<tr><th align="left">${escape(name)}</th><td>${cell(value)}</td></tr>`)
    .join('');
  const parts = [`<h3>${escape(title)}</h3>`];
  if (rows) parts.push(`<table>${rows}</table>`);
  if (facts.dryRun && facts.outputs['request-method']) parts.push(requestPreview(facts.outputs));
  if (facts.failure) {
    const advice = FAILURE_ADVICE[facts.failure.kind];
    parts.push(
      `<p><strong>Failed: ${escape(advice.title(facts.failure.detail))}</strong></p>`,
      preformatted(facts.failure.message),
      `<p>Next: ${escape(advice.next)}</p>`,
    );
  } else {
    parts.push('<p>Succeeded.</p>');
  }
  return `${parts.join('\n\n')}\n`;
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
  return `<a href="${escape(value.href)}">${escape(value.text)}</a>`;
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
