/**
 * The action's request inputs and the CertCentral body field each one sets.
 * The order of this table is the order of the fields in the request body.
 */

export type FieldKind =
  | 'text'
  | 'list'
  | 'email-list'
  | 'whole-number'
  | 'whole-number-list'
  | 'boolean'
  | 'flag-number'
  | 'object'
  | 'object-list'
  | 'date'
  | 'csr';

export interface FieldSpec {
  readonly kind: FieldKind;
  /** Where the value goes in the request body. */
  readonly path: readonly string[];
  /** Shown in `action.yml`-style help and in error messages. */
  readonly description: string;
  /** Allowed values, for enumerations. */
  readonly allowed?: readonly string[];
  /** Smallest allowed whole number. */
  readonly min?: number;
  /** Largest allowed whole number. */
  readonly max?: number;
  /**
   * The longest text allowed: of the value, of each item of a list, or of each text in an object (`keyMaxLength`
   * for some of its keys). DigiCert's where documented; otherwise X.509's upper bounds (RFC 5280), or a length no
   * person would reach.
   */
  readonly maxLength?: number;
  /** Per key of an object input, where its limit differs from maxLength. */
  readonly keyMaxLength?: Readonly<Record<string, number>>;
  /** A message that may span lines: line breaks are allowed (other control characters never are). */
  readonly multiline?: true;
  /** Text made of letters and digits only. */
  readonly alphanumeric?: boolean;
}

export const FIELDS = {
  'common-name': {
    kind: 'text',
    path: ['certificate', 'common_name'],
    description: 'The name to secure',
    maxLength: 64,
  },
  emails: {
    kind: 'email-list',
    path: ['certificate', 'emails'],
    description: 'E-mail addresses to place on the certificate',
    maxLength: 254,
  },
  'profile-type': {
    kind: 'text',
    path: ['certificate', 'profile_type'],
    description: 'Secure Email certificate profile',
    allowed: ['strict', 'multipurpose'],
  },
  'common-name-indicator': {
    kind: 'text',
    path: ['certificate', 'common_name_indicator'],
    description: "What a Secure Email certificate's common name shows",
    allowed: ['email_address', 'given_name_surname', 'pseudonym', 'organization_name'],
  },
  individual: {
    kind: 'object',
    path: ['certificate', 'individual'],
    description: 'The person a Secure Email for Business certificate names (YAML or JSON)',
    maxLength: 64,
  },
  'primary-usage': {
    kind: 'text',
    path: ['certificate', 'usage_designation', 'primary_usage'],
    description: 'The main use of a Secure Email certificate: signing, encryption or both',
    allowed: ['signing', 'key_management', 'dual_use'],
  },
  'additional-usages': {
    kind: 'list',
    path: ['certificate', 'usage_designation', 'additional_usages'],
    description: 'Further key usages of a Secure Email certificate',
    allowed: ['non_repudiation', 'client_auth'],
  },
  'dns-names': {
    kind: 'list',
    path: ['certificate', 'dns_names'],
    description: 'Additional domains to secure (reissue)',
    maxLength: 253,
  },
  'organization-units': {
    kind: 'list',
    path: ['certificate', 'organization_units'],
    description: 'Departments of the organization',
    maxLength: 64,
  },
  'server-platform-id': {
    kind: 'whole-number',
    path: ['certificate', 'server_platform', 'id'],
    description: 'Server platform id (-1 is "other")',
    min: -1,
  },
  csr: {
    kind: 'csr',
    path: ['certificate', 'csr'],
    description: 'Certificate signing request, PEM',
  },
  'signature-hash': {
    kind: 'text',
    path: ['certificate', 'signature_hash'],
    description: 'Signature hash algorithm',
  },
  'cs-provisioning-method': {
    kind: 'text',
    path: ['cs_provisioning_method'],
    description: 'How the key and certificate are provisioned',
    allowed: ['ship_token', 'client_app', 'email'],
  },
  'use-org-as-common-name': {
    kind: 'boolean',
    path: ['use_org_as_common_name'],
    description: "Use the organization's name as the common name",
  },
  'validity-years': {
    kind: 'whole-number',
    path: ['validity_years'],
    description: 'Years the certificate is valid',
    min: 1,
  },
  'validity-days': {
    kind: 'whole-number',
    path: ['order_validity', 'days'],
    description: 'Days a code signing certificate is valid, at most 459',
    min: 1,
    max: 459,
  },
  'custom-expiration-date': {
    kind: 'date',
    path: ['custom_expiration_date'],
    description: 'Custom expiration date, yyyy-MM-dd; overrides validity-years',
  },
  comments: {
    kind: 'text',
    path: ['comments'],
    description: 'Message for the approver',
    maxLength: 2000,
    multiline: true,
  },
  'skip-approval': {
    kind: 'boolean',
    path: ['skip_approval'],
    description: 'Skip the approval step',
  },
  'organization-id': {
    kind: 'whole-number',
    path: ['organization', 'id'],
    description: 'Id of an existing organization',
    min: 1,
  },
  organization: {
    kind: 'object',
    path: ['organization'],
    description: 'Details of a new organization (YAML or JSON)',
    maxLength: 255,
    keyMaxLength: { name: 64, assumed_name: 64 },
  },
  'skip-duplicate-org-check': {
    kind: 'boolean',
    path: ['organization', 'skip_duplicate_org_check'],
    description: 'Create a new organization even if a matching one exists',
  },
  'container-id': {
    kind: 'whole-number',
    path: ['container', 'id'],
    description: 'Container to place the order under',
    min: 1,
  },
  'ship-info': {
    kind: 'object',
    path: ['ship_info'],
    description: 'Shipping address for the token (YAML or JSON)',
    maxLength: 128,
  },
  subject: {
    kind: 'object',
    path: ['subject'],
    description: 'Subject of a document signing certificate (YAML or JSON)',
    maxLength: 64,
    keyMaxLength: { phone: 32, email: 254 },
  },
  'csa-agreed-to': {
    kind: 'flag-number',
    path: ['csa_agreed_to'],
    description: 'Agree to the certificate services agreement (true sends 1)',
  },
  'auto-renew': {
    kind: 'whole-number',
    path: ['auto_renew'],
    description: 'Times the certificate renews automatically',
    min: 0,
  },
  'custom-renewal-message': {
    kind: 'text',
    path: ['custom_renewal_message'],
    description: 'Message in renewal notices',
    maxLength: 2000,
    multiline: true,
  },
  'renewal-of-order-id': {
    kind: 'whole-number',
    path: ['renewal_of_order_id'],
    description: 'The order this one renews',
    min: 1,
  },
  'additional-emails': {
    kind: 'email-list',
    path: ['additional_emails'],
    description: 'More addresses for certificate notification e-mails',
    maxLength: 254,
  },
  'custom-fields': {
    kind: 'object-list',
    path: ['custom_fields'],
    description: 'Account custom fields, a YAML or JSON list of {metadata_id, value}',
    maxLength: 1024,
  },
  'user-id-assignments': {
    kind: 'whole-number-list',
    path: ['user_id_assignments'],
    description: 'Ids of users who may manage the order',
    min: 1,
  },
  'payment-method': {
    kind: 'text',
    path: ['payment_method'],
    description: 'Payment method',
    allowed: ['balance', 'card', 'profile'],
  },
  'alternative-order-id': {
    kind: 'text',
    path: ['alternative_order_id'],
    description: 'Your own id for the order: letters and digits, at most 64',
    maxLength: 64,
    alphanumeric: true,
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** A parsed, validated field value, ready for the request body. */
export type FieldValue = string | number | boolean | readonly unknown[] | Readonly<Record<string, unknown>>;

export type FieldValues = Partial<Record<FieldName, FieldValue>>;

/** A text field's value, when it is set. */
export function textOf(values: FieldValues, name: FieldName): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A number field's value, when it is set. */
export function numberOf(values: FieldValues, name: FieldName): number | undefined {
  const value = values[name];
  return typeof value === 'number' ? value : undefined;
}

/** A field's spec, seen as any field's: its optional parts (allowed, min, …) readable whether it has them or not. */
export function specOf(name: FieldName): FieldSpec {
  return FIELDS[name];
}
