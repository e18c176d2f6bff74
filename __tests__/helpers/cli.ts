import { CLI_ENTRY, platformEnv, runProcess, type ProcessRun } from '../../simulator/harness.ts';
import { PACKAGED_NODE } from './runtimes.ts';

/**
 * The `certcentral` bin, from the fresh build of src/, where package.json's bin (dist/cli/index.js) sits in dist/;
 * started as a shell starts it: by its shebang.
 */
export const CLI_BIN = CLI_ENTRY;

export type CliRun = ProcessRun;

/** Windows starts no file by its shebang: there the bin runs with Node 24, as npm's .cmd shim would start it. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  const fullEnv = { ...platformEnv(), PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env };
  return process.platform === 'win32'
    ? runProcess(PACKAGED_NODE.path, [CLI_BIN, ...args], fullEnv, 30_000)
    : runProcess(CLI_BIN, args, fullEnv, 30_000);
}
