import type { CertCentralClient } from './client.ts';
import { CertCentralError } from './errors.ts';
import { isPlainObject, positiveId, scalarText } from '../common/parse.ts';
import { shown } from '../common/untrusted.ts';
import type { Attempts } from './retry.ts';

/**
 * An order info answer. Its text fields are server text passed through the gate (common/untrusted.ts), so that any
 * of them can be logged as it is; `exact` keeps, as answered, the ones the outputs carry.
 */
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
  /** The comments sent with the request, exact (never shown): a reissue's carry its key. */
  readonly comments: string;
  /** The status as answered, for the request-status output. */
  readonly exactStatus: string;
}

/** The fields the outputs carry, exactly as answered. */
export interface ExactOrderFields {
  readonly status: string;
  readonly serialNumber: string;
  readonly thumbprint: string;
  readonly validFrom: string;
  readonly validTill: string;
}

export interface OrderInfo {
  readonly id: number;
  readonly status: string;
  /** product.name_id; '' when the answer shows none. */
  readonly product: string;
  /** cs_provisioning_method as order info shows it (DigiCert's older example shows "none"); '' when absent. */
  readonly provisioningMethod: string;
  readonly certificate: OrderCertificate;
  readonly requests: readonly OrderRequest[];
  readonly exact: ExactOrderFields;
  /** The body as received. */
  readonly text: string;
}

export interface ReadOptions {
  /** The tries so far and their deadline, when the read is part of an order's or reissue's time. */
  readonly attempts?: Attempts;
  /** One try only: a poll that fails is followed by the next poll, not by retries. */
  readonly once?: boolean;
  /** With `once`: the try ends by then (a wait's time left). */
  readonly withinMs?: number;
}

/** GET /order/certificate/{order_id}. */
export async function getOrderInfo(
  client: CertCentralClient,
  orderId: number,
  options: ReadOptions = {},
): Promise<OrderInfo> {
  const path = `/order/certificate/${orderId}`;
  const request = { method: 'GET', path } as const;
  const response = options.once
    ? await client.sendOnce(request, options.withinMs)
    : await client.send(request, options.attempts);
  const info = parseOrderInfo(response.json, response.text);
  if (!info) {
    throw new CertCentralError(
      `GET ${path}: CertCentral answered HTTP ${response.status} without an order id and status, or with an ID that is not a positive whole number; the answer cannot be read.`,
      response.status,
    );
  }
  return info;
}

/**
 * An order info answer, read; undefined when it has no order id and status, or when an ID in it (the order's, its
 * certificate's or a request's) is not a positive safe integer: such an answer cannot be read.
 */
export function parseOrderInfo(answer: unknown, answerText: string): OrderInfo | undefined {
  if (!isPlainObject(answer) || typeof answer.status !== 'string') return undefined;
  const id = positiveId(answer.id);
  const certificate = isPlainObject(answer.certificate) ? answer.certificate : {};
  const certificateId =
    certificate.id === undefined || certificate.id === null ? undefined : positiveId(certificate.id);
  const requests = Array.isArray(answer.requests) ? answer.requests.filter(isPlainObject) : [];
  const requestIds = requests.map((request) => positiveId(request.id)).filter((requestId) => requestId !== undefined);
  const badCertificateId = certificate.id !== undefined && certificate.id !== null && certificateId === undefined;
  if (id === undefined || badCertificateId || requestIds.length < requests.length) return undefined;
  const exact: ExactOrderFields = {
    status: answer.status,
    serialNumber: scalarText(certificate.serial_number),
    thumbprint: scalarText(certificate.thumbprint),
    validFrom: scalarText(certificate.valid_from),
    validTill: scalarText(certificate.valid_till),
  };
  return {
    id,
    status: shown(exact.status),
    product: shown(scalarText(isPlainObject(answer.product) ? answer.product.name_id : undefined)),
    provisioningMethod: shown(scalarText(answer.cs_provisioning_method)),
    certificate: {
      id: certificateId,
      serialNumber: shown(exact.serialNumber),
      thumbprint: shown(exact.thumbprint),
      validFrom: shown(exact.validFrom),
      validTill: shown(exact.validTill),
      csr: scalarText(certificate.csr),
    },
    requests: requests.map((request, index) => ({
      id: requestIds[index] ?? 0,
      status: shown(scalarText(request.status)),
      type: shown(scalarText(request.type)),
      comments: scalarText(request.comments),
      exactStatus: scalarText(request.status),
    })),
    exact,
    text: answerText,
  };
}

/**
 * GET /order/alternate/{alternative_order_id}: the ids of the orders carrying that id, lowest first.
 * DigiCert documents only the answer with orders. No order may come back as a 404, as `orders: []`, or as a page
 * with no `orders` key at all, the shape of its real empty list answer (certcentral-2026.md §5): all three mean none.
 * Any other answer is unreadable, and nothing is ordered on it.
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
  const answer = isPlainObject(response.json) ? response.json : undefined;
  if (answer && noOrders(answer)) {
    client.debug(
      `GET ${path} answered an empty list: no order carries alternative_order_id ${alternativeOrderId} yet.`,
    );
    return [];
  }
  const orders = answer?.orders;
  if (!Array.isArray(orders)) {
    throw new CertCentralError(`GET ${path}: CertCentral answered HTTP ${response.status} without an orders list.`);
  }
  const ids = orders
    .map((order) => (isPlainObject(order) ? positiveId(order.order_id) : undefined))
    .filter((orderId) => orderId !== undefined);
  if (ids.length < orders.length) {
    throw new CertCentralError(
      `GET ${path}: CertCentral answered HTTP ${response.status} with an order ID that is not a positive whole number; the answer cannot be read.`,
    );
  }
  return ids.sort((a, b) => a - b);
}

/** An empty list: `orders: []`, or a page of no orders with no `orders` key. */
function noOrders(answer: Record<string, unknown>): boolean {
  if (Array.isArray(answer.orders)) return answer.orders.length === 0;
  if (answer.orders !== undefined || !isPlainObject(answer.page)) return false;
  const total = answer.page.total;
  // A page that says it holds orders but lists none cannot be read as "none".
  return total === undefined || total === 0;
}

/**
 * PUT /order/certificate/{order_id}/status `{status: "canceled", note}`: the current page's two fields (note is
 * required for a cancellation; send_emails is no longer listed).
 */
export async function cancelOrder(
  client: CertCentralClient,
  orderId: number,
  note: string,
  attempts?: Attempts,
): Promise<void> {
  await client.send(
    { method: 'PUT', path: `/order/certificate/${orderId}/status`, body: { status: 'canceled', note } },
    attempts,
  );
}

/**
 * PUT /request/{request_id}/status `{status: "rejected", processor_comment}`: how a request waiting for approval
 * (order status needs_approval, which cannot be canceled) is turned down.
 */
export async function rejectRequest(
  client: CertCentralClient,
  requestId: number,
  comment: string,
  attempts?: Attempts,
): Promise<void> {
  await client.send(
    { method: 'PUT', path: `/request/${requestId}/status`, body: { status: 'rejected', processor_comment: comment } },
    attempts,
  );
}
