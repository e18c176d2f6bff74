import { CertCentralError, type CertCentralClient } from './client.ts';
import { isPlainObject } from '../common/parse.ts';
import type { Attempts } from './retry.ts';

export interface OrderCertificate {
  readonly id: number | undefined;
  readonly serialNumber: string;
  readonly thumbprint: string;
  readonly validFrom: string;
  readonly validTill: string;
  /** The CSR order info shows; '' when it shows none. */
  readonly csr: string;
}

export interface OrderRequest {
  readonly id: number;
  readonly status: string;
  readonly type: string;
  /** The comments sent with the request; a reissue's carry its key. */
  readonly comments: string;
}

export interface OrderInfo {
  readonly id: number;
  readonly status: string;
  readonly certificate: OrderCertificate;
  readonly requests: readonly OrderRequest[];
  /** The body as received. */
  readonly text: string;
}

export interface ReadOptions {
  /** The tries so far and their deadline, when the read is part of an order's or reissue's time. */
  readonly attempts?: Attempts;
  /** One try only: a poll that fails is followed by the next poll, not by retries. */
  readonly once?: boolean;
}

/** GET /order/certificate/{order_id}. */
export async function getOrderInfo(
  client: CertCentralClient,
  orderId: number,
  options: ReadOptions = {},
): Promise<OrderInfo> {
  const path = `/order/certificate/${orderId}`;
  const request = { method: 'GET', path } as const;
  const response = options.once ? await client.sendOnce(request) : await client.send(request, options.attempts);
  const answer = response.json;
  if (!isPlainObject(answer) || typeof answer.id !== 'number' || typeof answer.status !== 'string') {
    throw new CertCentralError(
      `GET ${path}: CertCentral answered HTTP ${response.status} without an order id and status.`,
      response.status,
    );
  }
  const certificate = isPlainObject(answer.certificate) ? answer.certificate : {};
  const requests = Array.isArray(answer.requests) ? answer.requests.filter(isPlainObject) : [];
  return {
    id: answer.id,
    status: answer.status,
    certificate: {
      id: typeof certificate.id === 'number' ? certificate.id : undefined,
      serialNumber: text(certificate.serial_number),
      thumbprint: text(certificate.thumbprint),
      validFrom: text(certificate.valid_from),
      validTill: text(certificate.valid_till),
      csr: text(certificate.csr),
    },
    requests: requests.map((request) => ({
      id: Number(request.id),
      status: text(request.status),
      type: text(request.type),
      comments: text(request.comments),
    })),
    text: response.text,
  };
}

/**
 * GET /order/alternate/{alternative_order_id}: the ids of the orders carrying that id, lowest first.
 * CertCentral answers 404 for an id no order carries yet, which means none.
 */
export async function findOrdersByAlternativeId(
  client: CertCentralClient,
  alternativeOrderId: string,
  attempts?: Attempts,
): Promise<number[]> {
  const path = `/order/alternate/${encodeURIComponent(alternativeOrderId)}`;
  let response;
  try {
    response = await client.send({ method: 'GET', path }, attempts);
  } catch (error) {
    if (!(error instanceof CertCentralError) || error.status !== 404) throw error;
    client.debug(`GET ${path} answered 404: no order carries alternative_order_id ${alternativeOrderId} yet.`);
    return [];
  }
  const orders = isPlainObject(response.json) ? response.json.orders : undefined;
  if (!Array.isArray(orders)) {
    throw new CertCentralError(`GET ${path}: CertCentral answered HTTP ${response.status} without an orders list.`);
  }
  return orders
    .filter(isPlainObject)
    .map((order) => Number(order.order_id))
    .filter((orderId) => Number.isSafeInteger(orderId))
    .sort((a, b) => a - b);
}

/** PUT /order/certificate/{order_id}/status: cancels an order that is not issued yet, at no cost. */
export async function cancelOrder(
  client: CertCentralClient,
  orderId: number,
  note: string,
  attempts?: Attempts,
): Promise<void> {
  await client.send(
    {
      method: 'PUT',
      path: `/order/certificate/${orderId}/status`,
      body: { status: 'canceled', note, send_emails: false },
    },
    attempts,
  );
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
