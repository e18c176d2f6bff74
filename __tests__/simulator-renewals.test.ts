/** The simulator's renewals and coverage, as the API sheet's "Renewal and coverage" describes them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { CertCentralClient } from '../src/certcentral/client.ts';
import { CertCentralError } from '../src/certcentral/errors.ts';
import { RetryPolicy } from '../src/certcentral/retry.ts';
import { useSimulator } from './helpers/simulator.ts';
import { CSR } from './helpers/seeds.ts';

// Any key: the client's own is used.
const simulator = useSimulator({ apiKey: undefined });
let client: CertCentralClient;

beforeAll(() => {
  const retry = new RetryPolicy({ maxAttempts: 5, requestTimeoutMs: 60_000 });
  client = new CertCentralClient({ baseUrl: simulator.url, apiKey: 'simulator-test-key', retry });
});

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const BODY = {
  certificate: { signature_hash: 'sha256', server_platform: { id: 52 }, organization_units: ['Ops'] },
  organization: { id: 1 },
  container: { id: 2 },
  validity_years: 1,
};

async function orderInfo(orderId: number): Promise<Record<string, unknown>> {
  return (await client.send({ method: 'GET', path: `/order/certificate/${orderId}` })).json as Record<string, unknown>;
}

async function renewal(orderId: number): Promise<number> {
  const answer = await client.send({
    method: 'POST',
    path: '/order/certificate/code_signing',
    body: { ...BODY, renewal_of_order_id: orderId },
  });
  return (answer.json as { id: number }).id;
}

async function refusal(request: Promise<unknown>): Promise<string[]> {
  const error = await request.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(CertCentralError);
  expect((error as CertCentralError).status).toBe(400);
  return (error as CertCentralError).errors.map((entry) => entry.code);
}

describe('seeded orders', () => {
  it("serve the chosen dates, coverage and the order's own fields in the order info", async () => {
    const order = await simulator.seedOrder({
      product: 'code_signing',
      body: { ...BODY, cs_provisioning_method: 'email' },
      validFrom: day(-100),
      validTill: day(20),
      orderValidTill: day(700),
    });
    expect(await orderInfo(order.id)).toMatchObject({
      id: order.id,
      status: 'issued',
      product: { name_id: 'code_signing' },
      certificate: {
        id: order.certificateId,
        valid_from: day(-100),
        valid_till: day(20),
        days_remaining: 20,
        server_platform: { id: 52 },
        signature_hash: 'sha256',
        organization_units: ['Ops'],
        organization: { id: 1 },
      },
      container: { id: 2 },
      cs_provisioning_method: 'email',
      validity_years: 1,
      order_valid_till: day(700),
      is_renewed: false,
    });
  });
});

describe('renewals', () => {
  it('mark the renewed order, and a second renewal of it gets order_renewed_already', async () => {
    const order = await simulator.seedOrder({ product: 'code_signing', body: BODY, validTill: day(30) });
    const renewalId = await renewal(order.id);
    expect(await orderInfo(order.id)).toMatchObject({ is_renewed: true, renewed_order_id: renewalId });
    expect(await orderInfo(renewalId)).toMatchObject({ is_renewal: true, is_renewed: false });
    expect(await refusal(renewal(order.id))).toEqual(['order_renewed_already']);
    expect([...simulator.orders.values()].filter((o) => o.renewalOfOrderId === order.id)).toHaveLength(1);
  });

  it('can leave is_renewed and renewed_order_id out, which the current table does not confirm, and still refuse twice', async () => {
    simulator.reportsRenewals = false;
    const order = await simulator.seedOrder({ product: 'code_signing', body: BODY, validTill: day(30) });
    await renewal(order.id);
    const info = await orderInfo(order.id);
    expect(info).not.toHaveProperty('is_renewed');
    expect(info).not.toHaveProperty('renewed_order_id');
    expect(await refusal(renewal(order.id))).toEqual(['order_renewed_already']);
  });

  it('open 90 days before the certificate expires, and also after it expired', async () => {
    const early = await simulator.seedOrder({ product: 'code_signing', body: BODY, validTill: day(91) });
    expect(await refusal(renewal(early.id))).toEqual(['order_not_eligible_for_renewal']);
    const due = await simulator.seedOrder({ product: 'code_signing', body: BODY, validTill: day(90) });
    await expect(renewal(due.id)).resolves.toEqual(expect.any(Number));
    const expired = await simulator.seedOrder({
      product: 'code_signing',
      body: BODY,
      validTill: day(-10),
      status: 'expired',
    });
    await expect(renewal(expired.id)).resolves.toEqual(expect.any(Number));
  });

  it('refuse revoked orders and orders of no account of the key', async () => {
    const revoked = await simulator.seedOrder({
      product: 'code_signing',
      body: BODY,
      validTill: day(30),
      status: 'revoked',
    });
    expect(await refusal(renewal(revoked.id))).toEqual(['order_not_eligible_for_renewal']);
    expect(await refusal(renewal(99_999_999))).toEqual(['order_not_eligible_for_renewal']);
  });
});

describe('reissues', () => {
  it('accept a code signing reissue with its platform and no common name, and refuse one without a platform', async () => {
    const order = await simulator.seedOrder({ product: 'code_signing', body: BODY, validTill: day(30) });
    const path = `/order/certificate/${order.id}/reissue`;
    const certificate = { csr: CSR, signature_hash: 'sha256' };
    const refused = await refusal(client.send({ method: 'POST', path, body: { certificate } }));
    expect(refused).toEqual(['missing_field']);
    const answer = await client.send({
      method: 'POST',
      path,
      body: { certificate: { ...certificate, server_platform: { id: 52 } }, cs_provisioning_method: 'email' },
    });
    expect(answer.status).toBe(201);
    expect((await orderInfo(order.id)).status).toBe('reissue_pending');
  });
});
