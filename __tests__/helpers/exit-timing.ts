/** Runs dist/index.js as the runner does and times its `::error` line and its exit. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_ENTRY } from '../../simulator/harness.ts';
import { PACKAGED_NODE } from './runtimes.ts';

export interface TimedRun {
  readonly code: number | null;
  readonly stdout: string;
  /** Milliseconds from the start until the first `::error` line was printed; undefined when none was. */
  readonly errorAtMs: number | undefined;
  /** Milliseconds from the start until the process ended, or was killed at the cap. */
  readonly exitAtMs: number;
  readonly killed: boolean;
}

/** Runs the action; a process still alive `capMs` after it started is killed, and says so. */
export async function runTimed(
  inputs: Record<string, string>,
  extraEnv: Record<string, string>,
  capMs: number,
): Promise<TimedRun> {
  const dir = await mkdtemp(join(tmpdir(), 'certcentral-exit-'));
  const outputFile = join(dir, 'output');
  await writeFile(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  try {
    return await new Promise<TimedRun>((resolve, reject) => {
      const started = performance.now();
      const child = spawn(PACKAGED_NODE.path, [ACTION_ENTRY], { env, stdio: ['ignore', 'pipe', 'ignore'] });
      let stdout = '';
      let errorAtMs: number | undefined;
      let killed = false;
      const cap = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, capMs);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (errorAtMs === undefined && /^::error/m.test(stdout)) errorAtMs = performance.now() - started;
      });
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(cap);
        resolve({ code, stdout, errorAtMs, exitAtMs: performance.now() - started, killed });
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
