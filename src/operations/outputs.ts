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

function isId(value: unknown): boolean {
  return (
    (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^\d+$/.test(value))
  );
}

function text(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}
