/**
 * Builds the action (index.js) and the `certcentral` bin (cli/index.js) from src/ with ncc, into one folder:
 * `npm run bundle` writes dist/, which is committed; the tests build a fresh copy of the current src/ into
 * build/ (vitest's global setup), so that no test runs a stale dist/.
 * Usage: node scripts/bundle.ts [outDir]   (dist by default)
 */
import { spawn } from 'node:child_process';
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const NCC = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');

/** Builds both entries into `outDir`, which is cleared first, so that moved files leave no stale chunks. */
export async function bundle(outDir: string): Promise<void> {
  const out = resolve(ROOT, outDir);
  await rm(out, { recursive: true, force: true });
  await Promise.all([build('src/index.ts', out), build('src/cli/index.ts', join(out, 'cli'))]);
  await withLfLineEnds(out);
  await chmod(join(out, 'cli', 'index.js'), 0o755);
}

/**
 * Some dependencies (tslib) are written with CRLF line ends, which ncc copies; git stores dist/ with LF
 * (.gitattributes), so a fresh build is made byte for byte what is committed.
 */
async function withLfLineEnds(out: string): Promise<void> {
  for (const name of await readdir(out, { recursive: true })) {
    if (!name.endsWith('.js')) continue;
    const path = join(out, name);
    const text = await readFile(path, 'utf8');
    if (text.includes('\r\n')) await writeFile(path, text.replace(/\r\n/g, '\n'));
  }
}

function build(entry: string, out: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [NCC, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`ncc build ${entry} exited with ${code}`)),
    );
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bundle(process.argv[2] ?? 'dist');
}
