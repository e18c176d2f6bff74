/** The bundle's budget: its size, and what a run loads. Speed itself is measured by `npm run bench`. */
import { spawn } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_ENTRY, BUNDLE_DIR, parseOutputFile } from '../simulator/harness.ts';
import { actions } from './helpers/github.ts';
import { useSimulator } from './helpers/simulator.ts';
import type { LoadedModules } from './helpers/record-modules.ts';
import { csrFixture } from './helpers/seeds.ts';

/** Texts found only in the chunk of node-fetch, of the CSR library, and of the polyfill's stand-in. */
const NODE_FETCH = 'class FetchError';
const CSR_LIBRARY = 'asn1js';
const POLYFILL_STAND_IN = 'web-streams-polyfill is left out of the bundle';

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

  it('keeps dist/index.js within 250 kB', async () => {
    const { size } = await stat(ACTION_ENTRY);
    expect(size).toBeLessThanOrEqual(250_000);
  });

  it('holds only JavaScript, package.json and licenses.txt, and no path rewritten into the bundle', async () => {
    const files = (await readdir(BUNDLE_DIR, { recursive: true, withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    );
    expect(
      files.map((entry) => entry.name).filter((name) => !/\.js$|^package\.json$|^licenses\.txt$/.test(name)),
    ).toEqual([]);
    for (const entry of files.filter((file) => file.name.endsWith('.js'))) {
      const text = await readFile(join(entry.parentPath, entry.name), 'utf8');
      // ncc's asset relocation writes a path under the bundle's folder as `__webpack_require__.ab + "…"`.
      expect(text, entry.name).not.toMatch(/\.ab \+ "/);
    }
  });

  it('is ASCII, which V8 compiles as one-byte text, and reads no template raw, where an escape would differ', async () => {
    const files = (await readdir(BUNDLE_DIR, { recursive: true })).filter((name) => name.endsWith('.js'));
    for (const name of files) {
      const text = await readFile(join(BUNDLE_DIR, name), 'utf8');
      expect(
        [...text].filter((char) => char.charCodeAt(0) > 0x7f),
        name,
      ).toEqual([]);
      expect(text, name).not.toMatch(/String\.raw/);
    }
  });

  it('leaves web-streams-polyfill out: Node 24 has ReadableStream, and node-fetch uses it', async () => {
    const files = (await readdir(BUNDLE_DIR, { recursive: true })).filter((name) => name.endsWith('.js'));
    for (const name of files) {
      const text = await readFile(join(BUNDLE_DIR, name), 'utf8');
      // Names the polyfill defines, and neither Node's code nor node-fetch's does.
      expect(text, name).not.toMatch(/ReadableStreamBYOBRequest|WritableStreamDefaultController/);
    }
  });
});

/** The chunks of the bundle (every .js file but the entry) that hold any of these texts. */
async function chunksHolding(texts: readonly string[]): Promise<string[]> {
  const names = (await readdir(BUNDLE_DIR)).filter((name) => name.endsWith('.js') && name !== 'index.js');
  const holding: string[] = [];
  for (const name of names) {
    const text = await readFile(join(BUNDLE_DIR, name), 'utf8');
    if (texts.some((wanted) => text.includes(wanted))) holding.push(pathToFileURL(join(BUNDLE_DIR, name)).href);
  }
  return holding;
}

describe('what a run loads', () => {
  it('a dry run loads no HTTP client, no CSR library, no polyfill and no lazily loaded chunk', async () => {
    const loaded = await recordRun({ ...ORDER, 'dry-run': 'true' });
    expect(loaded.builtins.filter((name) => HTTP_BUILTINS.includes(name))).toEqual([]);
    expect(loaded.urls.filter((url) => HTTP_SPECIFIERS.includes(url))).toEqual([]);
    // node-fetch, the CSR library, yaml, the operations and the client live in chunks of their own.
    expect(loaded.urls.filter((url) => url.startsWith('file:'))).toEqual([pathToFileURL(ACTION_ENTRY).href]);
    expect(await chunksHolding([NODE_FETCH])).toHaveLength(1);
    expect(await chunksHolding([CSR_LIBRARY])).toHaveLength(1);
  });

  it("a dry run loads no node:crypto, in a runner's job too, where it derives the order's key", async () => {
    const outside = await recordRun({ ...ORDER, 'dry-run': 'true' });
    const inJob = await recordRun({ ...ORDER, 'dry-run': 'true' }, actions('4242'));
    expect(inJob.outputs['request-body']).toMatch(/"alternative_order_id":"gha4242x[0-9a-f]{56}"/);
    for (const loaded of [outside, inJob]) {
      expect(loaded.builtins.filter((name) => /crypto/.test(name))).toEqual([]);
      expect(loaded.urls.filter((url) => /crypto/.test(url))).toEqual([]);
    }
  });

  it('an order loads node-fetch from its chunk, and Node HTTP with it, but no CSR library, no polyfill, no web streams and no node:zlib', async () => {
    const loaded = await recordRun({ ...ORDER, 'base-url': simulator.url });
    expect(loaded.builtins).toContain('http');
    expect(loaded.urls).toContain('node:http');
    expect(loaded.urls).toEqual(expect.arrayContaining(await chunksHolding([NODE_FETCH])));
    const csrLibrary = await chunksHolding([CSR_LIBRARY]);
    expect(csrLibrary).toHaveLength(1);
    expect(loaded.urls.filter((url) => csrLibrary.includes(url))).toEqual([]);
    // fetch-blob's streams module is left out of the bundle (scripts/bundle.ts), and with it the one import of the
    // polyfill: neither the polyfill's stand-in nor Node's own web streams load.
    expect(await chunksHolding([POLYFILL_STAND_IN])).toEqual([]);
    expect(loaded.builtins.filter((name) => name.startsWith('internal/webstreams/'))).toEqual([]);
    // node:zlib loads at the first answer sent compressed (the next test sends one); the simulator's are not.
    expect(loaded.builtins).not.toContain('zlib');
  });

  it('an answer sent compressed is inflated, with node:zlib loaded for it', async () => {
    const answer = { id: 4321, requests: [{ id: 8765, status: 'pending' }] };
    simulator.faults.add({
      when: 'before',
      method: 'POST',
      effect: {
        kind: 'answer',
        status: 201,
        body: gzipSync(JSON.stringify(answer)),
        headers: { 'Content-Encoding': 'gzip' },
      },
    });
    const loaded = await recordRun({ ...ORDER, 'base-url': simulator.url });
    expect(loaded.outputs['order-id']).toBe('4321');
    expect(loaded.builtins).toContain('zlib');
  });

  it('a CSR loads the CSR library from its chunk', async () => {
    const csr = { 'cs-provisioning-method': 'email', csr: csrFixture('rsa-3072-pss') };
    const loaded = await recordRun({ ...ORDER, ...csr, 'dry-run': 'true' });
    expect(loaded.urls).toEqual(expect.arrayContaining(await chunksHolding([CSR_LIBRARY])));
  });
});

/**
 * Runs dist/index.js with the runner's INPUT_* environment and the module recorder preloaded. Its stdout goes to
 * a file: a piped stdout would make Node load `net` for itself.
 */
async function recordRun(
  inputs: Record<string, string>,
  context: Record<string, string> = {},
): Promise<LoadedModules & { outputs: Record<string, string> }> {
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
      ...context,
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
    const loaded = JSON.parse(await readFile(record, 'utf8')) as LoadedModules;
    return { ...loaded, outputs: parseOutputFile(await readFile(outputFile, 'utf8')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
