import { CertCentralError, type CertCentralClient } from './client.ts';
import { isPlainObject } from './parse.ts';

export interface OrderCertificate {
  readonly id: number | undefined;
  readonly serialNumber: string;
  readonly thumbprint: string;
  readonly validFrom: string;
  readonly validTill: string;
}

export interface OrderRequest {
  readonly id: number;
  readonly status: string;
  readonly type: string;
}

export interface OrderInfo {
  readonly id: number;
  readonly status: string;
  readonly certificate: OrderCertificate;
  readonly requests: readonly OrderRequest[];
  /** The body as received. */
  readonly text: string;
}

/** GET /order/certificate/{order_id}. */
export async function getOrderInfo(client: CertCentralClient, orderId: number): Promise<OrderInfo> {
  const path = `/order/certificate/${orderId}`;
  const response = await client.send({ method: 'GET', path });
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
    },
    requests: requests.map((request) => ({
      id: Number(request.id),
      status: text(request.status),
      type: text(request.type),
    })),
    text: response.text,
  };
}

/** GET /order/alternate/{alternative_order_id}: the ids of the orders carrying that id, lowest first. */
export async function findOrdersByAlternativeId(
  client: CertCentralClient,
  alternativeOrderId: string,
): Promise<number[]> {
  const path = `/order/alternate/${encodeURIComponent(alternativeOrderId)}`;
  const response = await client.send({ method: 'GET', path });
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

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
