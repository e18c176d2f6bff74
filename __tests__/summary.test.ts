import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { BASE_URLS } from '../src/inputs/settings.ts';
import { orderPageUrl, renderSummary, wrap } from '../src/action/summary.ts';
import { codeEntries, FAILURE_ADVICE, PAGES_URL } from '../src/action/failure-advice.ts';
import { CertCentralError } from '../src/certcentral/errors.ts';

const ISSUED = {
  'order-id': '112234',
  'request-id': '115',
  'request-status': 'approved',
  'certificate-id': '500005',
  'order-status': 'issued',
  'serial-number': '0A1B2C',
  thumbprint: 'ABCDEF0123',
  'valid-from': '2026-11-25',
  'valid-till': '2028-02-26',
  'certificate-path': '/runner/temp/certcentral-order-112234/certificate.pem',
  'chain-path': '/runner/temp/certcentral-order-112234/chain.pem',
};

describe('the order link', () => {
  it("goes to the order's page in CertCentral, US or Europe", () => {
    expect(orderPageUrl(BASE_URLS.us, '112234')).toBe('https://www.digicert.com/secure/orders/112234');
    expect(orderPageUrl(BASE_URLS.eu, '112234')).toBe('https://certcentral.digicert.eu/secure/orders/112234');
  });

  it('is left out for another base URL, such as the simulator, and without an order id', () => {
    expect(orderPageUrl('http://127.0.0.1:8080/services/v2', '112234')).toBeUndefined();
    expect(orderPageUrl(BASE_URLS.us, '')).toBeUndefined();
  });
});

/** The summary as GitHub's Markdown would render it: CommonMark with raw HTML, as markdown-it does. */
function rendered(markdown: string): string {
  return new MarkdownIt({ html: true }).render(markdown);
}

describe('the summary holds whatever a server sends', () => {
  const HOSTILE = 'a\n\n![x](https://evil.example/x.png) [link](https://evil.example)\r\r<img src=x>\r\n</pre>**bold**';

  it('keeps a failure message with blank lines, CRs, Markdown and HTML inside its <pre> block', () => {
    const html = rendered(
      renderSummary({
        operation: 'order',
        product: 'code_signing',
        dryRun: false,
        outputs: {},
        failure: { kind: 'certcentral', message: HOSTILE },
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<a href="https://evil.example');
    expect(html).not.toContain('<strong>bold');
    expect(html).toContain('&lt;img src=x&gt;');
    expect(html).toContain('![x](https://evil.example/x.png)');
    // One <pre> block, closed only by its own </pre>.
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(html).toContain('&lt;/pre&gt;**bold**</pre>');
  });

  it('keeps every output with blank lines and CRs inside its table cell', () => {
    const html = rendered(
      renderSummary({
        operation: 'status',
        product: '',
        dryRun: false,
        outputs: {
          'order-id': '112234',
          'order-status': HOSTILE,
          'serial-number': 'x\r\r![y](https://evil.example/y.png)',
        },
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<a href="https://evil.example');
    expect(html).toMatch(/<td>a<br><br>!\[x\]\(https:\/\/evil\.example\/x\.png\)/);
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html).toContain('</table>');
  });

  it("keeps a dry run's request preview, blank lines in a comment included, in one <pre> block", () => {
    const body = JSON.stringify({ comments: 'line one\n\nline three', validity_years: 1 });
    const html = rendered(
      renderSummary({
        operation: 'order',
        product: 'code_signing',
        dryRun: true,
        outputs: { 'request-method': 'POST', 'request-url': 'https://x/order', 'request-body': body },
      }),
    );
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(html).toContain('  &quot;validity_years&quot;: 1\n}</pre>');
  });
});

describe('renderSummary', () => {
  it('gives the product, the linked order, request and status, certificate details and files', () => {
    const html = renderSummary({
      operation: 'order',
      product: 'code_signing',
      dryRun: false,
      baseUrl: BASE_URLS.eu,
      outputs: ISSUED,
    });
    const row = (name: string, value: string) => `<tr><th align="left">${name}</th><td>${value}</td></tr>`;
    expect(html).toBe(
      [
        '<h3>CertCentral order succeeded</h3>',
        `<table>${[
          row('Product', 'code_signing'),
          row('Order ID', '<a href="https://certcentral.digicert.eu/secure/orders/112234">112234</a>'),
          row('Request', '115 (approved)'),
          row('Order status', 'issued'),
          row('Certificate ID', '500005'),
          row('Serial number', '0A1B2C'),
          row('Thumbprint', 'ABCDEF0123'),
          row('Validity', '2026-11-25 to 2028-02-26'),
          row('Files written', `${ISSUED['certificate-path']}<br>${ISSUED['chain-path']}`),
        ].join('')}</table>`,
        '<p>The files are in the runner\'s temporary folder, which is emptied when the job ends: to keep them, upload them with <a href="https://github.com/actions/upload-artifact">actions/upload-artifact</a>, or pick them up again later with operation: status.</p>',
      ].join('\n\n') + '\n',
    );
  });

  it('links a US order to www.digicert.com', () => {
    const html = renderSummary({
      operation: 'status',
      product: '',
      dryRun: false,
      baseUrl: BASE_URLS.us,
      outputs: ISSUED,
    });
    expect(html).toContain('<a href="https://www.digicert.com/secure/orders/112234">112234</a>');
  });

  it('on failure, gives the error and what to do next', () => {
    const html = renderSummary({
      operation: 'order',
      product: 'code_signing',
      dryRun: false,
      baseUrl: BASE_URLS.us,
      outputs: { 'order-id': '112234', 'order-status': 'pending' },
      failure: { kind: 'not-issued-in-time', message: 'Order 112234 was not issued within 900 seconds.' },
    });
    expect(html).toMatch(/^<h3>CertCentral order failed: Not issued in time<\/h3>/);
    expect(html).toContain('<pre>Order 112234 was not issued within 900 seconds.</pre>');
    expect(html).toContain(
      `<p>Next: ${FAILURE_ADVICE['not-issued-in-time'].next} See <a href="${PAGES_URL}README.md#not-issued-in-time">Not issued in time</a> under Troubleshooting.</p>`,
    );
    expect(html).not.toContain('succeeded');
  });

  it("links a DigiCert code's own troubleshooting entry, and the failure's", () => {
    const html = renderSummary({
      operation: 'order',
      product: 'code_signing',
      dryRun: false,
      outputs: {},
      failure: {
        kind: 'certcentral',
        message: 'CertCentral answered HTTP 403: access_denied|missing_permission: Nope.',
        entries: codeEntries(
          new CertCentralError('refused', 403, [{ code: 'access_denied|missing_permission', message: 'Nope.' }]),
        ),
      },
    });
    expect(html).toContain(
      `See <a href="${PAGES_URL}README.md#access_deniedmissing_permission">access_denied|missing_permission</a>, <a href="${PAGES_URL}README.md#certcentral-request-failed">CertCentral request failed</a> under Troubleshooting.`,
    );
    expect(codeEntries(new CertCentralError('refused', 401, [{ code: 'invalid_key', message: 'x' }]))).toEqual([
      { label: 'HTTP 401', url: `${PAGES_URL}README.md#http-401` },
    ]);
    expect(codeEntries(new Error('not a CertCentral answer'))).toEqual([]);
  });

  it('says the outcome first: succeeded, failed with its title, or a dry run', () => {
    const heading = (facts: Partial<Parameters<typeof renderSummary>[0]>) =>
      /^<h3>(.*)<\/h3>/.exec(
        renderSummary({ operation: 'reissue', product: '', dryRun: false, outputs: {}, ...facts }),
      )?.[1];
    expect(heading({})).toBe('CertCentral reissue succeeded');
    expect(heading({ dryRun: true })).toBe('CertCentral reissue: dry run, nothing was sent');
    expect(heading({ operation: 'renew', dryRun: true })).toBe('CertCentral renew: dry run, only the order was read');
    expect(heading({ failure: { kind: 'order-failed', detail: 'rejected', message: 'm' } })).toBe(
      'CertCentral reissue failed: Order rejected',
    );
  });

  it('wraps long lines of a failure message at spaces, keeping its own line breaks', () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const wrapped = wrap(`${words}\nshort line\n${'x'.repeat(230)}`);
    const lines = wrapped.split('\n');
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    // Nothing is lost: the words come back with the breaks read as the spaces they replaced.
    expect(lines.slice(0, -4).join(' ')).toBe(words);
    expect(lines.slice(-4)).toEqual(['short line', 'x'.repeat(100), 'x'.repeat(100), 'x'.repeat(30)]);
  });

  it('shows, for operation renew, the order read, its product, its expiry, the action and why', () => {
    const html = renderSummary({
      operation: 'renew',
      product: '',
      dryRun: false,
      baseUrl: BASE_URLS.us,
      outputs: { 'order-id': '9001', 'renewal-action': 'renew', 'renewal-reason': 'Certificate expires soon.' },
      renewRead: { orderId: '9000', product: 'code_signing', validTill: '2026-12-20' },
    });
    const names = [...html.matchAll(/<th align="left">([^<]+)<\/th><td>([^<]*(?:<a [^>]+>[^<]+<\/a>)?)/g)].map(
      ([, name, value]) => [name, value],
    );
    expect(names).toEqual([
      ['Order read', '<a href="https://www.digicert.com/secure/orders/9000">9000</a>'],
      ['Product', 'code_signing'],
      ['Certificate expiry', '2026-12-20'],
      ['Renewal action', 'renew'],
      ['Why', 'Certificate expires soon.'],
      ['Order ID', '<a href="https://www.digicert.com/secure/orders/9001">9001</a>'],
    ]);
  });

  it('has a title and a next step of its own for each kind of failure', () => {
    const kinds = Object.keys(FAILURE_ADVICE) as (keyof typeof FAILURE_ADVICE)[];
    const advice = kinds.map((kind) => FAILURE_ADVICE[kind]);
    expect(new Set(advice.map((entry) => entry.title('rejected'))).size).toBe(kinds.length - 1);
    // A found order that failed and an order that failed while waiting share their title, not their advice.
    expect(FAILURE_ADVICE['found-failed'].title('rejected')).toBe('Order rejected');
    expect(FAILURE_ADVICE['order-failed'].title('canceled')).toBe('Order canceled');
    expect(FAILURE_ADVICE['renewal-failed'].title('rejected')).toBe('Renewal rejected');
    expect(new Set(advice.map((entry) => entry.next)).size).toBeGreaterThanOrEqual(kinds.length - 1);
    expect(FAILURE_ADVICE['found-failed'].next).not.toContain('HTTP status');
  });
});
