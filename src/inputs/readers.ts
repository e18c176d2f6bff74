/** Readers for inputs that are not request body fields, shared by the settings modules. */
import {
  BOOLEAN_VALUES,
  closestMatch,
  joinAnd,
  parseBoolean,
  parseSeconds,
  parseWholeNumber,
} from '../common/parse.ts';
import type { Findings, Operation } from '../rules/validate.ts';
import { INPUT_DEFAULTS, type DefaultedInput } from './defaults.ts';

/** Returns an input's trimmed value, or '' when it is not set. */
export type InputReader = (name: string) => string;

/** The operations each input that is not a body field applies to; one written for another operation is refused. */
export const INPUT_OPERATIONS = {
  product: ['order', 'reissue', 'renew'],
  'order-id': ['reissue', 'status', 'renew'],
  idempotency: ['order', 'reissue', 'renew'],
  'renew-within-days': ['renew'],
} as const satisfies Record<string, readonly Operation[]>;

/**
 * Whether the input applies to the operation. When it does not and it was written, the problem names the operations
 * it applies to, with `why` after them.
 */
export function appliesToOperation(
  read: InputReader,
  name: keyof typeof INPUT_OPERATIONS,
  operation: Operation,
  findings: Findings,
  why = '',
): boolean {
  const operations: readonly Operation[] = INPUT_OPERATIONS[name];
  if (operations.includes(operation)) return true;
  if (read(name) !== '') {
    const listed = `${operations.length === 1 ? 'operation' : 'operations'} ${joinAnd(operations)}`;
    findings.problems.push(
      `${name} does not apply to operation ${operation}. It applies to ${listed}${why}; remove it.`,
    );
  }
  return false;
}

/** The input as written, or its default (defaults.ts) when not written. */
function writtenOrDefault(read: InputReader, name: DefaultedInput): string {
  return read(name) || INPUT_DEFAULTS[name];
}

export function readChoice<T extends string>(
  read: InputReader,
  name: DefaultedInput,
  allowed: readonly T[],
  findings: Findings,
): T | undefined {
  const raw = writtenOrDefault(read, name);
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  findings.problems.push(
    `${name}: "${raw}" is not allowed.${didYouMean(raw, allowed)} Allowed: ${allowed.join(', ')}.`,
  );
  return undefined;
}

export function notBoolean(name: string, raw: string): string {
  return `${name}: "${raw}" is not a boolean. Allowed: ${BOOLEAN_VALUES.join(', ')}.`;
}

/** A boolean input; one that is not a boolean is a problem, and reads as its default meanwhile. */
export function readBooleanInput(read: InputReader, name: DefaultedInput, findings: Findings): boolean {
  const value = parseBoolean(writtenOrDefault(read, name));
  if (value !== undefined) return value;
  findings.problems.push(notBoolean(name, read(name)));
  return parseBoolean(INPUT_DEFAULTS[name]) ?? false;
}

export interface Range {
  readonly min: number;
  readonly max?: number;
  /** The maximum in words, e.g. "7 days". */
  readonly maxInWords?: string;
}

function rangeText({ min, max, maxInWords }: Range): string {
  if (max === undefined) return `from ${min}`;
  return `from ${min} to ${max}${maxInWords ? ` (${maxInWords})` : ''}`;
}

function inRange(value: number | undefined, { min, max }: Range): value is number {
  return value !== undefined && value >= min && (max === undefined || value <= max);
}

/** A number in the range, read by `parse`; its default when not set, or (with a problem) when not allowed. */
function readNumber(
  read: InputReader,
  name: DefaultedInput,
  range: Range,
  findings: Findings,
  parse: (raw: string) => number | undefined,
  kind: { readonly not: string; readonly allowed: string },
): number {
  const fallback = parse(INPUT_DEFAULTS[name]) ?? range.min;
  const raw = read(name);
  if (raw === '') return fallback;
  const value = parse(raw);
  if (inRange(value, range)) return value;
  // 400 nines read as Infinity: too large too.
  const tooLarge = value !== undefined && range.max !== undefined && value > range.max;
  findings.problems.push(
    `${name}: "${raw}" is ${tooLarge ? 'too large' : kind.not}. Allowed: ${kind.allowed} ${rangeText(range)}.`,
  );
  return fallback;
}

/** Seconds, fractions allowed. */
export function readSeconds(read: InputReader, name: DefaultedInput, range: Range, findings: Findings): number {
  const kind = { not: 'not a number of seconds', allowed: 'a number' };
  return readNumber(read, name, range, findings, parseSeconds, kind);
}

export function readWholeNumberInput(
  read: InputReader,
  name: DefaultedInput,
  range: Range,
  findings: Findings,
): number {
  const kind = { not: 'not allowed', allowed: 'a whole number' };
  return readNumber(read, name, range, findings, parseWholeNumber, kind);
}

/** A number input's default, parsed as the input would be. */
export function defaultNumber(name: DefaultedInput): number {
  return Number(INPUT_DEFAULTS[name]);
}

/** ` Did you mean "x"?` for a value close to an allowed one (in another case, or its words in another order). */
export function didYouMean(raw: string, allowed: readonly string[]): string {
  const suggestion = closestMatch(raw, allowed);
  return suggestion ? ` Did you mean "${suggestion}"?` : '';
}
