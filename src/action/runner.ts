/**
 * The one place that talks to the GitHub Actions runner. Everything else imports these functions from here. The
 * names, arguments and output are those of @actions/core's functions (tests compare every line and output with
 * core's own), but nothing here loads what a run does not need (docs/performance.md):
 * - an output is appended to GITHUB_OUTPUT as core's file-command module appends it, with a random delimiter; core
 *   draws it from node:crypto, whose loading costs a dry run more than all of the action's own code;
 * - the log and the workflow commands (`::add-mask::`, `::error title=…::`) are written straight to the descriptor
 *   the runner reads. core writes them through process.stdout, a stream Node builds on first use, which costs a run
 *   more than the rest of its logging.
 */
import { appendFileSync, existsSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';
import type { AnnotationProperties } from '../../node_modules/@actions/core/lib/core.js';
import { randomUuid } from '../common/random-uuid.ts';

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
  const outputFile = process.env.GITHUB_OUTPUT;
  if (outputFile) {
    if (!existsSync(outputFile)) throw new Error(`Missing file at path: ${outputFile}`);
    appendFileSync(outputFile, `${outputMessage(name, value, `ghadelimiter_${randomUuid()}`)}${EOL}`, {
      encoding: 'utf8',
    });
    return;
  }
  writeLog(EOL);
  issueCommand('set-output', { name }, value);
}

/** `name<<delimiter`, the value and the delimiter, on lines of their own: core's prepareKeyValueMessage. */
export function outputMessage(name: string, value: unknown, delimiter: string): string {
  const text = toCommandValue(value);
  // As core: a name or value holding the delimiter would end the value early.
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}

export function info(message: string): void {
  writeLog(message + EOL);
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
  issueCommand('group', {}, title);
  try {
    return await work();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}

/** `::command key=value,…::message`, escaped as @actions/core's command module escapes it. */
export function commandLine(command: string, properties: Readonly<Record<string, unknown>>, message: unknown): string {
  let line = `::${command}`;
  const names = Object.keys(properties);
  if (names.length > 0) {
    // core adds the space when there are properties, even if none has a value.
    line += ` ${names
      .filter((name) => properties[name])
      .map((name) => `${name}=${escapeProperty(properties[name])}`)
      .join(',')}`;
  }
  return `${line}::${escapeData(message)}`;
}

function issueCommand(command: string, properties: Readonly<Record<string, unknown>>, message: unknown): void {
  writeLog(commandLine(command, properties, message) + EOL);
}

function escapeData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Whether the log goes through process.stdout: on Windows (where a console takes UTF-16, which the stream handles),
 * and after a direct write failed (a descriptor in non-blocking mode that is full, say), so that nothing is lost.
 */
let throughStream = process.platform === 'win32';

/** Writes the text to stdout at once, as process.stdout does on a pipe or a file, in order with what came before. */
function writeLog(text: string): void {
  if (throughStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch {
    throughStream = true;
    process.stdout.write(bytes.subarray(written));
  }
}
