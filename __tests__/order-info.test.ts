/** Order info and look-up by alternative order id, over real HTTP against the simulator. */
import { beforeAll, describe, expect, it } from 'vitest';
import { CertCentralClient } from '../src/certcentral/client.ts';
import { findOrdersByAlternativeId, getOrderInfo } from '../src/certcentral/order-info.ts';
import { RetryPolicy } from '../src/certcentral/retry.ts';
import { useSimulator } from './helpers/simulator.ts';

// Any key: the client's own is used.
const simulator = useSimulator({ apiKey: undefined, approval: 'auto' });
let client: CertCentralClient;

beforeAll(() => {
  const retry = new RetryPolicy({ maxAttempts: 5, requestTimeoutMs: 60_000 });
  client = new CertCentralClient({ baseUrl: simulator.url, apiKey: 'order-info-key', retry });
});

async function order(alternativeOrderId?: string): Promise<number> {
  const response = await client.send({
    method: 'POST',
    path: '/order/certificate/client_premium_sha2',
    body: {
      certificate: { common_name: 'Jane Doe', emails: ['jane@example.com'], signature_hash: 'sha256' },
      organization: { id: 1 },
      validity_years: 1,
      ...(alternativeOrderId && { alternative_order_id: alternativeOrderId }),
    },
  });
  return (response.json as { id: number }).id;
}

describe('getOrderInfo', () => {
  it("reads the order's status, certificate and requests", async () => {
    const orderId = await order();
    const info = await getOrderInfo(client, orderId);
    const simulated = simulator.orders.get(orderId);
    expect(info).toMatchObject({
      id: orderId,
      status: simulated?.status,
      certificate: { id: simulated?.certificateId },
      requests: [{ id: simulated?.requests[0]?.id, status: 'approved', type: 'new_request' }],
    });
  });

  it('fails with the status for an unknown order', async () => {
    await expect(getOrderInfo(client, 1)).rejects.toThrow('HTTP 404 Not Found: not_found|order: Order 1 not found.');
  });
});

describe('findOrdersByAlternativeId', () => {
  it('finds the orders carrying the id, lowest first, and none for an unused id', async () => {
    const first = await order('release42');
    const second = await order('release42');
    await order('release43');
    expect(await findOrdersByAlternativeId(client, 'release42')).toEqual([first, second]);
    expect(await findOrdersByAlternativeId(client, 'neverUsed')).toEqual([]);
  });
});
