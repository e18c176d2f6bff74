import type { FieldName } from './fields.ts';

/**
 * Per-product rules, mirroring the parameter tables of DigiCert's pages (../shared/seeds beside
 * the repository). `required` fields must be given; `optional` ones may be;
 * `conditional` ones are required or not by a rule in validate.ts. A field a
 * product does not list does not apply to it.
 */
export type Presence = 'required' | 'optional' | 'conditional';

export type FieldTable = Partial<Record<FieldName, Presence>>;

export type Family = 'code_signing' | 'document_signing' | 'client_certificate';

export interface ProductRules {
  readonly family: Family;
  readonly validityYears: readonly number[];
  /** custom_expiration_date must be less than this many days ahead. */
  readonly customExpirationLimitDays?: number;
  /** DigiCert currently issues for at most this many days; more gets a warning. */
  readonly issuedValidityLimitDays?: number;
  readonly fields: FieldTable;
}

/** Listed in every order's table. */
const ORDER_FIELDS: FieldTable = {
  'signature-hash': 'required',
  'organization-units': 'optional',
  'organization-id': 'conditional',
  organization: 'conditional',
  'skip-duplicate-org-check': 'conditional',
  'container-id': 'optional',
  'validity-years': 'conditional',
  'custom-expiration-date': 'conditional',
  'auto-renew': 'optional',
  'renewal-of-order-id': 'optional',
  'additional-emails': 'optional',
  'skip-approval': 'optional',
  comments: 'optional',
  'custom-fields': 'optional',
  'payment-method': 'optional',
  'alternative-order-id': 'optional',
};

/**
 * code_signing and code_signing_ev share one page. Its starred parameters, cs_provisioning_method and
 * ship_info, "are used only for EV code signing orders"; without them, server_platform is required.
 */
const CODE_SIGNING_FIELDS: FieldTable = {
  ...ORDER_FIELDS,
  csr: 'conditional',
  'server-platform-id': 'required',
  'custom-renewal-message': 'optional',
};

const CODE_SIGNING: ProductRules = {
  family: 'code_signing',
  validityYears: [1, 2, 3],
  // Since 2026-02-24 (CA/B Forum CSC-31).
  issuedValidityLimitDays: 459,
  fields: CODE_SIGNING_FIELDS,
};

const CODE_SIGNING_EV: ProductRules = {
  ...CODE_SIGNING,
  fields: {
    ...CODE_SIGNING_FIELDS,
    'server-platform-id': 'conditional',
    'cs-provisioning-method': 'conditional',
    'ship-info': 'optional',
  },
};

const DOCUMENT_SIGNING: ProductRules = {
  family: 'document_signing',
  validityYears: [1, 2, 3],
  fields: {
    ...ORDER_FIELDS,
    csr: 'conditional',
    'server-platform-id': 'optional',
    'cs-provisioning-method': 'optional',
    'ship-info': 'optional',
    subject: 'required',
    'use-org-as-common-name': 'optional',
    'csa-agreed-to': 'optional',
    'user-id-assignments': 'optional',
  },
};

const CLIENT_CERTIFICATE: ProductRules = {
  family: 'client_certificate',
  validityYears: [1, 2],
  customExpirationLimitDays: 825,
  fields: {
    ...ORDER_FIELDS,
    'common-name': 'required',
    emails: 'required',
    csr: 'optional',
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

/** The reissue table; `common-name` is optional for code and document signing orders (validate.ts). */
export const REISSUE_FIELDS: FieldTable = {
  'common-name': 'conditional',
  'dns-names': 'optional',
  csr: 'required',
  'server-platform-id': 'conditional',
  'signature-hash': 'required',
  comments: 'optional',
  'skip-approval': 'optional',
};

/** `operation: status` reads an order and sends no body, so no body field applies. */
export const STATUS_FIELDS: FieldTable = {};

export const SIGNATURE_HASHES = {
  order: ['sha256'],
  reissue: ['sha256', 'sha384', 'sha512'],
  status: [],
  // A renewal order takes sha256 only; that is checked once the order shows which one is due.
  renew: ['sha256', 'sha384', 'sha512'],
} as const;

export const SHIP_INFO_KEYS = {
  required: ['name', 'addr1', 'city', 'state', 'zip', 'country', 'method'],
  optional: ['addr2'],
} as const;

export const SHIP_METHODS = ['STANDARD', 'EXPEDITED'] as const;

export const SUBJECT_KEYS = ['name', 'job_title', 'phone', 'email'] as const;

/** Sun Java: the platform that needs a CSR. */
export const SUN_JAVA_PLATFORM_ID = 55;
