/** The job summary: a short table of what the run did, from its outputs. */

export interface RunFacts {
  readonly operation: string;
  readonly product: string;
  readonly dryRun: boolean;
  /** The outputs set, already free of the API key. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Set when the run failed. */
  readonly failure?: { readonly title: string; readonly message: string };
}

/** The table rows with a value, in a fixed order. */
export function summaryRows(facts: RunFacts): [string, string][] {
  const { outputs } = facts;
  const validity =
    outputs['valid-from'] || outputs['valid-till']
      ? `${outputs['valid-from'] || '?'} to ${outputs['valid-till'] || '?'}`
      : '';
  const files = [outputs['certificate-path'], outputs['chain-path']].filter(Boolean).join('\n');
  const rows: [string, string | undefined][] = [
    ['Operation', facts.operation],
    ['Product', facts.product],
    // operation renew: what it did, and why, with the dates it compared.
    ['Renewal action', outputs['renewal-action']],
    ['Why', outputs['renewal-reason']],
    ['Order ID', outputs['order-id']],
    ['Request status', outputs['request-status']],
    ['Certificate ID', outputs['certificate-id']],
    ['Order status', outputs['order-status']],
    ['Validity', validity],
    ['Files written', files],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

/** HTML for the step summary (GitHub renders it inside Markdown). */
export function renderSummary(facts: RunFacts): string {
  // operation renew reads the order even in a dry run, to tell which action is due.
  const dryRun =
    facts.operation === 'renew' ? 'dry run of renew, only the order was read' : 'dry run, nothing was sent';
  const title = facts.dryRun ? `CertCentral: ${dryRun}` : `CertCentral: ${facts.operation}`;
  const rows = summaryRows(facts)
    .map(([name, value]) => `<tr><th align="left">${escape(name)}</th><td>${multiline(value)}</td></tr>`)
    .join('');
  const parts = [`<h3>${escape(title)}</h3>`, `<table>${rows}</table>`];
  if (facts.dryRun && facts.outputs['request-method']) parts.push(requestPreview(facts.outputs));
  parts.push(
    facts.failure
      ? `<p><strong>Failed: ${escape(facts.failure.title)}</strong></p><pre>${escape(facts.failure.message)}</pre>`
      : '<p>Succeeded.</p>',
  );
  return `${parts.join('\n')}\n`;
}

function requestPreview(outputs: Readonly<Record<string, string>>): string {
  const body = outputs['request-body'] ? `\n\n${JSON.stringify(JSON.parse(outputs['request-body']), null, 2)}` : '';
  const preview = `${outputs['request-method']} ${outputs['request-url']}\nX-DC-DEVKEY: ***${body}`;
  return `<p>The request it would send:</p><pre><code>${escape(preview)}</code></pre>`;
}

function multiline(text: string): string {
  return text.split('\n').map(escape).join('<br>');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
