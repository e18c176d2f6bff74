/**
 * End to end: operation renew, through the built dist/index.js, against the simulator holding orders with chosen
 * dates. Each case checks every request sent, and that nothing more was sent.
 */
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionRun } from '../simulator/harness.ts';
import { FAULTS } from '../simulator/faults.ts';
import type { SimulatedOrder } from '../simulator/server.ts';
import { API_KEY, errorAnnotationOf, errorOf, runChecked, scanAllRunsForKeys, warningsOf } from './helpers/action.ts';
import { runCli } from './helpers/cli.ts';
import { actions } from './helpers/github.ts';
import { CSR } from './helpers/seeds.ts';
import { useSimulator } from './helpers/simulator.ts';

let outputDir: string;
const simulator = useSimulator({ apiKey: API_KEY });

beforeEach(async () => {
  outputDir = await mkdtemp(join(tmpdir(), 'certcentral-renew-'));
});

afterEach(() => rm(outputDir, { recursive: true, force: true }));

/** yyyy-MM-dd, this many days from today (UTC). */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** An EV code signing order on a token of the customer's (client_app), as it was placed. */
const EV_CODE_SIGNING_BODY = {
  certificate: {
    signature_hash: 'sha256',
    server_platform: { id: 52 },
    organization_units: ['Release Engineering'],
  },
  organization: { id: 123456 },
  container: { id: 654321 },
  cs_provisioning_method: 'client_app',
  validity_years: 2,
};

const CODE_SIGNING_BODY = {
  certificate: { signature_hash: 'sha256', server_platform: { id: 52 } },
  organization: { id: 123456 },
  validity_years: 3,
};

const CLIENT_BODY = {
  certificate: {
    common_name: 'Build Robot',
    emails: ['build-robot@example.com'],
    signature_hash: 'sha256',
    organization_units: ['QA'],
  },
  organization: { id: 112233 },
  validity_years: 1,
};

function seed(
  product: string,
  body: Record<string, unknown>,
  dates: { validTill: string; orderValidTill?: string; status?: string },
): Promise<SimulatedOrder> {
  return simulator.seedOrder({ product, body, validFrom: day(-300), ...dates });
}

function renew(orderId: number, inputs: Record<string, string> = {}, env?: Record<string, string>): Promise<ActionRun> {
  return runChecked(
    {
      'base-url': simulator.url,
      'output-dir': outputDir,
      operation: 'renew',
      'order-id': String(orderId),
      ...inputs,
    },
    { env },
  );
}

/** Every request the simulator received, as `METHOD path`. */
function sent(): string[] {
  return simulator.requests.map((request) => `${request.method} ${request.path}`);
}

function postBody(): unknown {
  const posts = simulator.requests.filter((request) => request.method === 'POST');
  expect(posts).toHaveLength(1);
  return posts[0]?.body;
}

function renewalsOf(orderId: number): SimulatedOrder[] {
  return [...simulator.orders.values()].filter((order) => order.renewalOfOrderId === orderId);
}

/** The certificate outputs of the order as the simulator holds it. */
function certificateOutputs(order: SimulatedOrder): Record<string, string> {
  return {
    'order-id': String(order.id),
    'order-status': order.status,
    'certificate-id': String(order.certificateId),
    'serial-number': order.certificate?.serialNumber ?? '',
    thumbprint: order.certificate?.thumbprint ?? '',
    'valid-from': order.certificate?.validFrom ?? '',
    'valid-till': order.certificate?.validTill ?? '',
  };
}

const SHIPPED_TO = {
  name: 'Release Team',
  addr1: '1 Main St',
  city: 'Lehi',
  state: 'UT',
  zip: '02134',
  country: 'us',
};
const SHIP_INFO = `name: Release Team\naddr1: 1 Main St\ncity: Lehi\nstate: UT\nzip: "02134"\ncountry: us\nmethod: expedited`;

const FAST_WAIT = { 'wait-for-issuance': 'true', 'poll-interval': '0.1', 'wait-timeout': '30' };

describe('nothing to do', () => {
  it('reads the order, sends nothing else, and sets renewal-action none with the certificate outputs', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(200) });
    const result = await renew(order.id);
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    const reason = `Certificate ${order.certificateId} of order ${order.id} is valid till ${day(200)}, 200 days from today (${day(0)}): more than renew-within-days (30). Nothing to do.`;
    expect(result.outputs).toEqual({
      'renewal-action': 'none',
      'renewal-reason': reason,
      ...certificateOutputs(order),
    });
    expect(result.stdout).toContain(reason);
    expect(result.summary).toContain('<th align="left">Renewal action</th><td>none</td>');
    expect(result.summary).toContain(`valid till ${day(200)}, 200 days from today`);
    expect(warningsOf(result)).toEqual([]);
  });

  it('warns ahead when the coming renewal would fail with these inputs, and still sends nothing', async () => {
    const order = await seed(
      'code_signing_ev',
      { ...EV_CODE_SIGNING_BODY, cs_provisioning_method: 'email' },
      {
        validTill: day(200),
      },
    );
    const result = await renew(order.id);
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(result.outputs['renewal-action']).toBe('none');
    expect(warningsOf(result)).toEqual([
      `Nothing to do today, but once the certificate of order ${order.id} is within renew-within-days (30), its renewal will fail with these inputs:%0A- csr (or csr-file) is required for code_signing_ev when cs-provisioning-method is email.`,
    ]);
  });

  it('acts from renew-within-days: a certificate 45 days from expiry is renewed with 60', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(45) });
    const none = await renew(order.id, { 'dry-run': 'true' });
    expect(none.outputs['renewal-action']).toBe('none');
    const due = await renew(order.id, { 'renew-within-days': '60', 'dry-run': 'true' });
    expect(due.outputs['renewal-action']).toBe('renew');
    expect(due.outputs['renewal-reason']).toContain(`valid till ${day(45)}, 45 days from today`);
    expect(due.outputs['renewal-reason']).toContain('within renew-within-days (60)');
  });
});

describe('reissue within coverage', () => {
  it('reissues the same order with its own platform and signature hash and the new CSR, then hands over the new certificate', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(20), orderValidTill: day(400) });
    const before = order.certificateId;
    simulator.setStatusFlow(order.id, { statuses: ['issued'], every: { calls: 1 } });
    const result = await renew(order.id, { csr: CSR, ...FAST_WAIT });
    expect(result.code).toBe(0);
    const path = `/order/certificate/${order.id}`;
    const certificateId = simulator.orders.get(order.id)?.certificateId;
    expect(certificateId).not.toBe(before);
    // The order read (which also tells later whether a reissue was made), the reissue, the read that settles a race
    // with a concurrent run's reissue, the wait's read and the download.
    expect(sent()).toEqual([
      `GET ${path}`,
      `POST ${path}/reissue`,
      `GET ${path}`,
      `GET ${path}`,
      `GET /certificate/${certificateId}/download/format/pem_all`,
    ]);
    expect(postBody()).toEqual({
      certificate: { csr: CSR, server_platform: { id: 52 }, signature_hash: 'sha256' },
      comments: `reissue key reissue${order.id}c${before}`,
    });
    expect(result.outputs['renewal-action']).toBe('reissue');
    expect(result.outputs['renewal-reason']).toBe(
      `Certificate ${before} of order ${order.id} is valid till ${day(20)}, 20 days from today (${day(0)}): within renew-within-days (30). The order's coverage runs till ${day(400)} (order_valid_till), 380 days past the certificate's expiry, more than 30: a reissue of the same order, at no cost.`,
    );
    const served = await simulator.pemBundle(order.id);
    expect(result.outputs).toMatchObject({
      'order-id': String(order.id),
      'order-status': 'issued',
      'certificate-id': String(certificateId),
      'certificate-pem': served.leaf,
      'chain-pem': `${served.intermediate}\n${served.root}`,
      'serial-number': new X509Certificate(served.leaf).serialNumber.toUpperCase(),
    });
    expect(await readFile(join(outputDir, 'certificate.pem'), 'utf8')).toBe(`${served.leaf}\n`);
    // The reissued certificate lasts until the coverage ends, at most 459 days.
    expect(result.outputs['valid-till']).toBe(day(400));
    expect(result.summary).toContain('<th align="left">Renewal action</th><td>reissue</td>');
    expect(result.summary).toContain(`coverage runs till ${day(400)}`);
  });

  it("keeps a client certificate's common name, and leaves the inputs only a renewal takes for one, saying so", async () => {
    const order = await seed('client_authentication_plus', CLIENT_BODY, {
      validTill: day(5),
      orderValidTill: day(300),
    });
    const result = await renew(order.id, { csr: CSR, 'validity-years': '1', comments: 'New key' });
    expect(result.code).toBe(0);
    // The reissue is followed by a read that settles a race with a concurrent run's reissue.
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `POST /order/certificate/${order.id}/reissue`,
      `GET /order/certificate/${order.id}`,
    ]);
    expect(postBody()).toEqual({
      certificate: { common_name: 'Build Robot', csr: CSR, signature_hash: 'sha256' },
      comments: `New key\n\nreissue key reissue${order.id}c${order.certificateId}`,
    });
    expect(warningsOf(result)).toEqual([
      `Not sent today: order ${order.id} gets a reissue, so these inputs are left out:%0A- validity-years: a reissue has no field for it; a renewal of the order would send it.`,
    ]);
    expect(result.outputs).toMatchObject({ 'renewal-action': 'reissue', 'order-id': String(order.id) });
  });

  it("refuses a signature hash the order's product does not allow for a reissue, when product is not given", async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(20), orderValidTill: day(400) });
    for (const hash of ['sha384', 'sha512']) {
      simulator.forgetRequests();
      const result = await renew(order.id, { csr: CSR, 'signature-hash': hash });
      expect(result.code).toBe(1);
      expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
      expect(errorAnnotationOf(result)).toEqual({
        title: 'Invalid input',
        message: `Invalid input for the reissue of order ${order.id}; only the order was read, nothing was sent:\n- signature-hash: "${hash}" is not allowed for a reissue of order ${order.id}, a code_signing order. Allowed: sha256.\nValues not given as inputs are copied from the order, where its order info shows them.`,
      });
      expect(result.outputs).toEqual({ 'order-id': String(order.id) });
    }
  });

  it('sends a code signing reissue with the given provisioning method and ship-info, and warns about each input only a renewal sends', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(20), orderValidTill: day(400) });
    const result = await renew(order.id, {
      'cs-provisioning-method': 'ship_token',
      'ship-info': SHIP_INFO,
      'validity-years': '1',
      'organization-id': '9',
    });
    expect(result.code).toBe(0);
    // The reissue is followed by a read that settles a race with a concurrent run's reissue.
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `POST /order/certificate/${order.id}/reissue`,
      `GET /order/certificate/${order.id}`,
    ]);
    // A token method takes no CSR (certcentral-2026.md §3).
    expect(postBody()).toEqual({
      certificate: { server_platform: { id: 52 }, signature_hash: 'sha256' },
      cs_provisioning_method: 'ship_token',
      ship_info: { ...SHIPPED_TO, method: 'EXPEDITED' },
      comments: `reissue key reissue${order.id}c${order.certificateId}`,
    });
    expect(warningsOf(result)).toEqual([
      `Not sent today: order ${order.id} gets a reissue, so these inputs are left out:%0A- validity-years: a reissue has no field for it; a renewal of the order would send it.%0A- organization-id: a reissue has no field for it; a renewal of the order would send it.`,
    ]);
    expect(result.outputs['renewal-action']).toBe('reissue');
  });

  it("without a CSR fails before sending anything when the order's keys are on an HSM (email)", async () => {
    const order = await seed(
      'code_signing',
      { ...CODE_SIGNING_BODY, cs_provisioning_method: 'email' },
      { validTill: day(20), orderValidTill: day(400) },
    );
    const result = await renew(order.id);
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorAnnotationOf(result)).toEqual({
      title: 'Invalid input',
      message: `Invalid input for the reissue of order ${order.id}; only the order was read, nothing was sent:\n- csr (or csr-file) is required for a reissue with the order's provisioning method, email: the key is on your HSM.\nValues not given as inputs are copied from the order, where its order info shows them.`,
    });
  });

  it('reissues onto the token of an order whose method is a token one without a CSR, and refuses one given', async () => {
    const body = { ...CODE_SIGNING_BODY, cs_provisioning_method: 'client_app' };
    const order = await seed('code_signing', body, { validTill: day(20), orderValidTill: day(400) });
    const refused = await renew(order.id, { csr: CSR });
    expect(refused.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorOf(refused)).toContain(
      "csr (or csr-file) does not apply to a reissue with the order's provisioning method, client_app: DigiCert puts the key on the token, and the token methods take no CSR; remove it.",
    );
    simulator.forgetRequests();
    const result = await renew(order.id);
    expect(result.code).toBe(0);
    expect(postBody()).toEqual({
      certificate: { server_platform: { id: 52 }, signature_hash: 'sha256' },
      comments: `reissue key reissue${order.id}c${order.certificateId}`,
    });
  });

  it('does not reissue again while a reissue is pending', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, {
      validTill: day(20),
      orderValidTill: day(400),
      status: 'reissue_pending',
    });
    const result = await renew(order.id, { csr: CSR });
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(result.outputs['renewal-action']).toBe('pending');
    expect(result.outputs['renewal-reason']).toBe(
      `Order ${order.id} is reissue_pending: a reissue is under way, so nothing is sent now.`,
    );
  });
  it('with wait-for-issuance waits for a pending reissue, and hands over the new certificate, not the old', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, {
      validTill: day(20),
      orderValidTill: day(400),
      status: 'reissue_pending',
    });
    const before = order.certificateId;
    // The renew read and the first read of the wait see reissue_pending; the third read, issued.
    simulator.setStatusFlow(order.id, { statuses: ['reissue_pending', 'issued'], every: { calls: 2 } });
    const result = await renew(order.id, { csr: CSR, ...FAST_WAIT });
    expect(result.code).toBe(0);
    const after = simulator.orders.get(order.id)?.certificateId;
    expect(after).not.toBe(before);
    const path = `/order/certificate/${order.id}`;
    expect(sent()).toEqual([
      `GET ${path}`,
      `GET ${path}`,
      `GET ${path}`,
      `GET /certificate/${after}/download/format/pem_all`,
    ]);
    expect(result.outputs).toMatchObject({
      'renewal-action': 'pending',
      'order-status': 'issued',
      'certificate-id': String(after),
      'certificate-pem': (await simulator.pemBundle(order.id)).leaf,
    });
  });
});

describe('renew', () => {
  it("places a new order of the same product with the order's own values, and the given inputs in their place", async () => {
    const order = await seed('code_signing_ev', EV_CODE_SIGNING_BODY, { validTill: day(10) });
    const result = await renew(order.id, {
      'validity-years': '1',
      'organization-units': 'Platform',
      comments: 'Yearly',
    });
    expect(result.code).toBe(0);
    const key = `renew${order.id}c${order.certificateId}`;
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/${key}`,
      'POST /order/certificate/code_signing_ev',
      `GET /order/alternate/${key}`,
    ]);
    expect(postBody()).toEqual({
      certificate: { organization_units: ['Platform'], server_platform: { id: 52 }, signature_hash: 'sha256' },
      cs_provisioning_method: 'client_app',
      validity_years: 1,
      comments: 'Yearly',
      organization: { id: 123456 },
      container: { id: 654321 },
      renewal_of_order_id: order.id,
      alternative_order_id: key,
    });
    const [renewal] = renewalsOf(order.id);
    expect(renewalsOf(order.id)).toHaveLength(1);
    expect(simulator.orders.get(order.id)?.renewedOrderId).toBe(renewal?.id);
    expect(result.outputs).toEqual({
      'renewal-action': 'renew',
      'renewal-reason': `Certificate ${order.certificateId} of order ${order.id} is valid till ${day(10)}, 10 days from today (${day(0)}): within renew-within-days (30). The order has no coverage past its certificate (no order_valid_till): a renewal, a new order.`,
      'order-id': String(renewal?.id),
      'request-id': String(renewal?.requests[0]?.id),
      'request-status': 'pending',
      'certificate-id': '',
      'organization-id': '',
      response: JSON.stringify({ id: renewal?.id, requests: [{ id: renewal?.requests[0]?.id, status: 'pending' }] }),
    });
    expect(result.summary).toContain('<th align="left">Renewal action</th><td>renew</td>');
    expect(warningsOf(result)).toEqual([]);
  });

  it("copies a client certificate's common name and e-mails, waits, and hands over the renewal's certificate", async () => {
    simulator.approval = 'auto';
    simulator.statusFlow = { statuses: ['issued'], every: { calls: 1 } };
    const order = await seed('client_authentication_plus', CLIENT_BODY, {
      validTill: day(25),
      orderValidTill: day(40),
    });
    const result = await renew(order.id, { csr: CSR, ...FAST_WAIT });
    expect(result.code).toBe(0);
    const [renewal] = renewalsOf(order.id);
    const key = `renew${order.id}c${order.certificateId}`;
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/${key}`,
      'POST /order/certificate/client_authentication_plus',
      `GET /order/alternate/${key}`,
      `GET /order/certificate/${renewal?.id}`,
      `GET /certificate/${renewal?.certificateId}/download/format/pem_all`,
    ]);
    expect(postBody()).toEqual({
      certificate: {
        common_name: 'Build Robot',
        emails: ['build-robot@example.com'],
        organization_units: ['QA'],
        csr: CSR,
        signature_hash: 'sha256',
      },
      validity_years: 1,
      organization: { id: 112233 },
      renewal_of_order_id: order.id,
      alternative_order_id: key,
    });
    expect(result.outputs['renewal-reason']).toContain(
      `The order's coverage ends ${day(40)} (order_valid_till), 15 days past the certificate's expiry, not more than 30: a renewal, a new order.`,
    );
    const served = await simulator.pemBundle(renewal?.id as number);
    expect(result.outputs).toMatchObject({
      'renewal-action': 'renew',
      'order-id': String(renewal?.id),
      'order-status': 'issued',
      'certificate-pem': served.leaf,
      'chain-pem': `${served.intermediate}\n${served.root}`,
      'certificate-path': join(outputDir, 'certificate.pem'),
    });
  });

  it('words the 459-day warning so that it is true of a term copied from the order, and logs no line with a trailing space', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    const result = await renew(order.id);
    expect(result.code).toBe(0);
    expect(result.outputs['renewal-action']).toBe('renew');
    expect(warningsOf(result)).toEqual([
      "The order's validity, validity-years 3 (about 1095 days), is coverage: since 2026-02-24 DigiCert issues each code signing certificate for at most 459 days, and the certificate is reissued within the order until the coverage ends. operation: renew makes that reissue when the certificate comes within renew-within-days. For one certificate's term alone, use validity-days (at most 459).",
    ]);
    expect(result.stdout).not.toMatch(/ $/m);
  });

  it('renews an expired order', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(-3), status: 'expired' });
    const result = await renew(order.id, { 'validity-years': '1' });
    expect(result.code).toBe(0);
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/renew${order.id}c${order.certificateId}`,
      'POST /order/certificate/code_signing',
      `GET /order/alternate/renew${order.id}c${order.certificateId}`,
    ]);
    expect(result.outputs['renewal-reason']).toBe(
      `Order ${order.id} is expired (its certificate was valid till ${day(-3)}): a renewal, a new order, takes its place.`,
    );
    expect(renewalsOf(order.id)).toHaveLength(1);
  });

  it('checks the renewal as an order, naming what is missing, and sends nothing', async () => {
    const { organization: _organization, ...withoutOrganization } = CODE_SIGNING_BODY;
    const order = await seed(
      'code_signing_ev',
      { ...withoutOrganization, cs_provisioning_method: 'email' },
      {
        validTill: day(10),
      },
    );
    const result = await renew(order.id, {
      subject: '{"name": "A", "job_title": "B", "phone": "1", "email": "a@example.com"}',
    });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    const error = errorAnnotationOf(result);
    expect(error.title).toBe('Invalid input');
    expect(error.message).toBe(
      [
        `Invalid input for the renewal of order ${order.id}; only the order was read, nothing was sent:`,
        `- subject does not apply to code_signing_ev orders or their reissues, so it can never be sent for order ${order.id}.`,
        '- organization-id or organization: give exactly one, the id of an existing organization or the details of a new one.',
        '- csr (or csr-file) is required for code_signing_ev when cs-provisioning-method is email.',
        'Values not given as inputs are copied from the order, where its order info shows them.',
      ].join('\n'),
    );
  });

  it("refuses a product other than the order's", async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    const result = await renew(order.id, { product: 'code_signing_ev', 'cs-provisioning-method': 'ship_token' });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorAnnotationOf(result).message).toContain(
      `product: "code_signing_ev" is given, but order ${order.id} is a code_signing order, and a renewal or reissue keeps the product.`,
    );
  });
});

describe('never twice', () => {
  const CSR_FILE = join(import.meta.dirname, 'fixtures', 'request.csr');

  /** The order's current certificate, as if a year had passed since it was issued: it expires in 20 days. */
  function aYearLater(orderId: number): void {
    const order = simulator.orders.get(orderId) as SimulatedOrder;
    order.certificate = { ...(order.certificate as NonNullable<SimulatedOrder['certificate']>), validTill: day(20) };
  }

  it('reissues within coverage again a year later with the same csr-file: each year sends its reissue', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(20), orderValidTill: day(800) });
    const path = `/order/certificate/${order.id}`;
    const inputs = { 'csr-file': CSR_FILE, ...FAST_WAIT };
    const firstCertificate = order.certificateId;
    simulator.setStatusFlow(order.id, { statuses: ['issued'], every: { calls: 1 } });
    const first = await renew(order.id, inputs);
    expect(first.code).toBe(0);
    const secondCertificate = simulator.orders.get(order.id)?.certificateId;
    expect(secondCertificate).not.toBe(firstCertificate);
    expect(first.outputs).toMatchObject({ 'renewal-action': 'reissue', 'certificate-id': String(secondCertificate) });

    aYearLater(order.id);
    simulator.forgetRequests();
    simulator.setStatusFlow(order.id, { statuses: ['issued'], every: { calls: 1 } });
    const second = await renew(order.id, inputs);
    expect(second.code).toBe(0);
    const thirdCertificate = simulator.orders.get(order.id)?.certificateId;
    expect(sent()).toEqual([
      `GET ${path}`,
      `POST ${path}/reissue`,
      `GET ${path}`,
      `GET ${path}`,
      `GET /certificate/${thirdCertificate}/download/format/pem_all`,
    ]);
    expect(postBody()).toMatchObject({ comments: `reissue key reissue${order.id}c${secondCertificate}` });
    expect(thirdCertificate).not.toBe(secondCertificate);
    expect(second.outputs).toMatchObject({ 'renewal-action': 'reissue', 'certificate-id': String(thirdCertificate) });
    const reissues = simulator.orders.get(order.id)?.requests.filter((request) => request.type === 'reissue');
    expect(reissues).toHaveLength(2);
  });

  it('a re-run the same day finds the reissue by its key, also after a reset once it was stored', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(20), orderValidTill: day(800) });
    const path = `/order/certificate/${order.id}`;
    const key = `reissue${order.id}c${order.certificateId}`;
    simulator.faults.add({ ...FAULTS.resetAfterStore, method: 'POST' });
    const result = await renew(order.id, { 'csr-file': CSR_FILE, 'request-timeout': '0.5' });
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET ${path}`, `POST ${path}/reissue`, `GET ${path}`]);
    const reissues = simulator.orders.get(order.id)?.requests.filter((request) => request.type === 'reissue') ?? [];
    expect(reissues).toHaveLength(1);
    expect(result.outputs).toMatchObject({ 'renewal-action': 'reissue', 'request-id': String(reissues[0]?.id) });
    expect(result.stdout).toContain(`carries reissue key ${key} (derived from order ${order.id} and its certificate)`);

    simulator.forgetRequests();
    const rerun = await renew(order.id, { 'csr-file': CSR_FILE });
    expect(rerun.code).toBe(0);
    expect(sent()).toEqual([`GET ${path}`]);
    expect(rerun.outputs['renewal-action']).toBe('pending');
  });

  it('operation reissue with the same CSR a year later is sent: an approved reissue for that CSR is not reused', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(20), orderValidTill: day(800) });
    const inputs = {
      'base-url': simulator.url,
      operation: 'reissue',
      'order-id': String(order.id),
      product: 'code_signing',
      'server-platform-id': '52',
      'csr-file': CSR_FILE,
    };
    simulator.setStatusFlow(order.id, { statuses: ['issued'], every: { calls: 1 } });
    expect((await runChecked(inputs)).code).toBe(0);
    // The next read approves that reissue and issues its certificate.
    simulator.forgetRequests();
    const again = await runChecked(inputs);
    expect(again.code).toBe(0);
    // Outside GitHub Actions a reissue carries no key: there is no race of one key to settle.
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`, `POST /order/certificate/${order.id}/reissue`]);
    const reissues = simulator.orders.get(order.id)?.requests.filter((request) => request.type === 'reissue');
    expect(reissues).toHaveLength(2);
  });

  it('follows a renewed order to its renewal, and places none', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    const renewal = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(400) });
    order.renewedOrderId = renewal.id;
    const result = await renew(order.id);
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`, `GET /order/certificate/${renewal.id}`]);
    expect(result.outputs).toEqual({
      'renewal-action': 'renewed-already',
      'renewal-reason': `Order ${order.id} is already renewed by order ${renewal.id}; no renewal is placed. Reported: order ${renewal.id}, issued.`,
      ...certificateOutputs(renewal),
    });
    expect(result.summary).toContain('<th align="left">Renewal action</th><td>renewed-already</td>');
  });

  it('follows renewals of renewals to the newest, even when the first is expired', async () => {
    const first = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(-400), status: 'expired' });
    const second = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(-5), status: 'expired' });
    const third = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(420) });
    first.renewedOrderId = second.id;
    second.renewedOrderId = third.id;
    const result = await renew(first.id);
    expect(sent()).toEqual([first, second, third].map((order) => `GET /order/certificate/${order.id}`));
    expect(result.outputs).toMatchObject({ 'renewal-action': 'renewed-already', 'order-id': String(third.id) });
    expect(result.stdout).toContain(`renewals followed: ${first.id} → ${second.id} → ${third.id}`);
  });

  it('a re-run after a renewal placed by an earlier run reports that renewal and places none', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    const first = await renew(order.id);
    expect(first.outputs['renewal-action']).toBe('renew');
    simulator.forgetRequests();
    const rerun = await renew(order.id);
    expect(rerun.code).toBe(0);
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/certificate/${first.outputs['order-id']}`,
    ]);
    expect(rerun.outputs).toMatchObject({ 'renewal-action': 'renewed-already', 'order-id': first.outputs['order-id'] });
    expect(renewalsOf(order.id)).toHaveLength(1);
  });

  it('where order info shows no is_renewed, a re-run from another workflow finds the renewal by its key', async () => {
    simulator.reportsRenewals = false;
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    const first = await renew(order.id, {}, actions('4000001', '1', 'renew'));
    simulator.forgetRequests();
    const rerun = await renew(order.id, {}, actions('4000002', '1', 'renew'));
    expect(rerun.code).toBe(0);
    const key = `renew${order.id}c${order.certificateId}`;
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/${key}`,
      `GET /order/certificate/${first.outputs['order-id']}`,
    ]);
    expect(rerun.outputs).toMatchObject({
      'renewal-action': 'renewed-already',
      'renewal-reason': `Order ${order.id} is already renewed by order ${first.outputs['order-id']}, which carries alternative_order_id ${key}; no renewal is placed.`,
      'order-id': first.outputs['order-id'],
    });
    // The log says what the output says.
    expect(rerun.stdout).toContain(`\n${rerun.outputs['renewal-reason']}\n`);
    expect(rerun.stdout).not.toContain('it is reused, and no order is placed');
    expect(renewalsOf(order.id)).toHaveLength(1);
  });

  it('after a reset once the renewal was stored, finds it by its key instead of renewing again', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    simulator.faults.add({ ...FAULTS.resetAfterStore, method: 'POST' });
    const result = await renew(order.id, { 'request-timeout': '0.5' });
    expect(result.code).toBe(0);
    const key = `renew${order.id}c${order.certificateId}`;
    const [renewal] = renewalsOf(order.id);
    expect(renewalsOf(order.id)).toHaveLength(1);
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/${key}`,
      'POST /order/certificate/code_signing',
      `GET /order/alternate/${key}`,
      `GET /order/certificate/${renewal?.id}`,
    ]);
    expect(result.outputs).toMatchObject({ 'renewal-action': 'renew', 'order-id': String(renewal?.id) });
    expect(result.stdout).toContain(
      `already carries alternative_order_id ${key} (derived from order ${order.id} and its certificate)`,
    );
  });

  it('a renewal found by its key that was rejected fails, saying to order anew, and renews nothing', async () => {
    simulator.reportsRenewals = false;
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    const first = await renew(order.id);
    const renewal = simulator.orders.get(Number(first.outputs['order-id'])) as SimulatedOrder;
    renewal.status = 'rejected';
    simulator.forgetRequests();
    const result = await renew(order.id);
    expect(result.code).toBe(1);
    const key = `renew${order.id}c${order.certificateId}`;
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/${key}`,
      `GET /order/certificate/${renewal.id}`,
    ]);
    expect(errorAnnotationOf(result)).toEqual({
      title: 'Renewal rejected',
      message: `Order ${renewal.id} carries alternative_order_id ${key} (derived from order ${order.id} and its certificate), and it is rejected: there is no certificate to hand over. It is the renewal of order ${order.id}, so no other renewal of this certificate is placed. Order anew with operation: order, then watch the new order (set order-id to its order ID). Nothing was ordered now.`,
    });
    // Nothing was placed: no renewal-action, and order-id is the order read.
    expect(result.outputs).toEqual({ 'order-id': String(order.id) });
    expect(result.summary).toContain('<h3>CertCentral renew failed: Renewal rejected</h3>');
    expect(result.summary).not.toContain('HTTP status');
    expect(renewalsOf(order.id)).toHaveLength(1);
  });

  it('a renewal followed through renewed_order_id that was rejected or canceled fails, saying to order anew', async () => {
    for (const status of ['rejected', 'canceled']) {
      const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
      const first = await renew(order.id);
      expect(first.outputs['renewal-action']).toBe('renew');
      const renewal = simulator.orders.get(Number(first.outputs['order-id'])) as SimulatedOrder;
      renewal.status = status;
      simulator.forgetRequests();
      const result = await renew(order.id);
      expect(result.code).toBe(1);
      expect(sent()).toEqual([`GET /order/certificate/${order.id}`, `GET /order/certificate/${renewal.id}`]);
      expect(errorAnnotationOf(result)).toEqual({
        title: `Renewal ${status}`,
        message: `Order ${order.id} is renewed by order ${renewal.id}, which is ${status}: there is no certificate to hand over, and DigiCert renews an order only once. Nothing was ordered. Order anew with operation: order, then watch the new order (set order-id to its order ID).`,
      });
      expect(result.outputs).toEqual({ 'order-id': String(order.id) });
      expect(renewalsOf(order.id)).toHaveLength(1);
    }
  });

  it("ends with a clear message on DigiCert's order_renewed_already for a renewal it cannot find, and does not retry", async () => {
    simulator.reportsRenewals = false;
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    // Renewed by hand in CertCentral: no is_renewed shown, and no order carries the action's key.
    const byHand = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(400) });
    order.renewedOrderId = byHand.id;
    const result = await renew(order.id);
    expect(result.code).toBe(1);
    // After the refusal, the key is looked up once more, in case another run renewed the order meanwhile.
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/renew${order.id}c${order.certificateId}`,
      'POST /order/certificate/code_signing',
      `GET /order/alternate/renew${order.id}c${order.certificateId}`,
    ]);
    expect(errorAnnotationOf(result)).toEqual({
      title: 'Already renewed',
      message: `POST /order/certificate/code_signing: CertCentral answered HTTP 400 Bad Request: order_renewed_already: Order ${order.id} has already been renewed. Order ${order.id}: DigiCert says the order is renewed already, by an order this action cannot see from the order info or the alternative_order_id. Nothing was ordered. Find the renewal in CertCentral (Orders) and watch it instead: set order-id to its order ID.`,
    });
    // Nothing was placed: no renewal-action, and order-id is the order read.
    expect(result.outputs).toEqual({ 'order-id': String(order.id) });
    expect(result.summary).not.toContain('Renewal action');
    expect(renewalsOf(order.id)).toEqual([]);
  });

  it('on order_renewed_already looks the key up again, and reports a renewal another run placed meanwhile', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    const key = `renew${order.id}c${order.certificateId}`;
    // Another run renews the order between this run's look-up and its POST.
    const rival = await renew(order.id);
    simulator.forgetRequests();
    simulator.reportsRenewals = false;
    simulator.faults.add({
      when: 'before',
      method: 'GET',
      path: /^\/order\/alternate\//,
      effect: { kind: 'answer', status: 200, body: '{"orders": [], "page": {"total": 0}}' },
    });
    const result = await renew(order.id);
    expect(result.code).toBe(0);
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/${key}`,
      'POST /order/certificate/code_signing',
      `GET /order/alternate/${key}`,
      `GET /order/certificate/${rival.outputs['order-id']}`,
    ]);
    expect(result.outputs).toMatchObject({
      'renewal-action': 'renewed-already',
      'order-id': rival.outputs['order-id'],
    });
    expect(renewalsOf(order.id)).toHaveLength(1);
  });

  it("ends with a clear message on DigiCert's order_not_eligible_for_renewal, and does not retry", async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    simulator.faults.add({
      ...FAULTS.malformedAfterStore(
        400,
        JSON.stringify({ errors: [{ code: 'order_not_eligible_for_renewal', message: 'Not eligible.' }] }),
      ),
      when: 'before',
      method: 'POST',
    });
    const result = await renew(order.id);
    expect(result.code).toBe(1);
    expect(sent().filter((line) => line.startsWith('POST'))).toEqual(['POST /order/certificate/code_signing']);
    expect(sent()).toHaveLength(3);
    expect(errorAnnotationOf(result).title).toBe('Not eligible for renewal');
    expect(errorAnnotationOf(result).message).toContain('order_not_eligible_for_renewal: Not eligible.');
    expect(errorAnnotationOf(result).message).toContain('Nothing was ordered.');
    expect(errorAnnotationOf(result).message).toContain(
      'to replace it: Order anew with operation: order, then watch the new order (set order-id to its order ID).',
    );
    expect(result.outputs).toEqual({ 'order-id': String(order.id) });
  });
});

describe('servers that misbehave', () => {
  it('a 429 storm on the renewal is waited out, and one renewal is placed', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    simulator.faults.add({ ...FAULTS.rateLimited('0'), method: 'POST' }, 2);
    const result = await renew(order.id);
    expect(result.code).toBe(0);
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/renew${order.id}c${order.certificateId}`,
      'POST /order/certificate/code_signing',
      'POST /order/certificate/code_signing',
      'POST /order/certificate/code_signing',
      `GET /order/alternate/renew${order.id}c${order.certificateId}`,
    ]);
    expect(renewalsOf(order.id)).toHaveLength(1);
    expect(result.outputs['order-id']).toBe(String(renewalsOf(order.id)[0]?.id));
  });

  it('an order CertCentral does not know fails with its 404, and nothing else is sent', async () => {
    const result = await renew(99_999_999);
    expect(result.code).toBe(1);
    expect(sent()).toEqual(['GET /order/certificate/99999999']);
    expect(errorAnnotationOf(result)).toEqual({
      title: 'CertCentral request failed',
      message:
        'GET /order/certificate/99999999: CertCentral answered HTTP 404 Not Found: not_found|order: Order 99999999 not found.',
    });
  });

  it('an order read that is not JSON fails with an excerpt, and nothing else is sent', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    simulator.faults.add({
      when: 'before',
      method: 'GET',
      effect: { kind: 'answer', status: 200, body: '<html>maintenance</html>', contentType: 'text/html' },
    });
    const result = await renew(order.id, { 'max-attempts': '1' });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorAnnotationOf(result).message).toContain('with a body that is not JSON: "<html>maintenance</html>"');
    expect(renewalsOf(order.id)).toEqual([]);
  });
});

describe('failed orders', () => {
  for (const status of ['revoked', 'rejected', 'canceled']) {
    it(`a ${status} order fails, saying to order anew, and sends nothing`, async () => {
      const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(100), status });
      const result = await renew(order.id, { csr: CSR });
      expect(result.code).toBe(1);
      expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
      expect(errorAnnotationOf(result)).toEqual({
        title: `Order ${status}`,
        message: `Order ${order.id} is ${status}: it can be neither renewed nor reissued. Order anew with operation: order, then watch the new order (set order-id to its order ID).`,
      });
      expect(result.outputs).toEqual({ 'order-id': String(order.id), 'order-status': status });
      // Said once, as the error.
      expect(result.stdout.split(`Order ${order.id} is ${status}`)).toHaveLength(2);
    });
  }
});

describe('dry run', () => {
  it('of nothing to do: only the read, no request outputs', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(100) });
    const result = await renew(order.id, { 'dry-run': 'true' });
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(result.outputs['renewal-action']).toBe('none');
    expect(result.outputs).not.toHaveProperty('request-method');
  });

  it('of a pending reissue: only the read, even with wait-for-issuance', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(20), status: 'reissue_pending' });
    const result = await renew(order.id, { 'dry-run': 'true', ...FAST_WAIT });
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(result.outputs).toMatchObject({ 'renewal-action': 'pending', 'order-status': 'reissue_pending' });
    expect(result.outputs).not.toHaveProperty('request-method');
  });

  it('of a reissue: shows the exact request and sends only the read', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(20), orderValidTill: day(400) });
    const result = await renew(order.id, { csr: CSR, 'dry-run': 'true' });
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(result.outputs).toMatchObject({
      'renewal-action': 'reissue',
      'request-method': 'POST',
      'request-url': `${simulator.url}/order/certificate/${order.id}/reissue`,
    });
    expect(JSON.parse(result.outputs['request-body'] as string)).toEqual({
      certificate: { csr: CSR, server_platform: { id: 52 }, signature_hash: 'sha256' },
      comments: `reissue key reissue${order.id}c${order.certificateId}`,
    });
    expect(result.stdout).toContain('X-DC-DEVKEY: ***');
    expect(result.summary).toContain('<h3>CertCentral renew: dry run, only the order was read</h3>');
    expect(result.summary).toContain(`POST ${simulator.url}/order/certificate/${order.id}/reissue`);
    // The order read, its product and its certificate's expiry, then the action and why.
    expect(result.summary).toContain(
      `<tr><th align="left">Order read</th><td>${order.id}</td></tr><tr><th align="left">Product</th><td>code_signing</td></tr><tr><th align="left">Certificate expiry</th><td>${order.certificate?.validTill}</td></tr><tr><th align="left">Renewal action</th><td>reissue</td></tr><tr><th align="left">Why</th>`,
    );
  });

  it('of a renewal: shows the exact request, its key included, and sends only the read', async () => {
    const order = await seed('code_signing_ev', EV_CODE_SIGNING_BODY, { validTill: day(10) });
    const result = await renew(order.id, { 'dry-run': 'true', 'validity-years': '1' });
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(result.outputs).toMatchObject({
      'renewal-action': 'renew',
      'request-method': 'POST',
      'request-url': `${simulator.url}/order/certificate/code_signing_ev`,
    });
    expect(JSON.parse(result.outputs['request-body'] as string)).toEqual({
      certificate: {
        organization_units: ['Release Engineering'],
        server_platform: { id: 52 },
        signature_hash: 'sha256',
      },
      cs_provisioning_method: 'client_app',
      validity_years: 1,
      organization: { id: 123456 },
      container: { id: 654321 },
      renewal_of_order_id: order.id,
      alternative_order_id: `renew${order.id}c${order.certificateId}`,
    });
    expect(renewalsOf(order.id)).toEqual([]);
  });

  it('of a renewed order: reads it and its renewal, and nothing else', async () => {
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    const renewal = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(400) });
    order.renewedOrderId = renewal.id;
    const result = await renew(order.id, { 'dry-run': 'true', ...FAST_WAIT });
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`, `GET /order/certificate/${renewal.id}`]);
    expect(result.outputs).toMatchObject({ 'renewal-action': 'renewed-already', 'order-id': String(renewal.id) });
  });
});

describe('inputs', () => {
  it('checks renew-within-days and refuses the inputs renew sets itself, all at once, before any request', async () => {
    const result = await renew(112233, {
      'renew-within-days': '91',
      'alternative-order-id': 'mine1',
      'renewal-of-order-id': '5',
      idempotency: 'false',
    });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([]);
    const message = errorAnnotationOf(result).message;
    expect(message).toContain('renew-within-days: "91" is too large. Allowed: a whole number from 1 to 90.');
    expect(message).toContain('renewal-of-order-id does not apply to operation renew');
    expect(message).toContain('alternative-order-id does not apply to operation renew');
    expect(message).toContain('idempotency: false does not apply to operation renew');
  });

  it('checks the order inputs that need no product before the read, all at once', async () => {
    const result = await renew(112233, {
      organization: 'name: Example',
      'organization-id': '5',
      'validity-years': '9',
      'custom-expiration-date': '2020-01-01',
      'skip-duplicate-org-check': 'true',
    });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([]);
    expect(errorAnnotationOf(result)).toEqual({
      title: 'Invalid input',
      message: [
        'Invalid input; nothing was sent to CertCentral:',
        "- organization-id or organization: give exactly one, the id of an existing organization or the details of a new one (without either, a renewal keeps the order's organization).",
        '- validity-years: 9 is not allowed for any product. Allowed: 1, 2, 3 (client and Secure Email certificates 1, 2).',
        '- custom-expiration-date: 2020-01-01 is not in the future. Allowed: a date after today.',
      ].join('\n'),
    });
    const withId = await renew(112233, { 'organization-id': '5', 'skip-duplicate-org-check': 'true' });
    expect(withId.code).toBe(1);
    expect(sent()).toEqual([]);
    expect(errorAnnotationOf(withId).message).toBe(
      'Invalid input; nothing was sent to CertCentral:\n- skip-duplicate-org-check applies only with organization (the details of a new organization), not with organization-id or the organization a renewal keeps; remove it.',
    );
  });

  it('needs order-id, and renew-within-days only with operation renew', async () => {
    const missing = await runChecked({ 'base-url': simulator.url, operation: 'renew' });
    expect(errorAnnotationOf(missing).message).toContain('order-id is required for operation renew.');
    const elsewhere = await runChecked({
      'base-url': simulator.url,
      operation: 'status',
      'order-id': '1',
      'renew-within-days': '10',
    });
    expect(errorAnnotationOf(elsewhere).message).toContain(
      'renew-within-days does not apply to operation status. It applies to operation renew; remove it.',
    );
    expect(sent()).toEqual([]);
  });
});

describe('certcentral renew', () => {
  const cli = (args: string[]) =>
    runCli([...args, '--base-url', simulator.url, '--output-dir', outputDir], { DIGICERT_API_KEY: API_KEY });

  it('prints the same JSON result as the action sets outputs', async () => {
    const order = await seed('code_signing_ev', EV_CODE_SIGNING_BODY, { validTill: day(10) });
    const dryRun = await cli(['renew', '--order-id', String(order.id), '--validity-years', '1', '--dry-run']);
    const action = await renew(order.id, { 'validity-years': '1', 'dry-run': 'true' });
    expect(dryRun.code).toBe(0);
    expect(JSON.parse(dryRun.stdout)).toEqual(action.outputs);
    simulator.forgetRequests();

    const placed = await cli(['renew', '--order-id', String(order.id), '--validity-years', '1']);
    expect(placed.code).toBe(0);
    const [renewal] = renewalsOf(order.id);
    expect(sent()).toEqual([
      `GET /order/certificate/${order.id}`,
      `GET /order/alternate/renew${order.id}c${order.certificateId}`,
      'POST /order/certificate/code_signing_ev',
      `GET /order/alternate/renew${order.id}c${order.certificateId}`,
    ]);
    expect(JSON.parse(placed.stdout)).toMatchObject({ 'renewal-action': 'renew', 'order-id': String(renewal?.id) });
    expect(placed.stderr).toContain('a renewal, a new order.');
    expect(placed.stdout + placed.stderr).not.toContain(API_KEY);
  });

  it('gives its advice in commands and flags, not action inputs', async () => {
    const revoked = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(100), status: 'revoked' });
    const failed = await cli(['renew', '--order-id', String(revoked.id)]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      `Order ${revoked.id} is revoked: it can be neither renewed nor reissued. Order anew with: certcentral order --product … (and the order flags), then watch the new order with: certcentral renew --order-id <its order ID>.`,
    );

    simulator.reportsRenewals = false;
    const order = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(10) });
    const byHand = await seed('code_signing', CODE_SIGNING_BODY, { validTill: day(400) });
    order.renewedOrderId = byHand.id;
    const refused = await cli(['renew', '--order-id', String(order.id)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Find the renewal in CertCentral (Orders) and watch it instead: pass its order ID as --order-id.',
    );
    for (const run of [failed, refused]) {
      expect(run.stderr).not.toMatch(/operation: order|set order-id/);
    }
  });
});

describe('the key', () => {
  // Runs last in this file: vitest runs a file's tests in order.
  it('is in nothing any run of this file printed or set as output or summary', () => {
    const scan = scanAllRunsForKeys();
    expect(scan.runs).toBeGreaterThan(20);
    expect(scan.leaks).toEqual([]);
  });
});
