/** The Node binaries the end-to-end tests run dist/index.js with, and the versions they report. */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface NodeRuntime {
  /** Where it comes from, for test names. */
  readonly label: string;
  /** The binary as found, e.g. node_modules/.bin/node. */
  readonly path: string;
  /** The file it resolves to, so that two runtimes can be told apart. */
  readonly realPath: string;
  /** What `node --version` prints, e.g. v24.21.0. */
  readonly version: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Node 24 from the `node` devDependency: the runtime action.yml declares (`using: node24`). On Windows,
 * node_modules/.bin/node is a shell shim that cannot be spawned, so the binary itself is taken.
 */
export const PACKAGED_NODE: NodeRuntime = describeRuntime(
  'node@24 devDependency',
  process.platform === 'win32' ? join(ROOT, 'node_modules/node/bin/node.exe') : join(ROOT, 'node_modules/.bin/node'),
);

/**
 * The machine's own Node: the first `node` on PATH outside any node_modules directory.
 * Inside `npm test`, node_modules/.bin comes first on PATH, so process.execPath is the packaged Node 24, not this one.
 */
export function machineNode(): NodeRuntime {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '' && !dir.split(sep).includes('node_modules'))
    .map((dir) => join(dir, process.platform === 'win32' ? 'node.exe' : 'node'))
    .find(isExecutable);
  if (!onPath) throw new Error('No node found on PATH outside node_modules; install Node 24.');
  return describeRuntime('machine', onPath);
}

function describeRuntime(label: string, path: string): NodeRuntime {
  if (!isExecutable(path)) throw new Error(`${label}: ${path} is missing; run npm ci.`);
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  return { label, path, realPath: realpathSync(path), version };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function majorVersion(runtime: NodeRuntime): number {
  return Number(/^v(\d+)\./.exec(runtime.version)?.[1]);
}
