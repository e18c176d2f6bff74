/** The README is for users: it starts with a try-out, lists its sections, names runners, and says what it needs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import packageJson from '../package.json' with { type: 'json' };
import {
  entryUrl,
  FAILURE_ADVICE,
  headingAnchor,
  PAGES_URL,
  TROUBLESHOOTING_CODES,
} from '../src/action/failure-advice.ts';

const ROOT = resolve(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const HEADINGS = README.split('\n')
  .filter((line) => line.startsWith('## '))
  .map((line) => line.slice(3));

const DOCS = readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);
const anchor = headingAnchor;

/** The anchors of a Markdown file's headings (outside code blocks). */
function anchorsOf(file: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => anchor(heading as string)));
}

/** The text under the `## title` heading, up to the next `## `. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  expect(start, `## ${title}`).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 4);
  return README.slice(start, end === -1 ? undefined : end);
}

describe('README.md', () => {
  it('lists every section in its Contents line, with links that resolve', () => {
    const contents = /\*\*Contents:\*\*([\s\S]*?)\n\n/.exec(README)?.[1] ?? '';
    const links = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map(([, target]) => target);
    expect(links).toEqual(HEADINGS.map(anchor));
  });

  it('starts with a try-out without an account: npm start, then the simulator and the CLI', () => {
    expect(HEADINGS[0]).toBe('Try it without an account (2 minutes)');
    const tryIt = section(HEADINGS[0] as string);
    expect(tryIt).toContain('npm ci && npm start');
    expect(tryIt).toContain('npm run simulator -- --port 8080');
    for (const command of ['order', 'reissue', 'status']) expect(tryIt).toContain(`node dist/cli/index.js ${command} `);
  });

  it('is at most 32 kB, and keeps its sections in the order a newcomer reads them', () => {
    expect(Buffer.byteLength(README)).toBeLessThanOrEqual(32 * 1024);
    expect(HEADINGS).toEqual([
      'Try it without an account (2 minutes)',
      'Quick start',
      'Examples',
      'Outputs',
      'Troubleshooting',
      'Links',
    ]);
  });

  it('has one short example per product family and per operation', () => {
    const examples = README.slice(README.indexOf('\n## Examples\n'), README.indexOf('\n## Outputs\n'));
    for (const family of ['code_signing', 'document_signing_org_1', 'secure_email_mailbox', 'secure_email_sponsor'])
      expect(examples).toContain(`product: ${family}`);
    expect(examples).toContain('product: secure_email_organization');
    for (const operation of ['reissue', 'status', 'renew']) expect(examples).toContain(`operation: ${operation}`);
    expect(examples).toContain('validity-days: 459');
    expect(examples).toMatch(/\*\*retired\*\*/);
  });

  it('keeps internal notes in docs/ and links them', () => {
    expect(README).not.toMatch(/Before this work|targets are not met|## Performance/);
    const links = section('Links');
    for (const doc of ['docs/development.md', 'docs/performance.md', 'docs/inputs.md', 'docs/safety.md']) {
      expect(links).toContain(`(${doc})`);
    }
    expect(links).toContain('../shared');
  });

  it('every link to a file of the repository, and to a heading of it, resolves (README.md and docs/)', () => {
    for (const file of ['README.md', ...DOCS]) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target as string)) continue;
        const [path, hash] = (target as string).split('#') as [string, string | undefined];
        const resolved = path === '' ? file : join(dirname(file), path);
        expect(existsSync(join(ROOT, resolved)), `${file}: ${target}`).toBe(true);
        if (hash !== undefined && resolved.endsWith('.md')) {
          expect(anchorsOf(resolved).has(hash), `${file}: ${target}`).toBe(true);
        }
      }
    }
  });

  it('has a troubleshooting heading for every failure title the summary links to, and for DigiCert codes', () => {
    for (const [kind, advice] of Object.entries(FAILURE_ADVICE)) {
      expect(entryUrl(advice.entry).startsWith(PAGES_URL), kind).toBe(true);
      expect(anchorsOf(advice.entry.page).has(advice.entry.anchor), `${kind}: ${advice.entry.anchor}`).toBe(true);
    }
    for (const code of [...TROUBLESHOOTING_CODES, 'HTTP 401']) {
      expect(anchorsOf('README.md').has(anchor(code)), code).toBe(true);
    }
  });

  it('says which uses: to write before a public release exists', () => {
    expect(section('Quick start')).toMatch(/There is no public release yet, so there is no `v1` tag/);
  });
});

describe('docs/', () => {
  const page = (file: string) => readFileSync(join(ROOT, file), 'utf8');

  it('names the runner of each signing example: signtool on Windows, jsign on any, codesign on macOS', () => {
    const release = page('docs/signing.md');
    const blocks = [...release.matchAll(/```yaml\n([\s\S]*?)```/g)].map(([, body]) => body as string);
    const runnerOf = (tool: string) => {
      const block = blocks.find((body) => body.includes(`${tool} `));
      expect(block, tool).toBeDefined();
      return JSON.stringify((parse(block as string) as { jobs: Record<string, { 'runs-on': unknown }> }).jobs);
    };
    expect(runnerOf('signtool')).toMatch(/"windows"/);
    expect(runnerOf('codesign')).toMatch(/"macOS"/);
    expect(release).toMatch(/with \[jsign\]\(https:\/\/ebourg\.github\.io\/jsign\/\)\*\* \(any runner/);
    // How the written files reach the signing step, on each runner.
    for (const shell of ['Linux, macOS', 'Windows (PowerShell', '$env:CERTIFICATE', '"$CERTIFICATE"']) {
      expect(release).toContain(shell);
    }
  });

  it('says what self-hosted runners need: Node 24 and runner v2.327.1 or newer for node24 actions', () => {
    const selfHosted = page('docs/self-hosted-runners.md');
    expect(selfHosted).toContain('Runner v2.327.1 or newer');
    expect(selfHosted).toContain('node24');
    expect(selfHosted).toContain('Node 24');
    expect(README + DOCS.map(page).join('')).not.toMatch(/Node 20 or later/);
  });
});

describe('package.json', () => {
  it('declares Node 24, a repository, the files to pack and no build step on install', () => {
    expect(packageJson.engines.node).toBe('>=24');
    expect(packageJson.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/certcentral-order-action\.git$/);
    expect(packageJson.files).toEqual(['dist/', 'action.yml']);
    const scripts: Record<string, string> = packageJson.scripts;
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack'])
      expect(scripts[hook]).toBeUndefined();
  });
});

describe('action.yml', () => {
  it('says, as the code and README do, that request-timeout bounds each request', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string }>;
    };
    const description = action.inputs['request-timeout']?.description ?? '';
    expect(description).toMatch(/^Seconds each request may take/);
    expect(description).not.toMatch(/of the step/);
    expect(readFileSync(join(ROOT, 'docs/safety.md'), 'utf8')).toContain('`request-timeout` bounds each request');
  });
});
