import { FIELD_NAMES, FIELDS, type FieldName, type FieldValues } from '../rules/fields.ts';
import { isAbsolute, resolve } from 'node:path';
import { isHeaderValue, isLoopbackHost, parseWholeNumber } from '../common/parse.ts';
import { allowedSignatureHashes, isProductId, PRODUCT_IDS, type ProductId } from '../rules/products.ts';
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
import type { CsrKey } from '../common/csr-key.ts';
import { textProblems } from './text-inputs.ts';
import { parseField, yamlParser, type ParseContext } from './field-parsers.ts';
import { appliesToOperation, didYouMean, readBooleanInput, readChoice, type InputReader } from './readers.ts';
import { readPickUpSettings, type PickUpSettings } from './pick-up-settings.ts';
import { readRenewWithinDays } from './renew-settings.ts';
import { hasDefault, INPUT_DEFAULTS } from './defaults.ts';

export const BASE_URLS = {
  us: 'https://www.digicert.com/services/v2',
  eu: 'https://certcentral.digicert.eu/services/v2',
} as const;

const OPERATIONS: readonly Operation[] = ['order', 'reissue', 'status', 'renew'];
const REGIONS = Object.keys(BASE_URLS) as (keyof typeof BASE_URLS)[];

/** The reader, with inputs left at their default (defaults.ts) read as not set. */
function writtenOnly(read: InputReader): InputReader {
  return (name) => {
    const raw = read(name);
    return hasDefault(name) && raw === INPUT_DEFAULTS[name] ? '' : raw;
  };
}

/** What every operation has. */
interface CommonSettings {
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly dryRun: boolean;
  readonly pickUp: PickUpSettings;
  readonly safety: SafetySettings;
}

/** The request fields given, checked, and the key of the CSR among them. */
interface RequestSettings {
  readonly fields: FieldValues;
  /** The public key of the CSR given, read and its signature verified; undefined without a CSR. */
  readonly csrKey?: CsrKey;
}

export interface OrderSettings extends CommonSettings, RequestSettings {
  readonly operation: 'order';
  readonly product: ProductId;
}

export interface ReissueSettings extends CommonSettings, RequestSettings {
  readonly operation: 'reissue';
  readonly orderId: number;
  /** When given, it must be the order's; otherwise the order's own, once read. */
  readonly product: ProductId | undefined;
}

export interface StatusSettings extends CommonSettings {
  readonly operation: 'status';
  readonly orderId: number;
}

export interface RenewSettings extends CommonSettings, RequestSettings {
  readonly operation: 'renew';
  readonly orderId: number;
  readonly product: ProductId | undefined;
  /** Acts when the certificate expires within this many days. */
  readonly renewWithinDays: number;
}

/** The settings of a run: each operation carries only what it has. */
export type Settings = OrderSettings | ReissueSettings | StatusSettings | RenewSettings;

export interface InputCheck extends Findings {
  /** Set only when there are no problems. */
  readonly settings?: Settings;
}

/** Reads every input, reporting all problems at once. */
export async function readSettings(readInput: InputReader, now = new Date()): Promise<InputCheck> {
  const read = writtenOnly(readInput);
  const findings: Findings = { problems: [], warnings: [] };
  const apiKey = readApiKey(read, findings);
  const operation = readChoice(read, 'operation', OPERATIONS, findings) ?? 'order';
  const common = {
    apiKey,
    dryRun: readBooleanInput(read, 'dry-run', findings),
    baseUrl: readBaseUrl(read, findings),
    pickUp: readPickUpSettings(read, findings),
    safety: readSafetySettings(read, findings),
  };
  const product = readProduct(read, operation, findings);
  const orderId = readOrderId(read, operation, findings);
  // The files of an issued certificate can be written where asked, before anything is ordered.
  const { pickUp } = common;
  if (operation === 'status' || pickUp.waitForIssuance || !pickUp.folderPerOrder) {
    await checkOutputFolder(pickUp, findings);
  }
  appliesToOperation(
    read,
    'idempotency',
    operation,
    findings,
    ' (it derives an alternative_order_id, or a reissue key)',
  );
  const renewWithinDays = readRenewWithinDays(read, operation, findings);
  const fields = await readAndCheckFields(read, operation, product, now, findings);
  if (findings.problems.length > 0) return findings;
  const request = { fields: fields.values, csrKey: fields.csrKey };
  const settings = settingsOf(operation, { common, request, product, orderId, renewWithinDays });
  return settings ? { ...findings, settings } : findings;
}

/** The settings of the operation, from parts whose problems were all reported; undefined if a part is missing. */
function settingsOf(
  operation: Operation,
  parts: {
    readonly common: CommonSettings;
    readonly request: RequestSettings;
    readonly product: ProductId | undefined;
    readonly orderId: number | undefined;
    readonly renewWithinDays: number;
  },
): Settings | undefined {
  const { common, request, product, orderId, renewWithinDays } = parts;
  if (operation === 'order') return product ? { ...common, ...request, operation, product } : undefined;
  if (orderId === undefined) return undefined;
  if (operation === 'status') return { ...common, operation, orderId };
  if (operation === 'reissue') return { ...common, ...request, operation, orderId, product };
  return { ...common, ...request, operation, orderId, product, renewWithinDays };
}

function readApiKey(read: InputReader, findings: Findings): string {
  const apiKey = read('api-key');
  if (!apiKey) {
    findings.problems.push(
      "api-key is required: your CertCentral API key, sent as X-DC-DEVKEY. It arrived empty: a secret that is not set in this repository (or its organization or environment) arrives empty, and so does one not passed to this run: a pull request from a fork gets no secrets, and an environment's secrets reach only jobs that name the environment.",
    );
  } else if (!isHeaderValue(apiKey)) {
    findings.problems.push(
      'api-key holds a character that cannot be sent in the X-DC-DEVKEY header (a line break, a control character or a character outside Latin-1). Allowed: the key as CertCentral shows it, on one line.',
    );
  }
  return apiKey;
}

/** The request fields, checked against the table of the operation and product, and the rules that tie them. */
async function readAndCheckFields(
  read: InputReader,
  operation: Operation,
  product: ProductId | undefined,
  now: Date,
  findings: Findings,
): Promise<GivenFields> {
  const table = applicableFields(operation, product);
  const fields = await readFields(read, operation, product, table, findings);
  if (table) checkRequired(table, fields, operation === 'order' ? `${product} orders` : 'a reissue', findings);
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
  return fields;
}

/**
 * Before anything is ordered: the files of an issued certificate can be written where asked. Without
 * output-dir, the order's own folder is made at pick-up under RUNNER_TEMP, which must take new folders.
 */
async function checkOutputFolder(pickUp: PickUpSettings, findings: Findings): Promise<void> {
  // The file-system code, and node:fs/promises with it, is loaded only by a run that checks or writes files.
  const { checkOutputDir, checkParentDir } = await import('../common/files.ts');
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
  findings.problems.push(
    `product: "${raw}" is not a CertCentral product id.${didYouMean(raw, PRODUCT_IDS)} Allowed: ${PRODUCT_IDS.join(', ')}.`,
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
  const csr = await readCsrText(read, findings);
  const raws = writtenFields(read, csr.text, operation, table);

  const needsYaml = [...raws.keys()].some((name) => FIELDS[name].kind.startsWith('object'));
  const context: ParseContext = {
    signatureHashes: operation === 'status' ? [] : allowedSignatureHashes(operation, product),
    findings,
    parseYaml: needsYaml ? yamlParser(await import('yaml')) : () => undefined,
  };

  const values: FieldValues = {};
  // A csr-file that cannot be read was given: its problem is the only one reported, not "csr is required".
  const given = new Set<FieldName>(csr.unreadable && (!table || table.csr) ? ['csr'] : []);
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

/** The text of every field written, and signature-hash's default where it is sent. */
function writtenFields(
  read: InputReader,
  csrText: string,
  operation: Operation,
  table: ReturnType<typeof applicableFields>,
): Map<FieldName, string> {
  const raws = new Map<FieldName, string>();
  for (const name of FIELD_NAMES) {
    const raw = name === 'csr' ? csrText : read(name);
    if (raw !== '') raws.set(name, raw);
  }
  // A renewal copies the order's signature hash unless one is given.
  if (!raws.has('signature-hash') && (!table || table['signature-hash']) && operation !== 'renew') {
    raws.set('signature-hash', INPUT_DEFAULTS['signature-hash']);
  }
  return raws;
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

/** The CSR's text, from csr or csr-file; `unreadable` when csr-file was given but could not be read. */
async function readCsrText(read: InputReader, findings: Findings): Promise<{ text: string; unreadable: boolean }> {
  const text = read('csr');
  const path = read('csr-file');
  if (text !== '' && path !== '') {
    findings.problems.push('csr and csr-file: give one of them, not both.');
    return { text, unreadable: false };
  }
  if (path === '') return { text, unreadable: false };
  const { MAX_CSR_FILE_BYTES, readSmallRegularFile } = await import('../common/files.ts');
  try {
    return { text: (await readSmallRegularFile(path, MAX_CSR_FILE_BYTES)).trim(), unreadable: false };
  } catch (error) {
    // Relative paths are read from the working directory: the workspace, in GitHub Actions.
    const where = isAbsolute(path) ? '' : ` (${resolve(path)})`;
    findings.problems.push(
      `csr-file: "${path}"${where} ${(error as Error).message}. Allowed: a regular file of at most 64 KiB holding a PEM certificate request; a relative path is read from the workspace.`,
    );
    return { text: '', unreadable: true };
  }
}
