import { FIELDS, numberOf, textOf, type FieldName, type FieldSpec, type FieldValues } from './fields.ts';
import { daysAhead, isPlainObject, joinAnd, parseIsoDate } from '../common/parse.ts';
import { keyInWords, type CsrKey } from '../common/csr-key.ts';
import {
  INDIVIDUAL_KEYS_BY_INDICATOR,
  isProvisioningMethod,
  isSigningProduct,
  PRODUCT_IDS,
  PRODUCTS,
  reissueFieldsOf,
  STATUS_FIELDS,
  SUN_JAVA_PLATFORM_ID,
  TOKEN_METHODS,
  USAGES_BY_PROFILE,
  type Family,
  type FieldRule,
  type FieldTable,
  type KeyRules,
  type ProductId,
  type ProductRules,
} from './products.ts';

export type Operation = 'order' | 'reissue' | 'status' | 'renew';

/** Problems stop the run before any request; warnings are only reported. */
export interface Findings {
  readonly problems: string[];
  readonly warnings: string[];
}

/** The parsed fields, and which inputs were given at all (an invalid one is given, but has no value). */
export interface GivenFields {
  readonly values: FieldValues;
  readonly given: ReadonlySet<FieldName>;
  /** The public key of the CSR given, once it has been read and its signature verified. */
  readonly csrKey?: CsrKey;
}

/** The fields DigiCert's table lists for this operation and product, or undefined when unknown. */
export function applicableFields(operation: Operation, product: ProductId | undefined): FieldTable | undefined {
  if (operation === 'order') return product ? PRODUCTS[product].fields : undefined;
  if (operation === 'status') return STATUS_FIELDS;
  if (operation === 'renew') return renewFields(product);
  return reissueFieldsOf(product);
}

/** The input's name in messages: the CSR may come from either of two inputs. */
export function inputLabel(name: FieldName): string {
  return name === 'csr' ? 'csr (or csr-file)' : name;
}

/** Where a body field applies, for messages: "orders of …" and/or "reissues (of …)". */
export function whereFieldApplies(name: FieldName): string {
  const reissued = FAMILY_NAMES.filter(([family]) => reissueFieldsOf(familyProduct(family))[name]);
  const places = [
    ordersTaking(name),
    reissued.length === FAMILY_NAMES.length
      ? 'reissues'
      : reissued.length > 0
        ? `reissues of ${joinAnd(reissued.map(([, words]) => words))} orders`
        : '',
  ].filter(Boolean);
  return places.join(', and to ');
}

/** "orders of every product", of whole families ("… client certificate products"), or of the products named. */
function ordersTaking(name: FieldName): string {
  const taking = PRODUCT_IDS.filter((id) => PRODUCTS[id].fields[name]);
  if (taking.length === PRODUCT_IDS.length) return 'orders of every product';
  if (taking.length === 0) return '';
  const whole: string[] = [];
  const single: string[] = [];
  for (const [family, words] of FAMILY_NAMES) {
    const members = PRODUCT_IDS.filter((id) => PRODUCTS[id].family === family);
    const taken = members.filter((id) => taking.includes(id));
    if (taken.length === members.length) whole.push(words);
    else single.push(...taken);
  }
  const families = whole.length > 0 ? `${joinAnd(whole)} products` : '';
  return `orders of ${[families, single.join(', ')].filter(Boolean).join(' and of ')}`;
}

const FAMILY_NAMES: readonly (readonly [Family, string])[] = [
  ['code_signing', 'code signing'],
  ['document_signing', 'document signing'],
  ['client_certificate', 'client certificate'],
  ['secure_email', 'Secure Email'],
];

function familyProduct(family: Family): ProductId {
  return PRODUCT_IDS.find((id) => PRODUCTS[id].family === family) as ProductId;
}

/** A body field the user wrote that the operation and product do not take. */
export function notApplicable(name: FieldName, operation: Operation, product: ProductId | undefined): string {
  if (name === 'common-name' && operation !== 'order' && isSigningProduct(product)) {
    return `common-name does not apply to a reissue of a ${product} order: DigiCert's current reissue page says to leave common_name out of code signing, EV code signing and document signing reissues; remove it.`;
  }
  if (name === 'common-name-indicator' && product === 'secure_email_mailbox') {
    return `common-name-indicator does not apply to secure_email_mailbox orders: DigiCert ignores it for them (the common name is the e-mail address). It applies to ${whereFieldApplies(name)}; remove it.`;
  }
  const where = {
    order: product ? `${product} orders` : 'an order of any product',
    reissue: 'a reissue',
    status: 'operation status',
    renew: product ? `${product} renewals and reissues` : 'a renewal or reissue',
  }[operation];
  return `${inputLabel(name)} does not apply to ${where}. It applies to ${whereFieldApplies(name)}; remove it.`;
}

/** An order whose product is missing or unknown: the fields no order product takes. */
export function appliesToNoOrder(name: FieldName): boolean {
  return PRODUCT_IDS.every((id) => !PRODUCTS[id].fields[name]);
}

/**
 * operation renew sends a renewal order or a reissue, whichever the order needs when it is read, so it takes the
 * fields of both, none of them required: what is not given is copied from the order (renew-plan.ts).
 */
function renewFields(product: ProductId | undefined): FieldTable {
  const orderTables = product ? [PRODUCTS[product].fields] : PRODUCT_IDS.map((id) => PRODUCTS[id].fields);
  const table: FieldTable = {};
  for (const fields of [...orderTables, applicableFields('reissue', product) as FieldTable]) {
    for (const [name, rule] of Object.entries(fields) as [FieldName, FieldRule][]) {
      table[name] = { presence: 'optional', from: rule.from };
    }
  }
  return table;
}

export function checkRequired(table: FieldTable, { given }: GivenFields, subject: string, findings: Findings): void {
  for (const [name, rule] of Object.entries(table) as [FieldName, { presence: string }][]) {
    if (rule.presence === 'required' && !given.has(name)) {
      const spec: FieldSpec = FIELDS[name];
      const allowed = spec.allowed ? ` Allowed: ${spec.allowed.join(', ')}.` : '';
      findings.problems.push(`${inputLabel(name)} is required for ${subject}.${allowed}`);
    }
  }
}

/**
 * A reissue's rules that tie fields together. Before the order is read (`orderRead` false), only what the inputs
 * decide; after it, with the order's product and provisioning method: the CSR follows the method that applies, the
 * one given or the order's own (an HSM, `email`, needs one; a token method takes none), and its key must suit the
 * product.
 */
export function checkReissueRules(
  product: ProductId | undefined,
  fields: GivenFields,
  order: { readonly read: boolean; readonly method?: string },
  findings: Findings,
): void {
  const { values, given } = fields;
  if (!product) {
    if (order.read) {
      // An order of a product this action does not know: the ru page's table as it stands.
      for (const name of ['common-name', 'csr'] as const) {
        if (!given.has(name)) findings.problems.push(`${inputLabel(name)} is required for this reissue.`);
      }
    }
    return;
  }
  if (fields.csrKey) checkCsrKey(product, fields.csrKey, findings);
  const rules = PRODUCTS[product];
  if (rules.family === 'client_certificate') return;
  const givenMethod = textOf(values, 'cs-provisioning-method');
  const method = givenMethod ?? (isProvisioningMethod(order.method) ? order.method : undefined);
  const whose = givenMethod ? `cs-provisioning-method ${givenMethod}` : `the order's provisioning method, ${method}`;
  if (method === 'email' && !given.has('csr') && (givenMethod || order.read)) {
    findings.problems.push(`csr (or csr-file) is required for a reissue with ${whose}: the key is on your HSM.`);
  }
  if (method !== undefined && TOKEN_METHODS.includes(method) && given.has('csr')) {
    findings.problems.push(
      `csr (or csr-file) does not apply to a reissue with ${whose}: DigiCert puts the key on the token, and the token methods take no CSR; remove it.`,
    );
  }
  if (given.has('ship-info') && givenMethod !== undefined && givenMethod !== 'ship_token') {
    findings.problems.push(
      `ship-info applies only with cs-provisioning-method ship_token (DigiCert ships a token), not with ${givenMethod}; remove it.`,
    );
  }
  normalizeShipMethod(rules, values);
}

/** The CSR's key is one DigiCert issues the product's certificates for. */
export function checkCsrKey(product: ProductId, key: CsrKey, findings: Findings): void {
  const rules = PRODUCTS[product].keys;
  if (keyAllowed(rules, key)) return;
  findings.problems.push(
    `csr (or csr-file): the CSR's key is ${keyInWords(key)}. Allowed for ${product}: ${allowedKeys(rules)} (${rules.why}). Make a new key and CSR.`,
  );
}

function keyAllowed({ rsaBits, curves }: KeyRules, key: CsrKey): boolean {
  if (key.type === 'rsa') {
    const bits = key.bits ?? 0;
    return bits >= rsaBits.min && (rsaBits.max === undefined || bits <= rsaBits.max);
  }
  return key.type === 'ec' && curves.includes(key.curve ?? '');
}

function allowedKeys({ rsaBits, curves }: KeyRules): string {
  const rsa = rsaBits.max === undefined ? `RSA ${rsaBits.min} or larger` : `RSA ${rsaBits.min} to ${rsaBits.max}`;
  return `${rsa}, or ECC ${curves.join(' or ')}`;
}

const ANY_PRODUCT_YEARS = [...new Set(PRODUCT_IDS.flatMap((id) => PRODUCTS[id].validityYears))].sort((a, b) => a - b);

/**
 * The rules of an order that hold whatever the product: they run even when the product is missing or
 * misspelt, so that one run reports every problem.
 */
export function checkOrderBasics(fields: GivenFields, now: Date, findings: Findings): void {
  checkOrganization(fields, findings);
  if (!VALIDITY_INPUTS.some((name) => fields.given.has(name))) {
    findings.problems.push(
      `validity-years, validity-days or custom-expiration-date is required for an order. Allowed validity-years: ${ANY_PRODUCT_YEARS.join(', ')} (client and Secure Email certificates 1, 2); validity-days: code signing only, 1 to 459.`,
    );
  }
  checkGivenValidity(fields, now, findings);
}

/**
 * operation renew, before the order is read: the order rules that need no product, on the inputs given. What is not
 * given is copied from the order, so nothing is required here; the renewal is checked in full once the order is read.
 */
export function checkRenewBasics(fields: GivenFields, now: Date, findings: Findings): void {
  const { values, given } = fields;
  if (given.has('organization-id') && given.has('organization')) {
    findings.problems.push(
      "organization-id or organization: give exactly one, the id of an existing organization or the details of a new one (without either, a renewal keeps the order's organization).",
    );
  }
  if (values['skip-duplicate-org-check'] !== undefined && !given.has('organization')) {
    findings.problems.push(
      'skip-duplicate-org-check applies only with organization (the details of a new organization), not with organization-id or the organization a renewal keeps; remove it.',
    );
  }
  checkGivenValidity(fields, now, findings);
}

const VALIDITY_INPUTS: readonly FieldName[] = ['validity-years', 'validity-days', 'custom-expiration-date'];

/**
 * validity-days goes alone: DigiCert documents no precedence between order_validity and validity_years or
 * custom_expiration_date on a code signing order (certcentral-2026.md §2).
 */
function checkValidityDaysAlone({ given }: GivenFields, findings: Findings): void {
  const others = VALIDITY_INPUTS.filter((name) => name !== 'validity-days' && given.has(name));
  if (!given.has('validity-days') || others.length === 0) return;
  findings.problems.push(
    `validity-days cannot be given with ${others.join(' or ')}: give one of them (DigiCert documents no precedence between order_validity and ${others.map((name) => name.replace(/-/g, '_')).join(' or ')}).`,
  );
}

/** validity-years some product allows, and a custom-expiration-date in the future. */
function checkGivenValidity(fields: GivenFields, now: Date, findings: Findings): void {
  const { values } = fields;
  checkValidityDaysAlone(fields, findings);
  const years = numberOf(values, 'validity-years');
  if (years !== undefined && !ANY_PRODUCT_YEARS.includes(years)) {
    findings.problems.push(
      `validity-years: ${years} is not allowed for any product. Allowed: ${ANY_PRODUCT_YEARS.join(', ')} (client and Secure Email certificates 1, 2).`,
    );
  }
  const customDate = textOf(values, 'custom-expiration-date');
  if (customDate !== undefined && daysAhead(parseIsoDate(customDate) as Date, now) <= 0) {
    findings.problems.push(`custom-expiration-date: ${customDate} is not in the future. Allowed: a date after today.`);
  }
}

/** The rules of an order's parameter table that tie fields together, for a known product. */
export function checkOrderRules(product: ProductId, fields: GivenFields, now: Date, findings: Findings): void {
  const rules = PRODUCTS[product];
  if (rules.retired) {
    findings.warnings.push(
      `${product}: DigiCert retired this product on ${rules.retired.on} and replaced it with the Secure Email products; the nearest is ${rules.retired.replacement}. The order is sent as asked, since some accounts may still order it.`,
    );
  }
  if (fields.csrKey) checkCsrKey(product, fields.csrKey, findings);
  // A Secure Email order takes only an existing organization's id, required by the product's table where needed.
  if (rules.family !== 'secure_email') checkOrganization(fields, findings);
  checkValidity(product, rules, fields, now, findings);
  if (rules.family === 'secure_email') return checkSecureEmail(product, fields, findings);
  if (rules.family === 'client_certificate') return;
  checkProvisioning(product, fields, findings);
  normalizeShipMethod(rules, fields.values);
}

function checkOrganization({ values, given }: GivenFields, findings: Findings): void {
  const hasId = given.has('organization-id');
  const hasDetails = given.has('organization');
  if (hasId === hasDetails) {
    findings.problems.push(
      'organization-id or organization: give exactly one, the id of an existing organization or the details of a new one.',
    );
  }
  if (values['skip-duplicate-org-check'] !== undefined && !hasDetails) {
    findings.problems.push(
      'skip-duplicate-org-check applies only with organization (the details of a new organization), not with organization-id; remove it.',
    );
  }
}

/** Validity rules; warnings are given only about values that are accepted, so a refused value gets no warning. */
function checkValidity(
  product: ProductId,
  rules: ProductRules,
  { values, given }: GivenFields,
  now: Date,
  findings: Findings,
): void {
  const years = numberOf(values, 'validity-years');
  const customDate = textOf(values, 'custom-expiration-date');
  const takesDays = rules.fields['validity-days'] !== undefined;
  if (!VALIDITY_INPUTS.some((name) => given.has(name))) {
    findings.problems.push(
      `${takesDays ? 'validity-years, validity-days' : 'validity-years'} or custom-expiration-date is required for ${product}. Allowed validity-years: ${rules.validityYears.join(', ')}${takesDays ? '; validity-days: 1 to 459' : ''}.`,
    );
  }
  checkValidityDaysAlone({ values, given }, findings);
  const yearsAccepted = years !== undefined && rules.validityYears.includes(years);
  if (years !== undefined && !yearsAccepted) {
    findings.problems.push(
      `validity-years: ${years} is not allowed for ${product}. Allowed: ${rules.validityYears.join(', ')}.`,
    );
  }
  let validityDays = yearsAccepted ? years * 365 : undefined;
  let validitySource = yearsAccepted ? `validity-years ${years}` : '';
  if (customDate !== undefined) {
    const days = daysAhead(parseIsoDate(customDate) as Date, now);
    const limit = rules.customExpirationLimitDays;
    let dateAccepted = false;
    if (days <= 0) {
      findings.problems.push(
        `custom-expiration-date: ${customDate} is not in the future. Allowed: a date after today.`,
      );
    } else if (limit !== undefined && days >= limit) {
      findings.problems.push(
        `custom-expiration-date: ${customDate} is ${days} days ahead. Allowed for ${product}: less than ${limit} days ahead.`,
      );
    } else {
      dateAccepted = true;
    }
    if (dateAccepted && yearsAccepted) {
      findings.warnings.push('custom-expiration-date overrides validity-years; DigiCert uses the date.');
    }
    // DigiCert uses the date, so the years no longer tell how long the certificate is valid.
    validityDays = dateAccepted ? days : undefined;
    validitySource = `custom-expiration-date ${customDate}`;
  }
  warnBeyondIssuedLimit(rules, validitySource, validityDays, findings);
}

/**
 * A code signing order longer than a certificate may last buys coverage: since 2026-02-24 each certificate lasts at
 * most 459 days, and is reissued within the order until the coverage ends (certcentral-2026.md §2).
 */
function warnBeyondIssuedLimit(
  rules: ProductRules,
  validitySource: string,
  validityDays: number | undefined,
  findings: Findings,
): void {
  const limit = rules.issuedValidityLimitDays;
  if (limit === undefined || validityDays === undefined || validityDays <= limit) return;
  findings.warnings.push(
    `The order's validity, ${validitySource} (about ${validityDays} days), is coverage: since 2026-02-24 DigiCert issues each code signing certificate for at most ${limit} days, and the certificate is reissued within the order until the coverage ends. operation: renew makes that reissue when the certificate comes within renew-within-days. For one certificate's term alone, use validity-days (at most ${limit}).`,
  );
}

/**
 * A Secure Email order's fields that depend on each other (certcentral-2026.md §1): the additional usages its profile
 * allows, and the individual's fields its common name indicator requires.
 */
function checkSecureEmail(product: ProductId, { values, given }: GivenFields, findings: Findings): void {
  const profile = textOf(values, 'profile-type');
  const usages = values['additional-usages'];
  const allowedUsages = profile === undefined ? undefined : USAGES_BY_PROFILE[profile];
  if (allowedUsages && Array.isArray(usages)) {
    const refused = usages.filter((usage) => !allowedUsages.includes(String(usage)));
    if (refused.length > 0) {
      findings.problems.push(
        `additional-usages: ${refused.join(', ')} is not allowed with profile-type ${profile}. Allowed with ${profile}: ${allowedUsages.join(', ')}; with multipurpose: ${USAGES_BY_PROFILE.multipurpose?.join(', ')}.`,
      );
    }
  }
  const indicator = textOf(values, 'common-name-indicator');
  const individual = values.individual;
  if (indicator === undefined || !given.has('individual') || !isPlainObject(individual)) return;
  const missing = (INDIVIDUAL_KEYS_BY_INDICATOR[indicator] ?? []).filter((key) => individual[key] === undefined);
  if (missing.length > 0) {
    findings.problems.push(
      `individual: common-name-indicator ${indicator} needs ${missing.join(', ')} in individual (as DigiCert's ${product} page states). Allowed: a mapping with ${(INDIVIDUAL_KEYS_BY_INDICATOR[indicator] ?? []).join(', ')}.`,
    );
  }
}

/**
 * cs_provisioning_method and its companions, for code and document signing: server_platform is needed for
 * client_app or no method (code signing), a CSR for email (the key is on the user's HSM) and for Sun Java, and
 * ship_info only goes with ship_token.
 */
function checkProvisioning(product: ProductId, { values, given }: GivenFields, findings: Findings): void {
  const family = PRODUCTS[product].family;
  const method = textOf(values, 'cs-provisioning-method');
  // A method that was given but refused has been reported; it is not "not given".
  const methodRefused = given.has('cs-provisioning-method') && method === undefined;
  if (
    family === 'code_signing' &&
    !methodRefused &&
    (method === undefined || method === 'client_app') &&
    !given.has('server-platform-id')
  ) {
    findings.problems.push(
      `server-platform-id is required for ${product} when cs-provisioning-method is client_app or not given.`,
    );
  }
  const csrReason =
    family === 'code_signing' && values['server-platform-id'] === SUN_JAVA_PLATFORM_ID
      ? `server-platform-id is ${SUN_JAVA_PLATFORM_ID} (Sun Java)`
      : method === 'email'
        ? 'cs-provisioning-method is email'
        : undefined;
  if (csrReason && !given.has('csr')) {
    findings.problems.push(`csr (or csr-file) is required for ${product} when ${csrReason}.`);
  }
  if (given.has('ship-info') && method !== undefined && method !== 'ship_token') {
    findings.problems.push(
      `ship-info applies only with cs-provisioning-method ship_token (DigiCert ships a token), not with ${method}; remove it.`,
    );
  }
}

/**
 * Said in the log when a code signing order or renewal carries no cs_provisioning_method: DigiCert's current page
 * makes it optional, and the account's default method applies (which may be DigiCert KeyLocker, which has no
 * documented API value).
 */
export function defaultMethodNote(product: ProductId, values: FieldValues): string | undefined {
  if (PRODUCTS[product].family !== 'code_signing' || values['cs-provisioning-method'] !== undefined) return undefined;
  return `No cs_provisioning_method is sent: DigiCert applies the provisioning method set as the default in the CertCentral account (it may be DigiCert KeyLocker).`;
}

/** Sends ship_info.method as the product's page writes it (already checked in any case). */
function normalizeShipMethod(rules: ProductRules, values: FieldValues): void {
  const shipInfo = values['ship-info'] as Record<string, string> | undefined;
  if (!shipInfo || !rules.shipMethods) return;
  const method = rules.shipMethods.find((allowed) => allowed.toLowerCase() === shipInfo.method?.toLowerCase());
  if (method) values['ship-info'] = { ...shipInfo, method };
}
