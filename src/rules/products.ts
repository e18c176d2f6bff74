import type { FieldName } from './fields.ts';

/**
 * Per-product rules: which request fields each product (and a reissue) takes, and where each rule comes from.
 * The sources are DigiCert's pages (../shared/seeds beside the repository) and the API facts sheet
 * (../shared/certcentral-api.md):
 * - `page`: the product's parameter table lists the field;
 * - `example`: the table is silent, but the page's example body sends the field;
 * - `sheet`: the page's table and example are silent, and the sheet lists the field as common to every order, or
 *   names it for a reissue: a reissue's common-name (optional for signing products, validate.ts), and a code signing
 *   reissue's cs_provisioning_method and ship_info.
 * A field a table here does not list does not apply to that product: an input for it fails validation.
 * `required` fields must be given; `optional` ones may be; `conditional` ones are required or not by a rule in
 * validate.ts.
 */
export type Presence = 'required' | 'optional' | 'conditional';

export type Source = 'page' | 'example' | 'sheet';

export interface FieldRule {
  readonly presence: Presence;
  readonly from: Source;
}

export type FieldTable = Partial<Record<FieldName, FieldRule>>;

export type Family = 'code_signing' | 'document_signing' | 'client_certificate';

export interface ProductRules {
  readonly family: Family;
  readonly validityYears: readonly number[];
  /** custom_expiration_date must be less than this many days ahead. */
  readonly customExpirationLimitDays?: number;
  /** DigiCert currently issues for at most this many days; more gets a warning. */
  readonly issuedValidityLimitDays?: number;
  /** ship_info.method as the product's page writes it; the action sends this spelling whatever case was typed. */
  readonly shipMethods?: readonly string[];
  readonly fields: FieldTable;
}

const page = (presence: Presence): FieldRule => ({ presence, from: 'page' });
const example = (presence: Presence): FieldRule => ({ presence, from: 'example' });
const sheet = (presence: Presence): FieldRule => ({ presence, from: 'sheet' });

/**
 * The code signing pages (de-en, ko) describe code_signing and code_signing_ev together. The ko table leaves out
 * custom_expiration_date, organization details with skip_duplicate_org_check, and alternative_order_id, which the
 * de-en table lists. Their star on cs_provisioning_method and ship_info means "required for EV"; since the 2023
 * hardware-key rule both products take them (the sheet says so, and the pages' one example sends them for either).
 */
const CODE_SIGNING_FIELDS: FieldTable = {
  csr: page('conditional'),
  'signature-hash': page('required'),
  'server-platform-id': page('conditional'),
  'organization-units': page('optional'),
  'auto-renew': page('optional'),
  'additional-emails': page('optional'),
  'renewal-of-order-id': page('optional'),
  'skip-approval': page('optional'),
  'organization-id': page('conditional'),
  organization: page('conditional'),
  'skip-duplicate-org-check': page('conditional'),
  'container-id': page('optional'),
  'validity-years': page('conditional'),
  'custom-expiration-date': page('conditional'),
  'cs-provisioning-method': page('optional'),
  'ship-info': page('optional'),
  'custom-fields': page('optional'),
  'payment-method': page('optional'),
  'alternative-order-id': page('optional'),
  comments: example('optional'),
  'custom-renewal-message': example('optional'),
};

const CODE_SIGNING: ProductRules = {
  family: 'code_signing',
  validityYears: [1, 2, 3],
  // Since 2026-02-24 (CA/B Forum CSC-31).
  issuedValidityLimitDays: 459,
  shipMethods: ['STANDARD', 'EXPEDITED'],
  fields: CODE_SIGNING_FIELDS,
};

const CODE_SIGNING_EV: ProductRules = {
  ...CODE_SIGNING,
  fields: { ...CODE_SIGNING_FIELDS, 'cs-provisioning-method': page('required') },
};

/**
 * The fr page. auto_renew is left out although the sheet lists it as common: the sheet also says DigiCert's
 * auto-renew is not available for document signing.
 */
const DOCUMENT_SIGNING: ProductRules = {
  family: 'document_signing',
  validityYears: [1, 2, 3],
  shipMethods: ['standard', 'expedited'],
  fields: {
    csr: page('conditional'),
    'server-platform-id': page('optional'),
    'signature-hash': page('required'),
    'cs-provisioning-method': page('optional'),
    'use-org-as-common-name': page('optional'),
    'validity-years': page('conditional'),
    comments: page('optional'),
    'organization-id': page('conditional'),
    'container-id': page('optional'),
    'ship-info': page('optional'),
    subject: page('required'),
    'custom-fields': page('optional'),
    'user-id-assignments': page('optional'),
    'skip-approval': page('optional'),
    'payment-method': page('optional'),
    'csa-agreed-to': example('optional'),
    'organization-units': sheet('optional'),
    organization: sheet('conditional'),
    'skip-duplicate-org-check': sheet('conditional'),
    'custom-expiration-date': sheet('conditional'),
    'renewal-of-order-id': sheet('optional'),
    'additional-emails': sheet('optional'),
    'alternative-order-id': sheet('optional'),
  },
};

/** The es page. */
const CLIENT_CERTIFICATE: ProductRules = {
  family: 'client_certificate',
  validityYears: [1, 2],
  customExpirationLimitDays: 825,
  fields: {
    'common-name': page('required'),
    emails: page('required'),
    'signature-hash': page('required'),
    'organization-units': page('optional'),
    csr: page('optional'),
    'auto-renew': page('optional'),
    'renewal-of-order-id': page('optional'),
    'skip-approval': page('optional'),
    'organization-id': page('conditional'),
    'container-id': page('optional'),
    'validity-years': page('conditional'),
    'custom-expiration-date': page('conditional'),
    'custom-fields': page('optional'),
    'payment-method': page('optional'),
    organization: sheet('conditional'),
    'skip-duplicate-org-check': sheet('conditional'),
    'additional-emails': sheet('optional'),
    comments: sheet('optional'),
    'alternative-order-id': sheet('optional'),
  },
};

export const PRODUCTS = {
  code_signing: CODE_SIGNING,
  code_signing_ev: CODE_SIGNING_EV,
  document_signing_org_1: DOCUMENT_SIGNING,
  document_signing_org_2: DOCUMENT_SIGNING,
  client_premium_sha2: CLIENT_CERTIFICATE,
  client_email_security_plus: CLIENT_CERTIFICATE,
  client_authentication_plus: CLIENT_CERTIFICATE,
  client_digital_signature_plus_sha2: CLIENT_CERTIFICATE,
} as const satisfies Record<string, ProductRules>;

export type ProductId = keyof typeof PRODUCTS;

export const PRODUCT_IDS = Object.keys(PRODUCTS) as ProductId[];

export function isProductId(value: string): value is ProductId {
  return Object.hasOwn(PRODUCTS, value);
}

export function isSigningProduct(product: ProductId | undefined): boolean {
  return product !== undefined && PRODUCTS[product].family !== 'client_certificate';
}

/** The ru page; `common-name` is optional for code and document signing orders (validate.ts). */
export const REISSUE_FIELDS: FieldTable = {
  'common-name': page('conditional'),
  'dns-names': page('optional'),
  csr: page('required'),
  'server-platform-id': page('conditional'),
  'signature-hash': page('required'),
  comments: page('optional'),
  'skip-approval': page('optional'),
};

/**
 * The sheet: code signing reissues may also carry cs_provisioning_method and ship_info (DigiCert's reissue pages say
 * the provisioning method need not match the original order). The ru page's table does not list them.
 */
export const CODE_SIGNING_REISSUE_FIELDS: FieldTable = {
  'cs-provisioning-method': sheet('optional'),
  'ship-info': sheet('optional'),
};

/** `operation: status` reads an order and sends no body, so no body field applies. */
export const STATUS_FIELDS: FieldTable = {};

/**
 * Allowed signature hashes. Orders: every order page lists only sha256. Reissues: the ru page lists no values;
 * a code or document signing order keeps sha256, the only value its order page lists; for a client certificate,
 * or when no product is given, the action also takes sha384 and sha512, the hashes DigiCert offers beyond sha256
 * (not in the seeds; DigiCert refuses one the order does not allow). Renew, before the order is read, takes what a
 * reissue of the given product (or of any product) takes; once the read shows the product and the action due, its
 * reissue is held to this list for that product, and its renewal, an order, to sha256 (renew-plan.ts).
 */
export function allowedSignatureHashes(
  operation: 'order' | 'reissue' | 'renew',
  product: ProductId | undefined,
): string[] {
  if (operation === 'order' || isSigningProduct(product)) return ['sha256'];
  return ['sha256', 'sha384', 'sha512'];
}

export const SHIP_INFO_KEYS = {
  required: ['name', 'addr1', 'city', 'state', 'zip', 'country', 'method'],
  optional: ['addr2'],
} as const;

/** Checked in any case before the product is known; sent as the product's page writes it. */
export const SHIP_METHODS = ['STANDARD', 'EXPEDITED'] as const;

export const SUBJECT_KEYS = ['name', 'job_title', 'phone', 'email'] as const;

/** Sun Java: the platform that needs a CSR. */
export const SUN_JAVA_PLATFORM_ID = 55;
