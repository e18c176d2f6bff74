import type { ApiResponse } from './client.ts';
import { CertCentralError } from './errors.ts';
import type { OrderInfo } from './order-info.ts';
import { isPlainObject, positiveId, scalarText } from '../common/parse.ts';

export const RESULT_OUTPUTS = [
  'order-id',
  'request-id',
  'request-status',
  'certificate-id',
  'organization-id',
  'response',
] as const;

export type ResultOutputs = Record<(typeof RESULT_OUTPUTS)[number], string>;

/** The step outputs of an order or reissue answer; '' where DigiCert gave nothing. */
export function resultOutputs(response: ApiResponse, label: string): ResultOutputs {
  const answer = isPlainObject(response.json) ? response.json : {};
  const firstRequest = Array.isArray(answer.requests) && isPlainObject(answer.requests[0]) ? answer.requests[0] : {};
  const organization = isPlainObject(answer.organization) ? answer.organization : {};
  const ids = {
    order: positiveId(answer.id),
    request: optionalId(firstRequest.id),
    certificate: optionalId(answer.certificate_id),
    organization: optionalId(organization.id),
  };
  if (ids.order === undefined || Object.values(ids).includes(null)) {
    throw new CertCentralError(
      `${label}: CertCentral answered HTTP ${response.status} without an order ID, or with an ID that is not a positive whole number; the result is unknown. Check the orders in CertCentral before running again.`,
      response.status,
    );
  }
  return {
    'order-id': String(ids.order),
    'request-id': ids.request === undefined ? '' : String(ids.request),
    'request-status': scalarText(firstRequest.status),
    'certificate-id': ids.certificate === undefined ? '' : String(ids.certificate),
    'organization-id': ids.organization === undefined ? '' : String(ids.organization),
    response: response.text,
  };
}

/** An ID the answer may leave out: undefined when absent, null when it is there but not a positive safe integer. */
function optionalId(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return undefined;
  return positiveId(value) ?? null;
}

/**
 * The PEMs of `certificate_chain` ([{subject_common_name, pem}], in any order), when an order or reissue answer
 * carries it: the certificate was issued at once. certificate_id alone does not prove issuance (certcentral-2026.md
 * §6). undefined when there is no chain.
 */
export function issuedChain(answer: unknown): string[] | undefined {
  const chain = isPlainObject(answer) ? answer.certificate_chain : undefined;
  if (!Array.isArray(chain)) return undefined;
  const pems = chain
    .filter(isPlainObject)
    .map((entry) => entry.pem)
    .filter((pem): pem is string => typeof pem === 'string' && pem.includes('BEGIN CERTIFICATE'));
  return pems.length > 0 ? pems : undefined;
}

export const ORDER_INFO_OUTPUTS = [
  'order-status',
  'certificate-id',
  'serial-number',
  'thumbprint',
  'valid-from',
  'valid-till',
] as const;

export type OrderInfoOutputs = Record<(typeof ORDER_INFO_OUTPUTS)[number], string>;

/** The outputs an order info gives: the order's status and its certificate's details, as answered; '' where none. */
export function orderInfoOutputs(info: OrderInfo): OrderInfoOutputs {
  return {
    'order-status': info.exact.status,
    'certificate-id': info.certificate.id === undefined ? '' : String(info.certificate.id),
    'serial-number': info.exact.serialNumber,
    thumbprint: info.exact.thumbprint,
    'valid-from': info.exact.validFrom,
    'valid-till': info.exact.validTill,
  };
}
