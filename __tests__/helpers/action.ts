import { expect } from 'vitest';
import { runAction, type ActionRun, type ActionRunOptions } from '../../simulator/harness.ts';
import { PACKAGED_NODE } from './runtimes.ts';

export const API_KEY = 'test-key-5f2c9a7e1d';

/** Everything each run of this test file printed or set, with the key it was given. */
const transcripts: { readonly key: string; readonly run: ActionRun }[] = [];

/**
 * Runs dist/index.js and checks that the key shows up nowhere but the add-mask line.
 * The binary is the packaged Node 24 unless `options.node` says otherwise, however vitest itself was started.
 */
export async function runChecked(
  inputs: Record<string, string>,
  options: Omit<ActionRunOptions, 'inputs'> = {},
): Promise<ActionRun> {
  const allInputs = { 'api-key': API_KEY, ...inputs };
  const run = await runAction({ node: PACKAGED_NODE.path, ...options, inputs: allInputs });
  if (allInputs['api-key']) {
    transcripts.push({ key: allInputs['api-key'], run });
    expectKeyHidden(run, allInputs['api-key']);
  }
  return run;
}

/**
 * Scans everything the runs of this test file printed (stdout with its debug lines, stderr), every
 * output and every summary for their keys (as is, URL-encoded, upper-cased, base64 and hex), and
 * returns how many runs and characters it scanned.
 */
export function scanAllRunsForKeys(): { runs: number; characters: number; leaks: string[] } {
  let characters = 0;
  const leaks: string[] = [];
  for (const [index, { key, run }] of transcripts.entries()) {
    const maskLine = `::add-mask::${key}\n`;
    const texts = {
      stdout: run.stdout.startsWith(maskLine) ? run.stdout.slice(maskLine.length) : run.stdout,
      stderr: run.stderr,
      summary: run.summary,
      ...Object.fromEntries(Object.entries(run.outputs).map(([name, value]) => [`output ${name}`, value])),
    };
    for (const [where, text] of Object.entries(texts)) {
      characters += text.length;
      const forms = [
        key,
        encodeURIComponent(key),
        key.toUpperCase(),
        Buffer.from(key).toString('base64'),
        Buffer.from(key).toString('hex'),
      ];
      if (forms.some((form) => text.includes(form))) leaks.push(`run ${index + 1}: ${where}`);
    }
  }
  return { runs: transcripts.length, characters, leaks };
}

/** The key is masked first, and appears nowhere else: not in logs, errors, outputs or the summary. */
export function expectKeyHidden(run: ActionRun, key: string): void {
  const maskLine = `::add-mask::${key}\n`;
  expect(run.stdout.startsWith(maskLine)).toBe(true);
  for (const text of [run.stdout.slice(maskLine.length), run.stderr, run.summary, ...Object.values(run.outputs)]) {
    expect(text).not.toContain(key);
  }
}

/** The ::error:: annotation text, decoded. */
export function errorOf(run: ActionRun): string {
  return errorAnnotationOf(run).message;
}

/** The ::error …:: annotation: its title property and its text, decoded. */
export function errorAnnotationOf(run: ActionRun): { title: string; message: string } {
  const match = /^::error(?: title=([^:]*))?::(.*)$/m.exec(run.stdout);
  const decode = (text: string) =>
    text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return { title: decode(match?.[1] ?? ''), message: decode(match?.[2] ?? '') };
}

export function warningsOf(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((text) => text.startsWith('::warning::'))
    .map((text) => text.slice('::warning::'.length));
}
