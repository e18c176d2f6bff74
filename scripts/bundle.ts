/**
 * Builds the action (index.js) and the `certcentral` bin (cli/index.js) from src/ with ncc, into one folder:
 * `npm run bundle` writes dist/, which is committed; the tests build a fresh copy of the current src/ into
 * build/ (vitest's global setup), so that no test runs a stale dist/. The bundles are CommonJS: ncc would emit ESM
 * for this package, which loads each built-in module through node:module's createRequire, and `npm run bench`
 * measures the CommonJS build faster (docs/performance.md).
 * Usage: node scripts/bundle.ts [outDir]   (dist by default)
 */
import { spawn } from 'node:child_process';
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const NCC = createRequire(import.meta.url).resolve('@vercel/ncc');

/** Builds both entries into `outDir`, which is cleared first, so that moved files leave no stale chunks. */
export async function bundle(outDir: string): Promise<void> {
  const out = resolve(ROOT, outDir);
  await rm(out, { recursive: true, force: true });
  await Promise.all([
    nccBuild(join(ROOT, 'src/index.ts'), out, { esm: false, license: true, leaveOut: true }),
    nccBuild(join(ROOT, 'src/cli/index.ts'), join(out, 'cli'), { esm: false, license: true, leaveOut: true }),
  ]);
  await rewriteEmitted(out);
  await chmod(join(out, 'cli', 'index.js'), 0o755);
}

/**
 * Rewrites each emitted .js file:
 * - with LF line ends: some dependencies (tslib) are written with CRLF, which ncc copies; git stores dist/ with LF
 *   (.gitattributes), so a fresh build is made byte for byte what is committed;
 * - in ASCII: one non-ASCII character (a § in a comment) makes V8 hold and scan the whole source as two-byte text,
 *   which takes longer to compile (docs/performance.md). Each one becomes a \u escape, which means the same in a
 *   string, a template, a regular expression or a comment, though not in a template read raw (String.raw): a test
 *   checks that the bundle has none;
 * - with node:zlib loaded when first used: node-fetch imports it when it loads, and uses it only to inflate an answer
 *   sent compressed. Loading it costs 9 M instructions, a fiftieth of an order (docs/performance.md). The module
 *   webpack emits for the import becomes one that loads node:zlib at the first use of any of its names; a test
 *   checks that an order answered uncompressed loads no node:zlib, and another that a gzip answer is still inflated.
 */
export async function rewriteEmitted(out: string): Promise<void> {
  for (const name of await readdir(out, { recursive: true })) {
    if (!name.endsWith('.js')) continue;
    const path = join(out, name);
    const text = await readFile(path, 'utf8');
    const rewritten = text
      .replace(/\r\n/g, '\n')
      .replace(/[^\t-\x7e]/g, unicodeEscape)
      .replace(EAGER_ZLIB, LAZY_ZLIB);
    if (rewritten !== text) await writeFile(path, rewritten);
  }
}

/** webpack's module for an external node:zlib, in a CommonJS bundle or an ESM one. */
const EAGER_ZLIB =
  /^module\.exports = ((?:require|__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\))\("node:zlib"\));$/gm;
const LAZY_ZLIB = 'let zlib;\nmodule.exports = new Proxy({}, { get: (_, name) => (zlib ??= $1)[name] });';

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Where ncc may find files to copy into the bundle as assets. The action reads no file of its own at run time, but
 * ncc's asset relocation reads `resolve(dir, 'certificate.pem')` as a reference to any certificate.pem it finds under
 * this folder, and rewrites the path into the bundle: a folder with no files keeps it from finding any, such as the
 * certs/ of the README's walk-through.
 */
const ASSET_BASE = join(ROOT, 'src', 'left-out', 'no-assets');

/**
 * Modules of the dependencies that the action's bundles leave out, each as the import that names it, pointed at a
 * built-in module that every run importing it has loaded already. fetch-blob (node-fetch's Blob) imports
 * `./streams.cjs` only for what it does when loaded: on a runtime without a global ReadableStream it installs one
 * (from node:stream/web, else from web-streams-polyfill), and it adds Blob.prototype.stream where node:buffer's Blob
 * has none. Node 24 has both, yet reading globalThis.ReadableStream to check makes Node load its web streams: 25 M
 * instructions, a twentieth of an order (docs/performance.md). No other module of node_modules imports a file of
 * that name; a test checks that an order loads no web streams.
 */
const LEFT_OUT: Readonly<Record<string, string>> = { './streams.cjs': 'node:buffer' };

export interface NccOptions {
  /** ESM, or CommonJS; the folder gets a package.json that says which. */
  readonly esm: boolean;
  /** Which tsconfig.json applies (its `paths` leave modules out): the repository's by default. */
  readonly cwd?: string;
  /** Adds licenses.txt with the licenses of the bundled packages. */
  readonly license?: boolean;
  /** Leaves out the modules in LEFT_OUT: the action's builds do; the bench's floors and peer do not. */
  readonly leaveOut?: boolean;
}

/**
 * Bundles an entry with ncc's API (its command line has no switch for the module format) into `out`, in a process of
 * its own. ncc's own warnings are shown only when the build fails.
 */
export function nccBuild(
  entry: string,
  out: string,
  { esm, cwd = ROOT, license = false, leaveOut = false }: NccOptions,
): Promise<string> {
  const script = `
    const ncc = require(${JSON.stringify(NCC)});
    const { mkdirSync, writeFileSync } = require('node:fs');
    const { dirname, join } = require('node:path');
    const out = ${JSON.stringify(out)};
    ncc(${JSON.stringify(entry)}, { esm: ${esm}, quiet: true, filterAssetBase: ${JSON.stringify(ASSET_BASE)}${license ? ", license: 'licenses.txt'" : ''}${leaveOut ? `, externals: ${JSON.stringify(LEFT_OUT)}` : ''} }).then(({ code, assets }) => {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.js'), code);
      for (const [name, asset] of Object.entries(assets)) {
        mkdirSync(dirname(join(out, name)), { recursive: true });
        writeFileSync(join(out, name), asset.source);
      }
      writeFileSync(join(out, 'package.json'), JSON.stringify({ type: ${esm ? "'module'" : "'commonjs'"} }, null, 2) + '\\n');
    });`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-e', script], { cwd, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(join(out, 'index.js'))
        : reject(new Error(`ncc build of ${entry} exited with ${code}:\n${stderr}`)),
    );
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bundle(process.argv[2] ?? 'dist');
}
