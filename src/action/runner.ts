/**
 * The one place that talks to the GitHub Actions runner. Everything else imports these functions from here. They are
 * @actions/core's, written through its own command modules (command.js, file-command.js, utils.js): its root entry
 * also loads the job summary, OIDC and platform modules at start, and with them node:fs/promises, none of which a run
 * needs (measured in docs/performance.md). The names, arguments and output are those of @actions/core's functions.
 */
import { EOL } from 'node:os';
import { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties } from '../../node_modules/@actions/core/lib/utils.js';
import type { AnnotationProperties } from '../../node_modules/@actions/core/lib/core.js';

/** The process exit codes of @actions/core. */
export const ExitCode = { Success: 0, Failure: 1 } as const;

/** The input `name`, trimmed, as @actions/core's getInput reads it: INPUT_<NAME>, spaces as underscores. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Hides the value wherever the runner prints it. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** Appends the output to the runner's GITHUB_OUTPUT file, with a random delimiter. */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message);
}

/** Runs the work with its log lines folded under the title. */
export async function group<T>(title: string, work: () => Promise<T>): Promise<T> {
  issue('group', title);
  try {
    return await work();
  } finally {
    issue('endgroup');
  }
}
