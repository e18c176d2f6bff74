/** The bundle's budget: its size, and what a run loads. Speed itself is measured by `npm run bench`. */
import { spawn } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_ENTRY, BUNDLE_DIR } from '../simulator/harness.ts';
import { useSimulator } from './helpers/simulator.ts';
import type { LoadedModules } from './helpers/record-modules.ts';

const RECORDER = resolve(import.meta.dirname, 'helpers/record-modules.ts');
const API_KEY = 'bundle-test-key';
const ORDER = {
  'api-key': API_KEY,
  product: 'code_signing',
  'organization-id': '123456',
  'validity-years': '1',
  'server-platform-id': '52',
};

/** Node's modules for sending HTTP, and the HTTP client of Node's own fetch. */
const HTTP_BUILTINS = ['http', 'https', 'net', 'tls', 'http2', 'internal/deps/undici/undici'];
const HTTP_SPECIFIERS = ['node:http', 'node:https', 'node:net', 'node:tls', 'node:http2', 'undici'];

const simulator = useSimulator({ apiKey: API_KEY, approval: 'auto' });

describe('the bundle', () => {
  it('the tests run is a build of src/ as it is now, not the committed dist/', async () => {
    const root = resolve(import.meta.dirname, '..');
    expect(resolve(BUNDLE_DIR)).not.toBe(join(root, 'dist'));
    const sources = (await readdir(join(root, 'src'), { recursive: true })).filter((name) => name.endsWith('.ts'));
    const newestSource = Math.max(
      ...(await Promise.all(sources.map(async (name) => (await stat(join(root, 'src', name))).mtimeMs))),
    );
    expect((await stat(ACTION_ENTRY)).mtimeMs).toBeGreaterThanOrEqual(newestSource);
  });

  it('keeps dist/index.js within 400 kB', async () => {
    const { size } = await stat(ACTION_ENTRY);
    expect(size).toBeLessThanOrEqual(400_000);
  });
});

describe('what a run loads', () => {
  it('a dry run loads no HTTP client and no lazily loaded chunk', async () => {
    const loaded = await recordRun({ ...ORDER, 'dry-run': 'true' });
    expect(loaded.builtins.filter((name) => HTTP_BUILTINS.includes(name))).toEqual([]);
    expect(loaded.urls.filter((url) => HTTP_SPECIFIERS.includes(url))).toEqual([]);
    // node-fetch and yaml live in chunks of their own, next to index.js.
    expect(loaded.urls.filter((url) => url.startsWith('file:'))).toEqual([pathToFileURL(ACTION_ENTRY).href]);
  });

  it('an order loads node-fetch from its chunk, and Node HTTP with it (so the recording sees them)', async () => {
    const loaded = await recordRun({ ...ORDER, 'base-url': simulator.url });
    expect(loaded.builtins).toContain('http');
    expect(loaded.urls).toContain('node:http');
    const chunks = loaded.urls.filter((url) => url.startsWith('file:') && url !== pathToFileURL(ACTION_ENTRY).href);
    expect(chunks).toHaveLength(1);
    expect(await readFile(new URL(chunks[0] as string), 'utf8')).toContain('node-fetch');
  });
});

/**
 * Runs dist/index.js with the runner's INPUT_* environment and the module recorder preloaded. Its stdout goes to
 * a file: a piped stdout would make Node load `net` for itself.
 */
async function recordRun(inputs: Record<string, string>): Promise<LoadedModules> {
  const dir = await mkdtemp(join(tmpdir(), 'certcentral-bundle-'));
  try {
    const outputFile = join(dir, 'output');
    const record = join(dir, 'modules.json');
    await writeFile(outputFile, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: outputFile,
      RECORD_MODULES_TO: record,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const log = await open(join(dir, 'log'), 'w');
    const code = await new Promise<number | null>((resolvePromise, reject) => {
      const child = spawn(process.execPath, ['--import', pathToFileURL(RECORDER).href, ACTION_ENTRY], {
        env,
        stdio: ['ignore', log.fd, log.fd],
      });
      child.on('error', reject);
      child.on('close', resolvePromise);
    }).finally(() => log.close());
    if (code !== 0) throw new Error(`dist/index.js exited with ${code}:\n${await readFile(join(dir, 'log'), 'utf8')}`);
    return JSON.parse(await readFile(record, 'utf8')) as LoadedModules;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
