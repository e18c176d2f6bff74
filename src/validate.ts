import type { FieldName, FieldValues } from './fields.ts';
import { daysAhead, parseIsoDate } from './parse.ts';
import {
  PRODUCT_IDS,
  PRODUCTS,
  REISSUE_FIELDS,
  STATUS_FIELDS,
  SUN_JAVA_PLATFORM_ID,
  type FieldTable,
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
}

/** The fields DigiCert's table lists for this operation and product, or undefined when unknown. */
export function applicableFields(operation: Operation, product: ProductId | undefined): FieldTable | undefined {
  if (operation === 'order') return product ? PRODUCTS[product].fields : undefined;
  if (operation === 'status') return STATUS_FIELDS;
  if (operation === 'renew') return renewFields(product);
  const table: FieldTable = { ...REISSUE_FIELDS };
  const family = product && PRODUCTS[product].family;
  if (family === 'code_signing') table['server-platform-id'] = 'required';
  // The page requires common_name; the sheet leaves it out for code and document signing orders.
  if (family === 'code_signing' || family === 'document_signing') table['common-name'] = 'optional';
  return table;
}

/**
 * operation renew sends a renewal order or a reissue, whichever the order needs when it is read, so it takes the
 * fields of both, none of them required: what is not given is copied from the order (renew-plan.ts).
 */
function renewFields(product: ProductId | undefined): FieldTable {
  const orderTables = product ? [PRODUCTS[product].fields] : PRODUCT_IDS.map((id) => PRODUCTS[id].fields);
  const table: FieldTable = {};
  for (const fields of [...orderTables, applicableFields('reissue', product) as FieldTable]) {
    for (const name of Object.keys(fields) as FieldName[]) table[name] = 'optional';
  }
  return table;
}

export function checkRequired(table: FieldTable, { given }: GivenFields, subject: string, findings: Findings): void {
  for (const [name, presence] of Object.entries(table) as [FieldName, string][]) {
    if (presence === 'required' && !given.has(name)) {
      findings.problems.push(`${name} is required for ${subject}.`);
    }
  }
}

const SIGNING_PRODUCTS = PRODUCT_IDS.filter((id) => PRODUCTS[id].family !== 'client_certificate');

/** common_name, required by the reissue page, unless the product is one the sheet exempts. */
export function checkReissueRules(table: FieldTable, { given }: GivenFields, findings: Findings): void {
  if (table['common-name'] === 'conditional' && !given.has('common-name')) {
    findings.problems.push(
      `common-name is required for a reissue, except of code and document signing orders: for those, give product (${SIGNING_PRODUCTS.join(', ')}) and it is optional.`,
    );
  }
}

/** The rules of an order's parameter table that tie fields together. */
export function checkOrderRules(product: ProductId, fields: GivenFields, now: Date, findings: Findings): void {
  const rules = PRODUCTS[product];
  checkOrganization(fields, findings);
  checkValidity(product, rules, fields, now, findings);
  if (rules.family === 'code_signing') checkCodeSigning(product, fields, findings);
  if (
    rules.family === 'document_signing' &&
    fields.values['cs-provisioning-method'] === 'email' &&
    !fields.given.has('csr')
  ) {
    findings.problems.push(`csr (or csr-file) is required for ${product} when cs-provisioning-method is email.`);
  }
}

function checkOrganization({ values, given }: GivenFields, findings: Findings): void {
  const hasId = given.has('organization-id');
  const hasDetails = given.has('organization');
  if (hasId === hasDetails) {
    findings.problems.push(
      'organization-id or organization: give exactly one, the id of an existing organization or the details of a new one.',
    );
  }
  if (hasId && values['skip-duplicate-org-check'] !== undefined) {
    findings.warnings.push(
      'skip-duplicate-org-check applies only with organization (new organization details); it is not sent.',
    );
    delete values['skip-duplicate-org-check'];
  }
}

function checkValidity(
  product: ProductId,
  rules: ProductRules,
  { values, given }: GivenFields,
  now: Date,
  findings: Findings,
): void {
  const years = values['validity-years'] as number | undefined;
  const customDate = values['custom-expiration-date'] as string | undefined;
  if (!given.has('validity-years') && !given.has('custom-expiration-date')) {
    findings.problems.push(
      `validity-years or custom-expiration-date is required for ${product}. Allowed validity-years: ${rules.validityYears.join(', ')}.`,
    );
  }
  if (years !== undefined && !rules.validityYears.includes(years)) {
    findings.problems.push(
      `validity-years: ${years} is not allowed for ${product}. Allowed: ${rules.validityYears.join(', ')}.`,
    );
  }
  let validityDays = years === undefined ? undefined : years * 365;
  if (customDate !== undefined) {
    const days = daysAhead(parseIsoDate(customDate) as Date, now);
    if (days <= 0) {
      findings.problems.push(
        `custom-expiration-date: ${customDate} is not in the future. Allowed: a date after today.`,
      );
    } else if (rules.customExpirationLimitDays !== undefined && days >= rules.customExpirationLimitDays) {
      findings.problems.push(
        `custom-expiration-date: ${customDate} is ${days} days ahead. Allowed for ${product}: less than ${rules.customExpirationLimitDays} days ahead.`,
      );
    }
    if (years !== undefined) {
      findings.warnings.push('custom-expiration-date overrides validity-years; DigiCert uses the date.');
    }
    validityDays = days;
  }
  const limit = rules.issuedValidityLimitDays;
  if (limit !== undefined && validityDays !== undefined && validityDays > limit) {
    findings.warnings.push(
      `The requested validity (about ${validityDays} days) exceeds DigiCert's current ${limit}-day limit for code signing certificates; the certificate will be valid for at most ${limit} days.`,
    );
  }
}

function checkCodeSigning(product: ProductId, { values, given }: GivenFields, findings: Findings): void {
  const method = values['cs-provisioning-method'] as string | undefined;
  // The EV-only parameters: the provisioning method decides whether server_platform is needed.
  if (PRODUCTS[product].fields['cs-provisioning-method']) {
    if (!given.has('cs-provisioning-method')) {
      findings.problems.push(
        `cs-provisioning-method is required for ${product}. Allowed: ship_token, client_app, email.`,
      );
    }
    if ((method === undefined || method === 'client_app') && !given.has('server-platform-id')) {
      findings.problems.push(
        `server-platform-id is required for ${product} when cs-provisioning-method is client_app or not given.`,
      );
    }
  }
  const csrReason =
    values['server-platform-id'] === SUN_JAVA_PLATFORM_ID
      ? `server-platform-id is ${SUN_JAVA_PLATFORM_ID} (Sun Java)`
      : method === 'email'
        ? 'cs-provisioning-method is email'
        : undefined;
  if (csrReason && !given.has('csr')) {
    findings.problems.push(`csr (or csr-file) is required for ${product} when ${csrReason}.`);
  }
}
