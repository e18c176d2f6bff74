/** What `npm start` prints: the action's log without runner commands, and its summary as text. */
import { describe, expect, it } from 'vitest';
import { readableLog, summaryText } from '../scripts/readable-log.ts';
import { renderSummary } from '../src/action/summary.ts';

const LOG = [
  '::add-mask::simulator-demo-key',
  '::debug::POST /order/certificate/code_signing_ev',
  'Ordering code_signing_ev: POST http://127.0.0.1:1/services/v2/order/certificate/code_signing_ev',
  '::group::Waiting for order 112233 to be issued (at most 900 s)',
  '[0.0 s] order 112233: pending',
  '::debug::GET /order/certificate/112233',
  '[5.0 s] order 112233: issued',
  '::endgroup::',
  '::warning::poll-interval: 0.1 seconds is short.',
  '::error title=Not issued in time::Order 112233 was not issued.%0ARun again later.',
].join('\n');

describe('readableLog', () => {
  it('drops ::add-mask:: and ::debug:: lines, and shows a group as its title with its lines indented', () => {
    expect(readableLog(LOG)).toBe(
      [
        'Ordering code_signing_ev: POST http://127.0.0.1:1/services/v2/order/certificate/code_signing_ev',
        '▸ Waiting for order 112233 to be issued (at most 900 s)',
        '    [0.0 s] order 112233: pending',
        '    [5.0 s] order 112233: issued',
        'warning: poll-interval: 0.1 seconds is short.',
        'error (Not issued in time): Order 112233 was not issued.',
        '  Run again later.',
      ].join('\n'),
    );
  });

  it('shows the debug lines when asked', () => {
    expect(readableLog(LOG, { debug: true })).toContain('    debug: GET /order/certificate/112233');
    expect(readableLog(LOG, { debug: true })).not.toContain('::');
  });
});

describe('summaryText', () => {
  it('gives the heading, one row per line, a link with its address, and a failure message indented', () => {
    const html = renderSummary({
      operation: 'order',
      product: 'code_signing',
      dryRun: false,
      outputs: { 'order-id': '112233', 'certificate-path': '/tmp/a/certificate.pem', 'chain-path': '/tmp/a/chain.pem' },
      failure: { kind: 'not-issued-in-time', message: 'Order 112233 was not issued within 900 s.\n<soon>' },
    });
    const text = summaryText(html);
    expect(text).toMatch(/^CertCentral order failed: Not issued in time\n=+\n\nProduct: {7}code_signing\n/);
    expect(text).toContain('Files written: /tmp/a/certificate.pem\n               /tmp/a/chain.pem');
    expect(text).toContain('    Order 112233 was not issued within 900 s.\n    <soon>');
    expect(text).toContain(
      'Not issued in time (https://github.com/OWNER/certcentral-order-action/blob/v1/README.md#not-issued-in-time)',
    );
    expect(text).not.toMatch(/<\/?(?:h3|table|tr|th|td|p|pre|a|br)\b/);
  });
});
