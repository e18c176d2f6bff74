/** What never-twice asks of CertCentral: the client's calls, or a test's stand-ins. */
import type { ApiRequest } from '../certcentral/api-request.ts';
import type { ApiResponse, CertCentralClient } from '../certcentral/client.ts';
import {
  cancelOrder,
  findOrdersByAlternativeId,
  getOrderInfo,
  rejectRequest,
  type OrderInfo,
} from '../certcentral/order-info.ts';
import { Attempts, type RetryPolicy } from '../certcentral/retry.ts';

export interface CertCentralCalls {
  readonly retry: RetryPolicy;
  /** One send of the POST, with the client's own retries of what surely did nothing; `tries` counts across sends. */
  post(request: ApiRequest, tries: Attempts): Promise<ApiResponse>;
  /** The IDs of the orders carrying the alternative order id, lowest first. */
  ordersWithKey(key: string, deadline: number): Promise<number[]>;
  readOrder(orderId: number, deadline: number): Promise<OrderInfo>;
  cancelOrder(orderId: number, note: string, deadline: number): Promise<void>;
  rejectRequest(requestId: number, comment: string, deadline: number): Promise<void>;
}

/** The calls through the client; each read or write has its own tries, within the deadline. */
export function clientCalls(client: CertCentralClient): CertCentralCalls {
  const within = (deadline: number) => new Attempts(deadline);
  return {
    retry: client.retry,
    post: (request, tries) => client.send(request, tries),
    ordersWithKey: (key, deadline) => findOrdersByAlternativeId(client, key, within(deadline)),
    readOrder: (orderId, deadline) => getOrderInfo(client, orderId, { attempts: within(deadline) }),
    cancelOrder: (orderId, note, deadline) => cancelOrder(client, orderId, note, within(deadline)),
    rejectRequest: (requestId, comment, deadline) => rejectRequest(client, requestId, comment, within(deadline)),
  };
}
