import { resolve } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { runProcess, type ProcessRun } from '../../src/simulator/harness.ts';

/** The `certcentral` bin as package.json declares it, started as a shell starts it: by its shebang. */
export const CLI_BIN = resolve(import.meta.dirname, '../..', packageJson.bin.certcentral);

export type CliRun = ProcessRun;

export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runProcess(CLI_BIN, args, { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, 30_000);
}
