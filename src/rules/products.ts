import { FIELDS, type FieldName } from './fields.ts';

/**
 * Per-product rules: which request fields each product (and a reissue) takes, and where each rule comes from.
 * The sources are DigiCert's pages (../shared/seeds beside the repository), the API facts sheet
 * (../shared/certcentral-api.md) and DigiCert's pages as they are today (../shared/certcentral-2026.md):
 * - `page`: the product's parameter table lists the field;
 * - `example`: the table is silent, but the page's example body sends the field;
 * - `sheet`: the page's table and example are silent, and the sheet lists the field as common to every order, or
 *   names it for a reissue: a code signing reissue's cs_provisioning_method and ship_info;
 * - `current`: the seed's table lists the field, but DigiCert's current page changed whether it is required; the
 *   rule says what the seed said and which section of certcentral-2026.md overrides it;
 * - `today`: no seed has the product or field; certcentral-2026.md gives it from DigiCert's current page, or from a
 *   production client where the page was not reached (`basis` says which, and why the action asks what it asks).
 * A field a table here does not list does not apply to that product: an input for it fails validation.
 * `required` fields must be given; `optional` ones may be; `conditional` ones are required or not by a rule in
 * validate.ts.
 */
export type Presence = 'required' | 'optional' | 'conditional';

export type Source = 'page' | 'example' | 'sheet' | 'current' | 'today';

export interface FieldRule {
  readonly presence: Presence;
  readonly from: Source;
  /** With `current`: what the seed's table says, and the section of certcentral-2026.md that changed it. */
  readonly overrides?: { readonly seed: Presence; readonly section: string };
  /** With `today`: the section of certcentral-2026.md, and what the rule rests on where the page is not enough. */
  readonly today?: { readonly section: string; readonly basis?: string };
}

export type FieldTable = Partial<Record<FieldName, FieldRule>>;

export type Family = 'code_signing' | 'document_signing' | 'client_certificate' | 'secure_email';

/**
 * The public keys DigiCert issues a family's certificates for; a CSR with another key is refused before ordering.
 */
export interface KeyRules {
  readonly rsaBits: { readonly min: number; readonly max?: number };
  /** ECC curves, as DigiCert names them. */
  readonly curves: readonly string[];
  /** Where the rule comes from, said with a refusal. */
  readonly why: string;
}

export interface ProductRules {
  readonly family: Family;
  readonly keys: KeyRules;
  /** DigiCert retired the product: it is still sent, with a warning naming what replaced it. */
  readonly retired?: { readonly on: string; readonly replacement: string };
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
const current = (presence: Presence, seed: Presence, section: string): FieldRule => ({
  presence,
  from: 'current',
  overrides: { seed, section },
});
const today = (presence: Presence, section: string, basis?: string): FieldRule => ({
  presence,
  from: 'today',
  today: { section, ...(basis && { basis }) },
});

/** certcentral-2026.md §2: "only issues RSA 3072-bit key or larger code signing certificates", ECC P-256 or larger. */
const CODE_SIGNING_KEYS: KeyRules = {
  rsaBits: { min: 3072 },
  curves: ['P-256', 'P-384'],
  why: 'DigiCert issues code signing certificates only for RSA 3072 or larger, or ECC P-256 or P-384',
};

/** certcentral-2026.md §1: RSA 2048, 3072 or 4096; ECC P-256 or P-384. */
const CLIENT_KEYS: KeyRules = {
  rsaBits: { min: 2048, max: 4096 },
  curves: ['P-256', 'P-384'],
  why: 'DigiCert issues client certificates for RSA 2048 to 4096, or ECC P-256 or P-384',
};

/** DigiCert's pages name no key sizes for document signing: the smallest a public certificate may have. */
const DOCUMENT_SIGNING_KEYS: KeyRules = {
  rsaBits: { min: 2048 },
  curves: ['P-256', 'P-384'],
  why: 'publicly trusted certificates take RSA 2048 or larger, or ECC P-256 or P-384',
};

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
  'validity-days': today('conditional', '§2', 'order_validity.days; at most 459 days since 2026-02-24'),
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
  keys: CODE_SIGNING_KEYS,
  validityYears: [1, 2, 3],
  // Since 2026-02-24 (CA/B Forum CSC-31).
  issuedValidityLimitDays: 459,
  shipMethods: ['STANDARD', 'EXPEDITED'],
  fields: CODE_SIGNING_FIELDS,
};

/** The de-en page requires cs_provisioning_method for EV; DigiCert's current page makes it optional for both. */
const CODE_SIGNING_EV: ProductRules = {
  ...CODE_SIGNING,
  fields: { ...CODE_SIGNING_FIELDS, 'cs-provisioning-method': current('optional', 'required', '§2') },
};

/**
 * The fr page. auto_renew is left out although the sheet lists it as common: the sheet also says DigiCert's
 * auto-renew is not available for document signing.
 */
const DOCUMENT_SIGNING: ProductRules = {
  family: 'document_signing',
  keys: DOCUMENT_SIGNING_KEYS,
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
  keys: CLIENT_KEYS,
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

/**
 * certcentral-2026.md §1: retired on 2025-07-10 and replaced by the Secure Email products. DigiCert names no product
 * for each; the nearest by what it validates is named: a mailbox alone, or a person of a validated organization.
 */
const retired = (replacement: string): ProductRules => ({
  ...CLIENT_CERTIFICATE,
  retired: { on: '2025-07-10', replacement },
});

/**
 * certcentral-2026.md §1: the Secure Email (S/MIME) products that replaced the retired client products. Its table
 * was read in part; where DigiCert's page was not reached, the rule follows Keyfactor's production client, and
 * `basis` says so.
 */
const SENT_BY_KEYFACTOR = "sent by Keyfactor; the page's table was not reached";

const SECURE_EMAIL_FIELDS: FieldTable = {
  emails: today('required', '§1', "every DigiCert and Keyfactor example sends it; the page's R/O cell was not reached"),
  'profile-type': today(
    'required',
    '§1',
    'optional on the page, which contradicts itself on the default (strict or multipurpose): the action asks for it',
  ),
  'primary-usage': today('required', '§1', 'signing is on the page; key_management and dual_use come from Keyfactor'),
  'additional-usages': today('optional', '§1', 'a strict profile takes non_repudiation only'),
  csr: today('optional', '§1', 'without it, the recipient makes the key in the browser after validation'),
  'organization-id': today('optional', '§1', 'the mailbox product needs no validated organization'),
  'validity-years': today('conditional', '§1', 'the Strict and Multipurpose profiles allow 1 or 2 years'),
  'custom-expiration-date': today('conditional', '§1', 'at most 824 days'),
  comments: today('optional', '§1', SENT_BY_KEYFACTOR),
  'skip-approval': today('optional', '§1', SENT_BY_KEYFACTOR),
  'container-id': today('optional', '§1', SENT_BY_KEYFACTOR),
  'custom-fields': today('optional', '§1', SENT_BY_KEYFACTOR),
  'renewal-of-order-id': today('optional', '§1', SENT_BY_KEYFACTOR),
  'payment-method': sheet('optional'),
  'alternative-order-id': sheet('optional'),
};

const SECURE_EMAIL_MAILBOX: ProductRules = {
  family: 'secure_email',
  keys: CLIENT_KEYS,
  validityYears: [1, 2],
  customExpirationLimitDays: 825,
  fields: SECURE_EMAIL_FIELDS,
};

/** Sponsor and organization: a validated organization, and the common name indicator, are required. */
const SECURE_EMAIL_VALIDATED: FieldTable = {
  ...SECURE_EMAIL_FIELDS,
  'organization-id': today('required', '§1', 'sponsor and organization products need a validated organization'),
  'common-name-indicator': today(
    'required',
    '§1',
    "the page requires it for sponsor and organization; the values come from Keyfactor (the page's table was not reached)",
  ),
};

const SECURE_EMAIL_SPONSOR: ProductRules = {
  ...SECURE_EMAIL_MAILBOX,
  fields: {
    ...SECURE_EMAIL_VALIDATED,
    individual: today('required', '§1', 'always sent for secure_email_sponsor; its fields follow the indicator'),
  },
};

const SECURE_EMAIL_ORGANIZATION: ProductRules = { ...SECURE_EMAIL_MAILBOX, fields: SECURE_EMAIL_VALIDATED };

export const PRODUCTS = {
  code_signing: CODE_SIGNING,
  code_signing_ev: CODE_SIGNING_EV,
  document_signing_org_1: DOCUMENT_SIGNING,
  document_signing_org_2: DOCUMENT_SIGNING,
  client_premium_sha2: retired('secure_email_sponsor (Secure Email for Business)'),
  client_email_security_plus: retired('secure_email_mailbox (Secure Email for Individual)'),
  client_authentication_plus: CLIENT_CERTIFICATE,
  client_digital_signature_plus_sha2: retired('secure_email_sponsor (Secure Email for Business)'),
  secure_email_mailbox: SECURE_EMAIL_MAILBOX,
  secure_email_sponsor: SECURE_EMAIL_SPONSOR,
  secure_email_organization: SECURE_EMAIL_ORGANIZATION,
} as const satisfies Record<string, ProductRules>;

export type ProductId = keyof typeof PRODUCTS;

export const PRODUCT_IDS = Object.keys(PRODUCTS) as ProductId[];

export function isProductId(value: string): value is ProductId {
  return Object.hasOwn(PRODUCTS, value);
}

/** Code and document signing: the products whose orders and reissues take sha256 only and no common name. */
export function isSigningProduct(product: ProductId | undefined): boolean {
  const family = product && PRODUCTS[product].family;
  return family === 'code_signing' || family === 'document_signing';
}

/**
 * The ru page, for a reissue whose order's product is not known yet (no product input; the order is read before
 * sending). DigiCert's current reissue page (certcentral-2026.md §3) makes the CSR conditional: a client
 * certificate's reissue needs one, a code or document signing reissue only with the HSM method (validate.ts); and
 * common_name is required for client certificates but left out of code and document signing reissues.
 */
export const REISSUE_FIELDS: FieldTable = {
  'common-name': current('conditional', 'required', '§3'),
  'dns-names': page('optional'),
  csr: current('conditional', 'required', '§3'),
  'server-platform-id': page('conditional'),
  'signature-hash': page('required'),
  comments: page('optional'),
  'skip-approval': page('optional'),
};

/** A client certificate's reissue: the ru page's table as it stands. */
const CLIENT_REISSUE_FIELDS: FieldTable = {
  ...REISSUE_FIELDS,
  'common-name': page('required'),
  csr: page('required'),
};

/**
 * A Secure Email reissue (§3): the CSR is optional, the key being made in the browser otherwise. Its common name
 * follows the order's indicator; DigiCert's reissue page does not say it needs one, so one may be given.
 */
const SECURE_EMAIL_REISSUE_FIELDS: FieldTable = {
  ...REISSUE_FIELDS,
  'common-name': current('optional', 'required', '§3'),
  csr: current('optional', 'required', '§3'),
};

/** A document signing reissue: without common_name, which DigiCert's current page says to leave out (§3). */
const { 'common-name': _leftOut, ...SIGNING_REISSUE_FIELDS } = REISSUE_FIELDS;

/**
 * A code signing reissue: the ru page requires server_platform for code signing orders; the sheet adds
 * cs_provisioning_method and ship_info (DigiCert's reissue pages say the method need not match the order's).
 */
export const CODE_SIGNING_REISSUE_FIELDS: FieldTable = {
  ...SIGNING_REISSUE_FIELDS,
  'server-platform-id': page('required'),
  'cs-provisioning-method': sheet('optional'),
  'ship-info': sheet('optional'),
};

/** The fields a reissue of an order of this product takes; undefined: the product is not known yet. */
export function reissueFieldsOf(product: ProductId | undefined): FieldTable {
  const family = product && PRODUCTS[product].family;
  if (family === 'client_certificate') return CLIENT_REISSUE_FIELDS;
  if (family === 'secure_email') return SECURE_EMAIL_REISSUE_FIELDS;
  if (family === 'code_signing') return CODE_SIGNING_REISSUE_FIELDS;
  if (family === 'document_signing') return SIGNING_REISSUE_FIELDS;
  return REISSUE_FIELDS;
}

/** The values of cs_provisioning_method an order can carry; order info may show others, such as "none". */
export const PROVISIONING_METHODS = FIELDS['cs-provisioning-method'].allowed;

export function isProvisioningMethod(value: unknown): value is (typeof PROVISIONING_METHODS)[number] {
  return (PROVISIONING_METHODS as readonly unknown[]).includes(value);
}

/** The methods that put the key on a token, made by DigiCert or the user's own: no CSR is sent with them. */
export const TOKEN_METHODS: readonly string[] = ['ship_token', 'client_app'];

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

/** The person a Secure Email for Business certificate names (§1). */
export const INDIVIDUAL_KEYS = ['first_name', 'last_name', 'pseudonym'] as const;

/**
 * The individual's fields each common name indicator requires, as DigiCert's page states them (§1): with
 * email_address, the page asks for the names and the pseudonym alike.
 */
export const INDIVIDUAL_KEYS_BY_INDICATOR: Readonly<Record<string, readonly (typeof INDIVIDUAL_KEYS)[number][]>> = {
  given_name_surname: ['first_name', 'last_name'],
  pseudonym: ['pseudonym'],
  email_address: ['first_name', 'last_name', 'pseudonym'],
  organization_name: [],
};

/** Additional usages a Secure Email profile allows (§1): a strict profile takes non-repudiation only. */
export const USAGES_BY_PROFILE: Readonly<Record<string, readonly string[]>> = {
  strict: ['non_repudiation'],
  multipurpose: ['non_repudiation', 'client_auth'],
};

/** Sun Java: the platform that needs a CSR. */
export const SUN_JAVA_PLATFORM_ID = 55;
