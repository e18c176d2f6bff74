/** Readers for inputs that are not request body fields, shared by the settings modules. */
import type { InputReader } from './inputs.ts';
import { BOOLEAN_VALUES, parseBoolean, parseSeconds, parseWholeNumber } from './parse.ts';
import type { Findings } from './validate.ts';

export function readChoice<T extends string>(
  read: InputReader,
  name: string,
  allowed: readonly T[],
  findings: Findings,
): T | undefined {
  const raw = read(name);
  if (raw === '') return undefined;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  findings.problems.push(`${name}: "${raw}" is not allowed. Allowed: ${allowed.join(', ')}.`);
  return undefined;
}

export function notBoolean(name: string, raw: string): string {
  return `${name}: "${raw}" is not a boolean. Allowed: ${BOOLEAN_VALUES.join(', ')}.`;
}

export function readBooleanInput(read: InputReader, name: string, fallback: boolean, findings: Findings): boolean {
  const raw = read(name);
  if (raw === '') return fallback;
  const value = parseBoolean(raw);
  if (value === undefined) findings.problems.push(notBoolean(name, raw));
  return value ?? fallback;
}

export interface Range {
  readonly min: number;
  readonly max?: number;
}

function rangeText({ min, max }: Range): string {
  return max === undefined ? `from ${min}` : `from ${min} to ${max}`;
}

function inRange(value: number | undefined, { min, max }: Range): value is number {
  return value !== undefined && value >= min && (max === undefined || value <= max);
}

/** Seconds, fractions allowed; the fallback when not set or not allowed. */
export function readSeconds(
  read: InputReader,
  name: string,
  fallback: number,
  range: Range,
  findings: Findings,
): number {
  const raw = read(name);
  if (raw === '') return fallback;
  const value = parseSeconds(raw);
  if (inRange(value, range)) return value;
  findings.problems.push(`${name}: "${raw}" is not a number of seconds. Allowed: a number ${rangeText(range)}.`);
  return fallback;
}

export function readWholeNumberInput(
  read: InputReader,
  name: string,
  fallback: number,
  range: Range,
  findings: Findings,
): number {
  const raw = read(name);
  if (raw === '') return fallback;
  const value = parseWholeNumber(raw);
  if (inRange(value, range)) return value;
  findings.problems.push(`${name}: "${raw}" is not allowed. Allowed: a whole number ${rangeText(range)}.`);
  return fallback;
}
