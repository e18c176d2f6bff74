/** Each kind of request field, parsed from its input text into the value the body carries, or a problem. */
import {
  BOOLEAN_VALUES,
  isEmailAddress,
  isJsonValue,
  isPemCertificateRequest,
  isPlainObject,
  keepWrittenText,
  parseBoolean,
  parseIsoDate,
  parseList,
  parseWholeNumber,
} from '../common/parse.ts';
import type { FieldKind, FieldName, FieldSpec, FieldValue } from '../rules/fields.ts';
import { INDIVIDUAL_KEYS, SHIP_INFO_KEYS, SHIP_METHODS, SUBJECT_KEYS } from '../rules/products.ts';
import { inputLabel, type Findings } from '../rules/validate.ts';
import { didYouMean, notBoolean } from './readers.ts';

/** What parsing a field needs beyond its text: the hashes the operation allows, where problems go, YAML. */
export interface ParseContext {
  readonly signatureHashes: readonly string[];
  readonly findings: Findings;
  readonly parseYaml: (text: string) => unknown;
}

type Problem = (text: string) => undefined;

/** One parser per kind of field; each reports its problem and returns undefined, or returns the value to send. */
type FieldParser = (
  raw: string,
  field: { name: FieldName; spec: FieldSpec },
  context: ParseContext,
  problem: Problem,
) => FieldValue | undefined;

function parseText(
  raw: string,
  { name, spec }: { name: FieldName; spec: FieldSpec },
  context: ParseContext,
  problem: Problem,
) {
  const allowed = name === 'signature-hash' ? context.signatureHashes : spec.allowed;
  if (allowed && !allowed.includes(raw)) {
    return problem(`"${raw}" is not allowed.${didYouMean(raw, allowed)} Allowed: ${allowed.join(', ')}.`);
  }
  if (spec.alphanumeric && !/^[A-Za-z0-9]+$/.test(raw)) {
    return problem(`"${raw}" is not alphanumeric. Allowed: letters A-Z and a-z and digits 0-9 only.`);
  }
  return raw;
}

function parseTextList(raw: string, { spec }: { spec: FieldSpec }, _context: ParseContext, problem: Problem) {
  const items = parseList(raw);
  if (items.length === 0) return problem('holds no item. Allowed: a list separated by newlines or commas.');
  const invalid = spec.kind === 'email-list' ? items.filter((item) => !isEmailAddress(item)) : [];
  if (invalid.length > 0) {
    return problem(`not an e-mail address: ${quoteAll(invalid)}. Allowed: addresses such as name@example.com.`);
  }
  const allowed = spec.allowed;
  const notAllowed = allowed ? items.filter((item) => !allowed.includes(item)) : [];
  if (allowed && notAllowed.length > 0) {
    return problem(
      `${quoteAll(notAllowed)} ${notAllowed.length === 1 ? 'is' : 'are'} not allowed. Allowed: ${allowed.join(', ')}.`,
    );
  }
  const repeated = items.filter((item, index) => items.indexOf(item) !== index);
  if (repeated.length > 0) return problem(`${quoteAll([...new Set(repeated)])} is given more than once.`);
  return items;
}

function parseNumberList(raw: string, { spec }: { spec: FieldSpec }, _context: ParseContext, problem: Problem) {
  const items = parseList(raw);
  if (items.length === 0) return problem('holds no item. Allowed: whole numbers separated by newlines or commas.');
  const numbers = items.map((item) => wholeNumber(item, spec, problem));
  return numbers.every((n) => n !== undefined) ? numbers : undefined;
}

/** The page's example writes 1; true and false are read as 1 and 0. */
function parseFlagNumber(raw: string, _field: unknown, _context: ParseContext, problem: Problem) {
  const value = FLAG_NUMBERS[raw] ?? parseBoolean(raw);
  if (value === undefined) {
    return problem(`"${raw}" is not allowed. Allowed: 1, 0, ${BOOLEAN_VALUES.join(', ')} (true sends 1).`);
  }
  return value === true || value === 1 ? 1 : 0;
}

/** CRLF (a Windows checkout) is sent as LF, so the request and its derived key are the same on every runner. */
function parseCsr(raw: string, _field: unknown, _context: ParseContext, problem: Problem) {
  const pem = raw.replace(/\r\n?/g, '\n').trim();
  return isPemCertificateRequest(pem)
    ? pem
    : problem(
        'is not a PEM certificate request. Allowed: text from -----BEGIN CERTIFICATE REQUEST----- to -----END CERTIFICATE REQUEST-----.',
      );
}

function parseObject(raw: string, { name }: { name: FieldName }, context: ParseContext, problem: Problem) {
  let value: unknown;
  try {
    value = context.parseYaml(raw);
  } catch (error) {
    if (error instanceof UnknownTagError) {
      return problem(`uses the YAML tag ${error.tags.join(', ')}, which is not allowed. Allowed: ${ALLOWED_TAGS}.`);
    }
    return problem(`is not valid YAML or JSON (${firstLine((error as Error).message)}).`);
  }
  const check = OBJECT_CHECKS[name];
  return check ? check(value, problem) : undefined;
}

const PARSERS: { readonly [K in FieldKind]: FieldParser } = {
  text: parseText,
  list: parseTextList,
  'email-list': parseTextList,
  'whole-number': (raw, { spec }, _context, problem) => wholeNumber(raw, spec, problem),
  'whole-number-list': parseNumberList,
  boolean: (raw, { name }, _context, problem) =>
    parseBoolean(raw) ?? problem(notBoolean(name, raw).slice(name.length + 2)),
  'flag-number': parseFlagNumber,
  date: (raw, _field, _context, problem) =>
    parseIsoDate(raw) ? raw : problem(`"${raw}" is not a date. Allowed: a real date written yyyy-MM-dd.`),
  csr: parseCsr,
  object: parseObject,
  'object-list': parseObject,
};

/** The field's value as it is sent, or undefined with its problem reported (naming the input). */
export function parseField(
  name: FieldName,
  spec: FieldSpec,
  raw: string,
  context: ParseContext,
): FieldValue | undefined {
  const problem: Problem = (text) => {
    context.findings.problems.push(`${inputLabel(name)}: ${text}`);
    return undefined;
  };
  return PARSERS[spec.kind](raw, { name, spec }, context, problem);
}

/**
 * YAML or JSON, read with the core schema; numbers and booleans stay typed, but a zip code 02134 is not sent as 2134.
 * YAML 1.1's !!timestamp, !!binary, !!set, !!omap and !!pairs would make a Date, bytes, a Set or a Map: any tag outside
 * the core schema is refused, and so is any warning, which would be printed raw and the value read anyway.
 */
export function yamlParser(yaml: typeof import('yaml')): (text: string) => unknown {
  return (text) => {
    const document = yaml.parseDocument(text, { logLevel: 'silent', resolveKnownTags: false });
    const [error] = document.errors;
    if (error) throw error;
    const tags = new Set<string>();
    yaml.visit(document, (_key, node) => {
      const tag = (node as { tag?: unknown } | null)?.tag;
      if (typeof tag === 'string' && !CORE_TAGS.includes(tag)) tags.add(shortTag(tag));
    });
    if (tags.size > 0) throw new UnknownTagError([...tags]);
    const [warning] = document.warnings;
    if (warning) throw warning;
    return keepWrittenText(document.toJS(), yaml.parse(text, { schema: 'failsafe', logLevel: 'silent' }));
  };
}

const FLAG_NUMBERS: Readonly<Record<string, number>> = { '1': 1, '0': 0 };

/** The tags of YAML 1.2's core schema, the only ones allowed. */
const CORE_TAGS: readonly string[] = ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map(
  (name) => `tag:yaml.org,2002:${name}`,
);
const ALLOWED_TAGS =
  "plain YAML or JSON; of the YAML tags only the core schema's !!str, !!int, !!float, !!bool, !!null, !!map and !!seq";

/** A YAML tag outside the core schema, such as !!js/function or !!timestamp: refused, not read as text or a Date. */
class UnknownTagError extends Error {
  readonly tags: readonly string[];

  constructor(tags: readonly string[]) {
    super(`unknown YAML tags ${tags.join(', ')}`);
    this.tags = tags;
  }
}

/** tag:yaml.org,2002:js/function as written, !!js/function. */
function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

function wholeNumber(raw: string, spec: FieldSpec, problem: Problem): number | undefined {
  const value = parseWholeNumber(raw);
  if (value === undefined)
    return problem(
      `"${raw}" is not a whole number. Allowed: whole numbers from ${spec.min ?? 0}${spec.max === undefined ? '' : ` to ${spec.max}`}.`,
    );
  const range = spec.max === undefined ? `from ${spec.min ?? 0}` : `from ${spec.min ?? 0} to ${spec.max}`;
  if (spec.min !== undefined && value < spec.min)
    return problem(`${value} is too small. Allowed: whole numbers ${range}.`);
  if (spec.max !== undefined && value > spec.max)
    return problem(`${value} is too large. Allowed: whole numbers ${range}.`);
  return value;
}

function quoteAll(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

type ObjectCheck = (value: unknown, problem: Problem) => FieldValue | undefined;

/** A mapping of text values with these keys. */
function stringFields(
  value: unknown,
  required: readonly string[],
  optional: readonly string[],
  problem: Problem,
): Record<string, string> | undefined {
  const allowed = [...required, ...optional];
  const allowedText =
    required.length === 0
      ? `a mapping with any of ${optional.join(', ')}`
      : `a mapping with ${required.join(', ')}${optional.length ? ` (and optionally ${optional.join(', ')})` : ''}`;
  if (!isPlainObject(value)) return problem(`is not a mapping. Allowed: ${allowedText}.`);
  const unknownKeys = Object.keys(value).filter((key) => !allowed.includes(key));
  const missing = required.filter((key) => value[key] === undefined || value[key] === null || value[key] === '');
  const notScalar = Object.keys(value).filter((key) => typeof value[key] === 'object' && value[key] !== null);
  const issues = [
    unknownKeys.length ? `unknown ${unknownKeys.join(', ')}` : '',
    missing.length ? `missing ${missing.join(', ')}` : '',
    notScalar.length ? `${notScalar.join(', ')} must be text` : '',
  ].filter(Boolean);
  if (issues.length) return problem(`${issues.join('; ')}. Allowed: ${allowedText}.`);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
}

const OBJECT_CHECKS: Partial<Record<FieldName, ObjectCheck>> = {
  'ship-info': (value, problem) => {
    const shipInfo = stringFields(value, SHIP_INFO_KEYS.required, SHIP_INFO_KEYS.optional, problem);
    if (shipInfo && !(SHIP_METHODS as readonly string[]).includes(shipInfo.method?.toUpperCase() ?? '')) {
      return problem(`method "${shipInfo.method}" is not allowed. Allowed: ${SHIP_METHODS.join(', ')} (any case).`);
    }
    return shipInfo;
  },
  subject: (value, problem) => {
    const subject = stringFields(value, SUBJECT_KEYS, [], problem);
    if (subject && !isEmailAddress(subject.email ?? '')) {
      return problem(
        `email "${subject.email}" is not an e-mail address. Allowed: an address such as name@example.com.`,
      );
    }
    return subject;
  },
  individual: (value, problem) => {
    const individual = stringFields(value, [], INDIVIDUAL_KEYS, problem);
    if (individual && Object.keys(individual).length === 0) {
      return problem(`is empty. Allowed: a mapping with ${INDIVIDUAL_KEYS.join(', ')}.`);
    }
    return individual;
  },
  organization: (value, problem) => {
    if (!isPlainObject(value) || Object.keys(value).length === 0) {
      return problem(
        'is not a mapping of new organization details. Allowed: a YAML or JSON mapping such as {name: ..., address: ...}.',
      );
    }
    if ('id' in value)
      return problem(
        'holds an id. Allowed: new organization details; use organization-id for an existing organization.',
      );
    const notJson = Object.keys(value).filter((key) => !isJsonValue(value[key]));
    if (notJson.length > 0) {
      return problem(
        `${notJson.join(', ')} ${notJson.length === 1 ? 'is' : 'are'} not plain text, numbers, true/false or null, nor a mapping or list of them (such as organization_contact). Allowed: new organization details as plain YAML or JSON.`,
      );
    }
    return value;
  },
  'custom-fields': (value, problem) => {
    const allowedText = 'Allowed: a list of {metadata_id: whole number, value: text}.';
    if (!Array.isArray(value) || value.length === 0) return problem(`is not a list. ${allowedText}`);
    const entries: { metadata_id: number; value: string }[] = [];
    for (const [index, entry] of value.entries()) {
      const metadataId = isPlainObject(entry) ? parseWholeNumber(String(entry.metadata_id ?? '')) : undefined;
      const fieldValue = isPlainObject(entry) ? entry.value : undefined;
      const extraKeys = isPlainObject(entry)
        ? Object.keys(entry).filter((key) => key !== 'metadata_id' && key !== 'value')
        : [];
      if (metadataId === undefined || metadataId < 1)
        return problem(`entry ${index + 1} has no whole-number metadata_id. ${allowedText}`);
      if (fieldValue === undefined || fieldValue === null || typeof fieldValue === 'object')
        return problem(`entry ${index + 1} has no text value. ${allowedText}`);
      if (extraKeys.length) return problem(`entry ${index + 1} has unknown ${extraKeys.join(', ')}. ${allowedText}`);
      entries.push({ metadata_id: metadataId, value: String(fieldValue) });
    }
    return entries;
  },
};
