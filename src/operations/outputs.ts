import { CertCentralError, type ApiResponse } from '../certcentral/client.ts';
import { isPlainObject } from '../common/parse.ts';

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
  const answer = response.json;
  if (!isPlainObject(answer) || !isId(answer.id)) {
    throw new CertCentralError(
      `${label}: CertCentral answered HTTP ${response.status} without an order id; the result is unknown. Check the orders in CertCentral before running again.`,
      response.status,
    );
  }
  const firstRequest = Array.isArray(answer.requests) && isPlainObject(answer.requests[0]) ? answer.requests[0] : {};
  const organization = isPlainObject(answer.organization) ? answer.organization : {};
  return {
    'order-id': text(answer.id),
    'request-id': text(firstRequest.id),
    'request-status': text(firstRequest.status),
    'certificate-id': text(answer.certificate_id),
    'organization-id': text(organization.id),
    response: response.text,
  };
}

function isId(value: unknown): boolean {
  return (
    (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^\d+$/.test(value))
  );
}

function text(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}
