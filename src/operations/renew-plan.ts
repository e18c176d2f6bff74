/**
 * operation renew, the pure part: what an order's info says about its certificate and coverage, which action is
 * due, and the body of the renewal or reissue, from the order's own values and the given inputs.
 */
import { specOf, type FieldName, type FieldValue, type FieldValues } from '../rules/fields.ts';
import type { OrderInfo } from '../certcentral/order-info.ts';
import { daysAhead, isPlainObject, parseIsoDate, scalarText } from '../common/parse.ts';
import { shown } from '../common/untrusted.ts';
import {
  allowedSignatureHashes,
  isProvisioningMethod,
  PRODUCTS,
  type FieldTable,
  type ProductId,
} from '../rules/products.ts';
import {
  applicableFields,
  checkOrderRules,
  checkReissueRules,
  checkRequired,
  type Findings,
} from '../rules/validate.ts';
import type { CsrKey } from '../common/csr-key.ts';
import { ISSUED, statusKind } from '../certcentral/statuses.ts';

/** What operation renew did, as the renewal-action output says it. */
export type RenewalAction = 'none' | 'pending' | 'reissue' | 'renew' | 'renewed-already';

/** The fields of an order's info that operation renew reads. Fields DigiCert does not confirm are read where present. */
export interface RenewalFacts {
  readonly orderId: number;
  readonly status: string;
  readonly product: string;
  readonly certificateId: number | undefined;
  readonly serialNumber: string;
  /** yyyy-MM-dd, or '' when the order shows none. */
  readonly validTill: string;
  readonly daysRemaining: number | undefined;
  /** The order's coverage, on orders whose coverage runs past the certificate; '' otherwise. */
  readonly orderValidTill: string;
  /** is_renewed and renewed_order_id, not confirmed in DigiCert's current order-info table. */
  readonly isRenewed: boolean;
  readonly renewedOrderId: number | undefined;
  /** A reissue request on the order that is not approved or rejected yet. */
  readonly pendingReissue: boolean;
  /** The order's own values, as the fields a renewal or reissue would send. */
  readonly own: FieldValues;
}

export function renewalFacts(info: OrderInfo): RenewalFacts {
  const answer = parseObject(info.text);
  const certificate = object(answer.certificate);
  const product = shown(scalarText(object(answer.product).name_id));
  const renewedOrderId = wholeNumber(answer.renewed_order_id);
  return {
    orderId: info.id,
    status: info.status,
    product,
    certificateId: info.certificate.id,
    serialNumber: info.certificate.serialNumber,
    validTill: info.certificate.validTill.slice(0, 10),
    daysRemaining: wholeNumber(certificate.days_remaining, 0),
    orderValidTill: shown(scalarText(answer.order_valid_till).slice(0, 10)),
    isRenewed: answer.is_renewed === true || renewedOrderId !== undefined,
    renewedOrderId,
    pendingReissue: info.requests.some(
      (request) => request.type === 'reissue' && !['approved', 'rejected'].includes(request.status),
    ),
    own: ownValues(answer, certificate),
  };
}

/** The values a renewal copies, at the order-info paths DigiCert's page names (and the older ones, where present). */
function ownValues(answer: Record<string, unknown>, certificate: Record<string, unknown>): FieldValues {
  const values: FieldValues = {};
  const set = (name: FieldName, value: FieldValue | undefined) => {
    if (value !== undefined) values[name] = value;
  };
  const organizationId =
    wholeNumber(object(certificate.organization).id) ?? wholeNumber(object(answer.organization).id);
  set('organization-id', organizationId);
  set('container-id', wholeNumber(object(answer.container).id));
  set('server-platform-id', wholeNumber(object(certificate.server_platform).id, -1));
  set('signature-hash', scalarText(certificate.signature_hash) || undefined);
  set('cs-provisioning-method', scalarText(answer.cs_provisioning_method) || undefined);
  const units = textList(certificate.organization_units);
  if (units.length > 0) set('organization-units', units);
  // validity_years (the older example) is the order's term; cert_validity the certificate's, in years or days.
  const certValidity = object(certificate.cert_validity);
  const years = wholeNumber(answer.validity_years, 1) ?? wholeNumber(certValidity.years, 1);
  set('validity-years', years);
  if (years === undefined) set('validity-days', wholeNumber(certValidity.days, 1));
  // Sent only where the product takes them: client and Secure Email certificates.
  set('common-name', scalarText(certificate.common_name) || undefined);
  const emails = textList(certificate.emails);
  if (emails.length > 0) set('emails', emails);
  Object.assign(values, secureEmailValues(certificate));
  return values;
}

/**
 * A Secure Email order's own choices, where its order info shows them at the paths of the order body: DigiCert's
 * order-info page does not list them (certcentral-2026.md §1), so they are read only where present.
 */
function secureEmailValues(certificate: Record<string, unknown>): FieldValues {
  const usage = object(certificate.usage_designation);
  const individual = Object.fromEntries(
    Object.entries(object(certificate.individual)).filter(([, value]) => typeof value === 'string' && value !== ''),
  );
  const additional = textList(usage.additional_usages);
  const values: FieldValues = {
    'profile-type': scalarText(certificate.profile_type),
    'common-name-indicator': scalarText(certificate.common_name_indicator),
    'primary-usage': scalarText(usage.primary_usage),
    ...(additional.length > 0 && { 'additional-usages': additional }),
    ...(Object.keys(individual).length > 0 && { individual }),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}

export type RenewalDecision =
  | {
      readonly action: RenewalAction;
      /** Why, with the dates compared. */
      readonly reason: string;
    }
  | {
      readonly action: 'failed';
      readonly reason: string;
      /** A dead end (its status is the detail), or an issued order whose expiry the order info does not show. */
      readonly kind: 'order-failed' | 'expiry-unknown';
      readonly detail?: string;
      /** A failure whose way out is a new order (the advice is the host's, in its words). */
      readonly anew?: true;
    };

/** Revoked, rejected or canceled: no certificate, and no renewal or reissue of it (an expired order is renewed). */
export function isDeadEnd(status: string): boolean {
  return statusKind(status) === 'failed' && status !== 'expired';
}

/**
 * The action due for an order:
 * - renewed already (is_renewed / renewed_order_id), whatever its status: follow the renewal;
 * - revoked, rejected or canceled: failed, order anew;
 * - not issued yet, or with a reissue under way: pending, nothing is sent;
 * - expired: renew;
 * - issued: nothing while the certificate is valid longer than the window; then a reissue while the order's
 *   coverage runs more than the window past the certificate (or today, if later), else a renewal.
 */
export function decideRenewal(facts: RenewalFacts, windowDays: number, now: Date): RenewalDecision {
  const order = `Order ${facts.orderId}`;
  if (facts.isRenewed) {
    const renewal = facts.renewedOrderId === undefined ? '' : ` by order ${facts.renewedOrderId}`;
    return { action: 'renewed-already', reason: `${order} is already renewed${renewal}; no renewal is placed.` };
  }
  if (isDeadEnd(facts.status)) {
    return {
      action: 'failed',
      kind: 'order-failed',
      detail: facts.status,
      reason: `${order} is ${facts.status}: it can be neither renewed nor reissued.`,
      anew: true,
    };
  }
  if (facts.status === 'expired') {
    const till = facts.validTill ? ` (its certificate was valid till ${facts.validTill})` : '';
    return { action: 'renew', reason: `${order} is expired${till}: a renewal, a new order, takes its place.` };
  }
  if (facts.status !== ISSUED || facts.pendingReissue) {
    const what =
      facts.status === 'reissue_pending' || facts.pendingReissue ? 'a reissue is under way' : 'not issued yet';
    const known = statusKind(facts.status) === 'pending' ? '' : ' (a status this action does not know)';
    return {
      action: 'pending',
      reason: `${order} is ${facts.status || '(no status)'}${known}: ${what}, so nothing is sent now.`,
    };
  }

  return decideIssued(facts, windowDays, now);
}

/** An issued order: nothing while its certificate is valid longer than the window; then a reissue or a renewal. */
function decideIssued(facts: RenewalFacts, windowDays: number, now: Date): RenewalDecision {
  const today = now.toISOString().slice(0, 10);
  const expiry = parseIsoDate(facts.validTill);
  const daysLeft = expiry ? daysAhead(expiry, now) : facts.daysRemaining;
  if (daysLeft === undefined) {
    return {
      action: 'failed',
      kind: 'expiry-unknown',
      reason: `Order ${facts.orderId} is issued, but its order info shows neither the certificate's valid_till nor days_remaining, so the action cannot tell when it expires. Nothing was sent.`,
    };
  }
  const certificate = `Certificate ${facts.certificateId === undefined ? '' : `${facts.certificateId} `}of order ${facts.orderId}`;
  const validity = !expiry
    ? `has ${daysText(daysLeft)} left (days_remaining) on ${today}`
    : daysLeft >= 0
      ? `is valid till ${facts.validTill}, ${daysText(daysLeft)} from today (${today})`
      : `was valid till ${facts.validTill}, ${daysText(-daysLeft)} before today (${today})`;
  if (daysLeft > windowDays) {
    return {
      action: 'none',
      reason: `${certificate} ${validity}: more than renew-within-days (${windowDays}). Nothing to do.`,
    };
  }
  return decideWithin(
    facts,
    `${certificate} ${validity}: within renew-within-days (${windowDays}).`,
    daysLeft,
    windowDays,
    now,
  );
}

/** Within the window: a reissue while the order's coverage runs more than the window past the certificate, else a renewal. */
function decideWithin(
  facts: RenewalFacts,
  within: string,
  daysLeft: number,
  windowDays: number,
  now: Date,
): RenewalDecision {
  const coverageEnd = parseIsoDate(facts.orderValidTill);
  if (!coverageEnd) {
    return {
      action: 'renew',
      reason: `${within} The order has no coverage past its certificate (no order_valid_till): a renewal, a new order.`,
    };
  }
  const from = Math.max(daysLeft, 0);
  const coverageDays = daysAhead(coverageEnd, now) - from;
  const past = daysLeft >= 0 ? "the certificate's expiry" : 'today';
  if (coverageDays > windowDays) {
    return {
      action: 'reissue',
      reason: `${within} The order's coverage runs till ${facts.orderValidTill} (order_valid_till), ${daysText(coverageDays)} past ${past}, more than ${windowDays}: a reissue of the same order, at no cost.`,
    };
  }
  return {
    action: 'renew',
    reason: `${within} The order's coverage ends ${facts.orderValidTill} (order_valid_till), ${daysText(coverageDays)} past ${past}, not more than ${windowDays}: a renewal, a new order.`,
  };
}

/** The action an issued order will need once its certificate comes within the window. */
export function actionWhenDue(facts: RenewalFacts, windowDays: number): 'reissue' | 'renew' {
  const expiry = parseIsoDate(facts.validTill);
  const coverageEnd = parseIsoDate(facts.orderValidTill);
  if (!expiry || !coverageEnd) return 'renew';
  return daysAhead(coverageEnd, expiry) > windowDays ? 'reissue' : 'renew';
}

function daysText(days: number): string {
  return Math.abs(days) === 1 ? `${days} day` : `${days} days`;
}

/** The fields of a renewal or reissue, which inputs were left out, and the problems that stop it. */
export interface PlannedFields {
  readonly values: FieldValues;
  /** Copied values the request has no field for, or replaced, said in the log. */
  readonly notes: string[];
  /** Inputs this request has no field for, though the other action of operation renew would send them. */
  readonly unused: FieldName[];
  readonly findings: Findings;
}

/** The fields a renewal copies from the order it renews; given inputs replace them. */
const COPIED_BY_RENEWAL: readonly FieldName[] = [
  'organization-id',
  'container-id',
  'server-platform-id',
  'cs-provisioning-method',
  'signature-hash',
  'organization-units',
  'validity-years',
  'validity-days',
  'common-name',
  'emails',
  'profile-type',
  'common-name-indicator',
  'individual',
  'primary-usage',
  'additional-usages',
];

/** The order's own values a renewal copies: those its product's orders take, where no input replaces them. */
function copiedByRenewal(facts: RenewalFacts, product: ProductId, inputs: FieldValues, notes: string[]): FieldValues {
  const values: FieldValues = {};
  const table = PRODUCTS[product].fields;
  for (const name of COPIED_BY_RENEWAL) {
    const own = facts.own[name];
    if (own === undefined || inputs[name] !== undefined) continue;
    const why = whyNotCopied(name, own, product);
    if (why === undefined) values[name] = own;
    // The common name of a signing order is the organization's; it has no field in a signing order.
    else if (name !== 'common-name' || table[name]) {
      notes.push(`${name} ${shown(JSON.stringify(own))} of order ${facts.orderId} is not copied: ${why}.`);
    }
  }
  // New organization details, or a term given another way, take the place of what the order had.
  if (inputs.organization !== undefined) delete values['organization-id'];
  if (inputs['custom-expiration-date'] !== undefined || inputs['validity-days'] !== undefined) {
    delete values['validity-years'];
  }
  if (inputs['custom-expiration-date'] !== undefined || inputs['validity-years'] !== undefined) {
    delete values['validity-days'];
  }
  return values;
}

/** Why the order's own value cannot go into the renewal, or undefined when it can. */
function whyNotCopied(name: FieldName, own: FieldValue, product: ProductId): string | undefined {
  if (!PRODUCTS[product].fields[name]) return `${product} orders take no ${name}`;
  if (name === 'cs-provisioning-method' && !isProvisioningMethod(own)) {
    // DigiCert's documented order info shows "none"; it is no value an order takes.
    return "it is not a method an order takes, so DigiCert applies the account's default method";
  }
  if (!allowedValue(name, own)) return `it is not one of ${specOf(name).allowed?.join(', ')}`;
  return undefined;
}

/**
 * A renewal: a new order of the same product, with the order's own values where no input is given, naming the
 * order it renews and carrying its key. It must pass the same checks as an order.
 */
export function renewalFields(
  facts: RenewalFacts,
  product: ProductId,
  inputs: FieldValues,
  alternativeOrderId: string,
  now: Date,
  csrKey?: CsrKey,
): PlannedFields {
  const table = PRODUCTS[product].fields;
  const notes: string[] = [];
  const values = copiedByRenewal(facts, product, inputs, notes);
  if (values['signature-hash'] !== undefined && values['signature-hash'] !== 'sha256') {
    notes.push(
      `signature_hash ${shown(String(values['signature-hash']))} of order ${facts.orderId} is not copied: an order takes sha256 only.`,
    );
    values['signature-hash'] = 'sha256';
  }
  if (table['signature-hash']) values['signature-hash'] ??= 'sha256';

  const findings: Findings = { problems: [], warnings: [] };
  const unused: FieldName[] = [];
  for (const [name, value] of Object.entries(inputs) as [FieldName, FieldValue][]) {
    if (table[name]) values[name] = value;
    else unused.push(name);
  }
  neverSent(unused, applicableFields('reissue', product) ?? {}, product, facts.orderId, findings);
  if (inputs['signature-hash'] !== undefined && inputs['signature-hash'] !== 'sha256') {
    findings.problems.push(
      `signature-hash: "${String(inputs['signature-hash'])}" is not allowed for a renewal, a new order. Allowed: sha256.`,
    );
  }
  values['renewal-of-order-id'] = facts.orderId;
  values['alternative-order-id'] = alternativeOrderId;
  const given = { values, given: new Set(Object.keys(values) as FieldName[]), csrKey };
  checkRequired(table, given, `${product} orders`, findings);
  checkOrderRules(product, given, now, findings);
  return { values, notes, unused, findings };
}

/**
 * A reissue of the same order: its own platform, signature hash and, where the product needs one, common name,
 * with the given inputs in their place; a CSR as the order's provisioning method asks (validate.ts).
 */
export function reissueFields(
  facts: RenewalFacts,
  product: ProductId,
  inputs: FieldValues,
  csrKey?: CsrKey,
): PlannedFields {
  const table = applicableFields('reissue', product) ?? {};
  const values: FieldValues = {};
  const notes: string[] = [];
  const own = facts.own;
  const hashes = allowedSignatureHashes('reissue', product);
  if (own['server-platform-id'] !== undefined) values['server-platform-id'] = own['server-platform-id'];
  const ownHash = own['signature-hash'];
  if (ownHash !== undefined && hashes.includes(String(ownHash))) values['signature-hash'] = ownHash;
  else if (ownHash !== undefined && inputs['signature-hash'] === undefined) {
    notes.push(
      `signature_hash ${shown(String(ownHash))} of order ${facts.orderId} is not copied: a reissue of a ${product} order takes ${hashes.join(', ')}.`,
    );
  }
  // DigiCert leaves common_name out of code and document signing reissues.
  if (PRODUCTS[product].family === 'client_certificate') {
    if (own['common-name'] !== undefined) values['common-name'] = own['common-name'];
  }
  const unused: FieldName[] = [];
  for (const [name, value] of Object.entries(inputs) as [FieldName, FieldValue][]) {
    if (table[name]) values[name] = value;
    else unused.push(name);
  }
  values['signature-hash'] ??= 'sha256';
  const findings: Findings = { problems: [], warnings: [] };
  // Before the read the product was not known, so every hash a reissue may take was accepted.
  const givenHash = inputs['signature-hash'];
  if (givenHash !== undefined && !hashes.includes(String(givenHash))) {
    findings.problems.push(
      `signature-hash: "${String(givenHash)}" is not allowed for a reissue of order ${facts.orderId}, a ${product} order. Allowed: ${hashes.join(', ')}.`,
    );
  }
  neverSent(unused, PRODUCTS[product].fields, product, facts.orderId, findings);
  const given = { values, given: new Set(Object.keys(values) as FieldName[]), csrKey };
  checkRequired(table, given, 'a reissue', findings);
  const method = facts.own['cs-provisioning-method'];
  checkReissueRules(product, given, { read: true, method: typeof method === 'string' ? method : undefined }, findings);
  return { values, notes, unused, findings };
}

/** Inputs neither a renewal nor a reissue of this order has a field for: they could never be sent. */
function neverSent(
  unused: readonly FieldName[],
  otherTable: FieldTable,
  product: ProductId,
  orderId: number,
  findings: Findings,
): void {
  for (const name of unused.filter((candidate) => !otherTable[candidate])) {
    findings.problems.push(
      `${name} does not apply to ${product} orders or their reissues, so it can never be sent for order ${orderId}.`,
    );
  }
}

/**
 * The renewal's alternative_order_id: it depends only on the order and its certificate, so any run, from any
 * workflow, that would renew this certificate finds a renewal made before it. Letters and digits, as DigiCert asks.
 */
export function renewalKey(facts: RenewalFacts): string {
  return `renew${facts.orderId}${certificatePart(facts)}`.slice(0, 64);
}

/**
 * The key of operation renew's reissue, carried in its comments: like the renewal's, it depends only on the order and
 * the certificate it replaces, so a re-run for this certificate finds the reissue, and next year's (for the
 * certificate this one makes) does not.
 */
export function reissueKey(facts: RenewalFacts): string {
  return `reissue${facts.orderId}${certificatePart(facts)}`.slice(0, 64);
}

function certificatePart(facts: RenewalFacts): string {
  if (facts.certificateId !== undefined) return `c${facts.certificateId}`;
  return facts.serialNumber ? `s${facts.serialNumber.replace(/[^0-9A-Za-z]/g, '')}` : '';
}

/** A copied value of an enumerated field is one the field allows (every item, for a list). */
function allowedValue(name: FieldName, value: FieldValue): boolean {
  const allowed = specOf(name).allowed;
  if (!allowed) return true;
  const items = Array.isArray(value) ? value : [value];
  return items.every((item) => allowed.includes(String(item)));
}

function parseObject(text: string): Record<string, unknown> {
  try {
    return object(JSON.parse(text));
  } catch {
    return {};
  }
}

function object(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}

function wholeNumber(value: unknown, min = 1): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : undefined;
}

function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}
