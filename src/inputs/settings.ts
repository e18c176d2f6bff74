import {
  FIELD_NAMES,
  FIELDS,
  type FieldName,
  type FieldSpec,
  type FieldValue,
  type FieldValues,
} from '../rules/fields.ts';
import {
  BOOLEAN_VALUES,
  closestMatch,
  isEmailAddress,
  isHeaderValue,
  isLoopbackHost,
  isPemCertificateRequest,
  isJsonValue,
  isPlainObject,
  keepWrittenText,
  parseBoolean,
  parseIsoDate,
  parseList,
  parseWholeNumber,
} from '../common/parse.ts';
import {
  allowedSignatureHashes,
  isProductId,
  PRODUCT_IDS,
  SHIP_INFO_KEYS,
  SHIP_METHODS,
  SUBJECT_KEYS,
  type ProductId,
} from '../rules/products.ts';
import { readSafetySettings, type SafetySettings } from './safety-settings.ts';
import {
  applicableFields,
  appliesToNoOrder,
  checkOrderBasics,
  checkCsrKey,
  checkOrderRules,
  checkReissueRules,
  checkRenewBasics,
  checkRequired,
  inputLabel,
  notApplicable,
  type Findings,
  type GivenFields,
  type Operation,
} from '../rules/validate.ts';
import { checkOutputDir, checkParentDir, MAX_CSR_FILE_BYTES, readSmallRegularFile } from '../common/files.ts';
import type { CsrKey } from '../common/csr-key.ts';
import { textProblems } from './text-inputs.ts';
import { appliesToOperation, notBoolean, readBooleanInput, readChoice, type InputReader } from './readers.ts';
import { readPickUpSettings, type PickUpSettings } from './pick-up-settings.ts';
import { readRenewWithinDays, RENEW_WITHIN_DAYS } from './renew-settings.ts';

export const BASE_URLS = {
  us: 'https://www.digicert.com/services/v2',
  eu: 'https://certcentral.digicert.eu/services/v2',
} as const;

const OPERATIONS: readonly Operation[] = ['order', 'reissue', 'status', 'renew'];
const REGIONS = Object.keys(BASE_URLS) as (keyof typeof BASE_URLS)[];
const DEFAULT_SIGNATURE_HASH = 'sha256';

/**
 * The defaults in action.yml. The runner hands a default over exactly as if the user had written it, so an input
 * whose value is its default counts as not written: it is never refused as not applying, and never sent for it.
 */
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  region: 'us',
  operation: 'order',
  'wait-for-issuance': 'false',
  'wait-timeout': '900',
  'poll-interval': '15',
  'dry-run': 'false',
  'signature-hash': DEFAULT_SIGNATURE_HASH,
  idempotency: 'true',
  'max-attempts': '5',
  'request-timeout': '60',
  'renew-within-days': String(RENEW_WITHIN_DAYS.default),
};

/** The reader, with inputs left at their action.yml default read as not set. */
function writtenOnly(read: InputReader): InputReader {
  return (name) => {
    const raw = read(name);
    return raw === ACTION_DEFAULTS[name] ? '' : raw;
  };
}

export interface Settings {
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly operation: Operation;
  readonly product: ProductId | undefined;
  readonly orderId: number | undefined;
  readonly dryRun: boolean;
  readonly fields: FieldValues;
  /** The public key of the CSR given, read and its signature verified; undefined without a CSR. */
  readonly csrKey?: CsrKey;
  readonly pickUp: PickUpSettings;
  readonly safety: SafetySettings;
  /** operation renew acts when the certificate expires within this many days. */
  readonly renewWithinDays: number;
}

export interface InputCheck extends Findings {
  /** Set only when there are no problems. */
  readonly settings?: Settings;
}

/** Reads every input, reporting all problems at once. */
export async function readSettings(readInput: InputReader, now = new Date()): Promise<InputCheck> {
  const read = writtenOnly(readInput);
  const findings: Findings = { problems: [], warnings: [] };
  const apiKey = read('api-key');
  if (!apiKey) findings.problems.push('api-key is required: your CertCentral API key, sent as X-DC-DEVKEY.');
  else if (!isHeaderValue(apiKey)) {
    findings.problems.push(
      'api-key holds a character that cannot be sent in the X-DC-DEVKEY header (a line break, a control character or a character outside Latin-1). Allowed: the key as CertCentral shows it, on one line.',
    );
  }

  const operation = readChoice(read, 'operation', OPERATIONS, findings) ?? 'order';
  const dryRun = readBooleanInput(read, 'dry-run', false, findings);
  const baseUrl = readBaseUrl(read, findings);
  const product = readProduct(read, operation, findings);
  const orderId = readOrderId(read, operation, findings);
  const pickUp = readPickUpSettings(read, findings);
  if (operation === 'status' || pickUp.waitForIssuance) await checkOutputFolder(pickUp, findings);
  const safety = readSafetySettings(read, findings);
  appliesToOperation(
    read,
    'idempotency',
    operation,
    findings,
    ' (it derives an alternative_order_id, or a reissue key)',
  );
  const renewWithinDays = readRenewWithinDays(read, operation, findings);

  const table = applicableFields(operation, product);
  const fields = await readFields(read, operation, product, table, findings);
  if (table) {
    const subject = operation === 'order' ? `${product} orders` : 'a reissue';
    checkRequired(table, fields, subject, findings);
  }
  if (operation === 'order') {
    if (product) checkOrderRules(product, fields, now, findings);
    else checkOrderBasics(fields, now, findings);
  }
  // Until the order is read, only what the inputs decide; the order's product and method are checked after the read.
  if (operation === 'reissue') checkReissueRules(product, fields, { read: false }, findings);
  // A bad input fails before the order is read, not only once the renewal is due.
  if (operation === 'renew') {
    checkRenewBasics(fields, now, findings);
    if (product && fields.csrKey) checkCsrKey(product, fields.csrKey, findings);
  }

  if (findings.problems.length > 0) return findings;
  return {
    ...findings,
    settings: {
      apiKey,
      baseUrl,
      operation,
      product,
      orderId,
      dryRun,
      fields: fields.values,
      csrKey: fields.csrKey,
      pickUp,
      safety,
      renewWithinDays,
    },
  };
}

/**
 * Before anything is ordered: the files of an issued certificate can be written where asked. Without
 * output-dir, the order's own folder is made at pick-up under RUNNER_TEMP, which must take new folders.
 */
async function checkOutputFolder(pickUp: PickUpSettings, findings: Findings): Promise<void> {
  try {
    await (pickUp.folderPerOrder ? checkParentDir(pickUp.outputDir) : checkOutputDir(pickUp.outputDir));
  } catch (error) {
    const which = pickUp.folderPerOrder
      ? `output-dir: not set, and its default "${pickUp.outputDir}" (RUNNER_TEMP)`
      : `output-dir: "${pickUp.outputDir}"`;
    findings.problems.push(
      `${which} ${(error as Error).message}. Allowed: a directory that exists or can be created, takes new files, and is not a symbolic link.`,
    );
  }
}

function readBaseUrl(read: InputReader, findings: Findings): string {
  const region = readChoice(read, 'region', REGIONS, findings) ?? 'us';
  const raw = read('base-url');
  if (raw === '') return BASE_URLS[region];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    findings.problems.push(`base-url: "${raw}" is not a URL. Allowed: an https:// URL such as ${BASE_URLS.us}.`);
    return raw;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    findings.problems.push(
      `base-url: "${raw}" is not allowed. Allowed: an https:// URL, or http:// only on a loopback host.`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    findings.problems.push(
      'base-url: must not carry credentials, a query or a fragment. Allowed: scheme, host, port and path.',
    );
  }
  return raw.replace(/\/+$/, '');
}

function readProduct(read: InputReader, operation: Operation, findings: Findings): ProductId | undefined {
  if (!appliesToOperation(read, 'product', operation, findings)) return undefined;
  const raw = read('product');
  if (raw === '') {
    if (operation === 'order') {
      findings.problems.push(`product is required for an order. Allowed: ${PRODUCT_IDS.join(', ')}.`);
    }
    return undefined;
  }
  if (isProductId(raw)) return raw;
  const suggestion = closestMatch(raw, PRODUCT_IDS);
  findings.problems.push(
    `product: "${raw}" is not a CertCentral product id.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Allowed: ${PRODUCT_IDS.join(', ')}.`,
  );
  return undefined;
}

function readOrderId(read: InputReader, operation: Operation, findings: Findings): number | undefined {
  if (!appliesToOperation(read, 'order-id', operation, findings)) return undefined;
  const raw = read('order-id');
  if (raw === '') {
    findings.problems.push(
      `order-id is required for operation ${operation}. Allowed: a whole number (the CertCentral order id).`,
    );
    return undefined;
  }
  const value = parseWholeNumber(raw);
  if (value === undefined || value < 1) {
    findings.problems.push(`order-id: "${raw}" is not an order id. Allowed: a whole number from 1.`);
    return undefined;
  }
  return value;
}

async function readFields(
  read: InputReader,
  operation: Operation,
  product: ProductId | undefined,
  table: ReturnType<typeof applicableFields>,
  findings: Findings,
): Promise<GivenFields> {
  const raws = new Map<FieldName, string>();
  for (const name of FIELD_NAMES) {
    const raw = name === 'csr' ? await readCsrText(read, findings) : read(name);
    if (raw !== '') raws.set(name, raw);
  }
  // A renewal copies the order's signature hash unless one is given.
  if (!raws.has('signature-hash') && (!table || table['signature-hash']) && operation !== 'renew') {
    raws.set('signature-hash', DEFAULT_SIGNATURE_HASH);
  }

  const needsYaml = [...raws.keys()].some((name) => FIELDS[name].kind.startsWith('object'));
  const yaml = needsYaml ? await import('yaml') : undefined;
  const context: ParseContext = {
    signatureHashes: operation === 'status' ? [] : allowedSignatureHashes(operation, product),
    findings,
    // Numbers and booleans stay typed, but a zip code 02134 is not sent as 2134.
    parseYaml: (text) => {
      if (!yaml) return undefined;
      // YAML 1.1's !!timestamp, !!binary, !!set, !!omap and !!pairs would make a Date, bytes, a Set or a Map.
      const document = yaml.parseDocument(text, { logLevel: 'silent', resolveKnownTags: false });
      const [error] = document.errors;
      if (error) throw error;
      const tags = new Set<string>();
      yaml.visit(document, (_key, node) => {
        const tag = (node as { tag?: unknown } | null)?.tag;
        if (typeof tag === 'string' && !CORE_TAGS.includes(tag)) tags.add(shortTag(tag));
      });
      if (tags.size > 0) throw new UnknownTagError([...tags]);
      // A warning would be printed raw on stderr and the value read anyway: each is an input error.
      const [warning] = document.warnings;
      if (warning) throw warning;
      return keepWrittenText(document.toJS(), yaml.parse(text, { schema: 'failsafe', logLevel: 'silent' }));
    },
  };

  const values: FieldValues = {};
  const given = new Set<FieldName>();
  for (const [name, raw] of raws) {
    const applies = table ? table[name] !== undefined : !appliesToNoOrder(name);
    if (!applies) {
      findings.problems.push(notApplicable(name, operation, product));
      continue;
    }
    given.add(name);
    const value = parseField(name, FIELDS[name], raw, context);
    // Control characters, reordering characters and lengths, in every text of the value (a CSR is base64 PEM).
    const textIssues = value === undefined || name === 'csr' ? [] : textProblems(FIELDS[name], value);
    for (const issue of textIssues) findings.problems.push(`${inputLabel(name)}: ${issue}`);
    if (value !== undefined && textIssues.length === 0) values[name] = value;
  }
  const csrKey = typeof values.csr === 'string' ? await readCsrKey(values.csr, findings) : undefined;
  return { values, given, csrKey };
}

/** The CSR's key, once its structure and self-signature check out; the CSR library is loaded only here. */
async function readCsrKey(pem: string, findings: Findings): Promise<CsrKey | undefined> {
  const { readCsr } = await import('../common/csr.ts');
  const reading = readCsr(pem);
  if ('key' in reading) return reading.key;
  findings.problems.push(
    `csr (or csr-file): the certificate request ${reading.problem}. Allowed: a PKCS#10 request signed with its own key, as openssl req or certreq make it.`,
  );
  return undefined;
}

async function readCsrText(read: InputReader, findings: Findings): Promise<string> {
  const text = read('csr');
  const path = read('csr-file');
  if (text !== '' && path !== '') {
    findings.problems.push('csr and csr-file: give one of them, not both.');
    return text;
  }
  if (path === '') return text;
  try {
    return (await readSmallRegularFile(path, MAX_CSR_FILE_BYTES)).trim();
  } catch (error) {
    findings.problems.push(
      `csr-file: "${path}" ${(error as Error).message}. Allowed: a regular file of at most 64 KiB holding a PEM certificate request.`,
    );
    return '';
  }
}

interface ParseContext {
  readonly signatureHashes: readonly string[];
  readonly findings: Findings;
  readonly parseYaml: (text: string) => unknown;
}

function parseField(name: FieldName, spec: FieldSpec, raw: string, context: ParseContext): FieldValue | undefined {
  const problem = (text: string): undefined => {
    context.findings.problems.push(`${inputLabel(name)}: ${text}`);
    return undefined;
  };
  switch (spec.kind) {
    case 'text': {
      const allowed = name === 'signature-hash' ? context.signatureHashes : spec.allowed;
      if (allowed && !allowed.includes(raw)) return problem(`"${raw}" is not allowed. Allowed: ${allowed.join(', ')}.`);
      if (spec.alphanumeric && !/^[A-Za-z0-9]+$/.test(raw)) {
        return problem(`"${raw}" is not alphanumeric. Allowed: letters A-Z and a-z and digits 0-9 only.`);
      }
      return raw;
    }
    case 'list':
    case 'email-list': {
      const items = parseList(raw);
      if (items.length === 0) return problem('holds no item. Allowed: a list separated by newlines or commas.');
      const invalid = spec.kind === 'email-list' ? items.filter((item) => !isEmailAddress(item)) : [];
      if (invalid.length > 0)
        return problem(`not an e-mail address: ${quoteAll(invalid)}. Allowed: addresses such as name@example.com.`);
      return items;
    }
    case 'whole-number':
      return wholeNumber(raw, spec, problem);
    case 'whole-number-list': {
      const items = parseList(raw);
      if (items.length === 0) return problem('holds no item. Allowed: whole numbers separated by newlines or commas.');
      const numbers = items.map((item) => wholeNumber(item, spec, problem));
      return numbers.every((n) => n !== undefined) ? numbers : undefined;
    }
    case 'boolean':
      return parseBoolean(raw) ?? problem(notBoolean(name, raw).slice(name.length + 2));
    case 'flag-number': {
      // The page's example writes 1; true and false are read as 1 and 0.
      const value = FLAG_NUMBERS[raw] ?? parseBoolean(raw);
      if (value === undefined) {
        return problem(`"${raw}" is not allowed. Allowed: 1, 0, ${BOOLEAN_VALUES.join(', ')} (true sends 1).`);
      }
      return value === true || value === 1 ? 1 : 0;
    }
    case 'date':
      return parseIsoDate(raw) ? raw : problem(`"${raw}" is not a date. Allowed: a real date written yyyy-MM-dd.`);
    case 'csr': {
      // CRLF (a Windows checkout) is sent as LF, so the request and its derived key are the same on every runner.
      const pem = raw.replace(/\r\n?/g, '\n').trim();
      return isPemCertificateRequest(pem)
        ? pem
        : problem(
            'is not a PEM certificate request. Allowed: text from -----BEGIN CERTIFICATE REQUEST----- to -----END CERTIFICATE REQUEST-----.',
          );
    }
    case 'object':
    case 'object-list': {
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
  }
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

type Problem = (text: string) => undefined;

function wholeNumber(raw: string, spec: FieldSpec, problem: Problem): number | undefined {
  const value = parseWholeNumber(raw);
  if (value === undefined)
    return problem(`"${raw}" is not a whole number. Allowed: whole numbers from ${spec.min ?? 0}.`);
  if (spec.min !== undefined && value < spec.min)
    return problem(`${value} is too small. Allowed: whole numbers from ${spec.min}.`);
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
  const allowedText = `a mapping with ${required.join(', ')}${optional.length ? ` (and optionally ${optional.join(', ')})` : ''}`;
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
