/**
 * What `npm start` prints: the action's log as a person reads it on the runner's page, and its job summary as text.
 * The runner turns `::command::` lines into log features; outside it they are noise, so here they become words.
 */

/** `%0A`, `%0D`, `%3A`, `%2C` and `%25`, as @actions/core escapes a command's message and properties. */
function unescapeCommand(text: string): string {
  return text
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/**
 * The log without the runner's commands: no `::add-mask::` lines, no `::debug::` lines unless asked, a group as its
 * title with its lines indented under it, and annotations as `warning:` or `error (title):` lines.
 */
export function readableLog(stdout: string, options: { readonly debug?: boolean } = {}): string {
  const out: string[] = [];
  let indent = '';
  for (const line of stdout.split('\n')) {
    const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!command) {
      out.push(line === '' ? '' : `${indent}${line}`);
      continue;
    }
    const [, name, properties = '', message = ''] = command;
    const text = unescapeCommand(message).split('\n');
    if (name === 'group') {
      out.push(`${indent}▸ ${text.join(' ')}`);
      indent = '    ';
    } else if (name === 'endgroup') {
      indent = '';
    } else if (name === 'debug') {
      if (options.debug) out.push(...text.map((part) => `${indent}debug: ${part}`));
    } else if (name === 'warning' || name === 'error' || name === 'notice') {
      const title = /(?:^|,)title=([^,]*)/.exec(properties)?.[1];
      const label = title ? `${name} (${unescapeCommand(title)})` : name;
      out.push(`${indent}${label}: ${text[0]}`, ...text.slice(1).map((part) => `${indent}  ${part}`));
    }
    // add-mask, set-output and the runner's other commands say nothing to a reader.
  }
  return out.join('\n');
}

const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' };

function unescapeHtml(text: string): string {
  return text.replace(/&(lt|gt|quot|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Inline HTML as text: a link as its text and address, a line break as a new, indented line. */
function inlineText(html: string, indent: string): string {
  return unescapeHtml(
    html
      .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (_match, href: string, text: string) => `${text} (${href})`)
      .replace(/<br>/g, `\n${indent}`)
      .replace(/<[^>]+>/g, ''),
  );
}

/** The job summary the action writes (see src/action/summary.ts) as plain text. */
export function summaryText(html: string): string {
  const blocks = html.split(/\n\n(?=<(?:h3|table|p|pre)>)/);
  return blocks
    .map((block) => {
      const heading = /^<h3>([\s\S]*)<\/h3>\s*$/.exec(block);
      if (heading) {
        const title = inlineText(heading[1] as string, '');
        return `${title}\n${'='.repeat(title.length)}`;
      }
      if (block.startsWith('<table>')) {
        const rows = [...block.matchAll(/<tr><th align="left">([^<]*)<\/th><td>([\s\S]*?)<\/td><\/tr>/g)];
        const width = Math.max(...rows.map(([, name]) => (name as string).length));
        return rows
          .map(([, name, value]) => {
            const label = `${unescapeHtml(name as string)}:`.padEnd(width + 2);
            return `${label}${inlineText(value as string, ' '.repeat(width + 2))}`;
          })
          .join('\n');
      }
      const pre = /^<pre>([\s\S]*)<\/pre>\s*$/.exec(block);
      if (pre) return unescapeHtml(pre[1] as string).replace(/^/gm, '    ');
      return inlineText(block.trim(), '');
    })
    .join('\n\n');
}
