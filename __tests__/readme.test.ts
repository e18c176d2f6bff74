/** The README is for users: it starts with a try-out, lists its sections, names runners, and says what it needs. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import packageJson from '../package.json' with { type: 'json' };

const ROOT = resolve(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const HEADINGS = README.split('\n')
  .filter((line) => line.startsWith('## '))
  .map((line) => line.slice(3));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
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

  it('keeps internal notes in docs/ and links them from Develop', () => {
    expect(README).not.toMatch(/Before this work|targets are not met|## Performance/);
    const develop = section('Develop');
    for (const doc of ['docs/development.md', 'docs/performance.md']) {
      expect(develop).toContain(`(${doc})`);
      expect(existsSync(join(ROOT, doc)), doc).toBe(true);
    }
    expect(develop).toContain('../shared');
  });

  it('says which uses: to write before a public release exists', () => {
    expect(section('Quick start')).toMatch(/There is no public release yet, so there is no `v1` tag/);
  });

  it('names the runner of each signing example: signtool on Windows, jsign on any, codesign on macOS', () => {
    const release = section('Release workflows');
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
    const selfHosted = section('Self-hosted runners');
    expect(selfHosted).toContain('Runner v2.327.1 or newer');
    expect(selfHosted).toContain('node24');
    expect(selfHosted).toContain('Node 24');
    expect(README).not.toMatch(/Node 20 or later/);
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
    expect(README).toContain('`request-timeout` bounds each request');
  });
});
