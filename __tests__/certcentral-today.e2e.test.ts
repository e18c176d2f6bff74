/**
 * End to end: the rules of DigiCert's pages as they are today (../shared/certcentral-2026.md) where they changed the
 * seed pages', through the action's bundle against the simulator.
 */
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LOOKUPS } from '../simulator/server.ts';
import { errorAnnotationOf, errorOf, warningsOf } from './helpers/action.ts';
import { CSR, csrFixture, tamperedCsr } from './helpers/seeds.ts';
import { actionAgainst, useSimulator } from './helpers/simulator.ts';

const simulator = useSimulator();
const fixture = actionAgainst(simulator);
const { run, sent } = fixture;

let outputDir: string;

beforeEach(async () => {
  outputDir = await mkdtemp(join(tmpdir(), 'certcentral-today-'));
});

afterEach(() => rm(outputDir, { recursive: true, force: true }));

const CODE_SIGNING = {
  product: 'code_signing',
  'organization-id': '123456',
  'validity-years': '1',
  'server-platform-id': '52',
};

const CLIENT = {
  product: 'client_authentication_plus',
  'organization-id': '112233',
  'validity-years': '1',
  'common-name': 'Build Robot',
  emails: 'robot@example.com',
};

const DEFAULT_METHOD =
  'No cs_provisioning_method is sent: DigiCert applies the provisioning method set as the default in the CertCentral account (it may be DigiCert KeyLocker).';

function postBody(): Record<string, unknown> {
  return fixture.withMethod('POST')[0]?.body as Record<string, unknown>;
}

/** yyyy-MM-dd, this many days from today (UTC). */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe('the look-up by alternative order id', () => {
  for (const form of EMPTY_LOOKUPS) {
    it(`reads a ${form} answer as "no order carries the key", and orders`, async () => {
      simulator.emptyLookup = form;
      const result = await run({ ...CLIENT, 'alternative-order-id': `emptyForm${form.replace(/-/g, '')}` });
      expect(result.code).toBe(0);
      expect(sent().filter((line) => line.startsWith('POST'))).toEqual([
        'POST /order/certificate/client_authentication_plus',
      ]);
    });
  }

  const unreadable: [string, string][] = [
    ['an object with neither orders nor page', '{}'],
    ['orders that is not a list', '{"orders": "none", "page": {"total": 0}}'],
    ['a page that counts orders it does not list', '{"page": {"total": 2, "limit": 1000, "offset": 0}}'],
    ['a list, not an object', '[]'],
  ];
  for (const [name, body] of unreadable) {
    it(`orders nothing on ${name}`, async () => {
      simulator.faults.add(
        { when: 'before', method: 'GET', path: /^\/order\/alternate\//, effect: { kind: 'answer', status: 200, body } },
        10,
      );
      const result = await run({ ...CLIENT, 'alternative-order-id': 'unreadableAnswer', 'max-attempts': '1' });
      expect(result.code).toBe(1);
      expect(fixture.withMethod('POST')).toEqual([]);
      expect(errorOf(result)).toContain('without an orders list');
      expect(errorOf(result)).toContain('Nothing was sent to order: the action checks first.');
    });
  }
});

describe('the CSR is read before anything is bought', () => {
  const refusals: [string, Record<string, string>, string][] = [
    [
      'RSA 2048 on code signing',
      { ...CODE_SIGNING, 'cs-provisioning-method': 'email', csr: csrFixture('rsa-2048') },
      "csr (or csr-file): the CSR's key is RSA 2048. Allowed for code_signing: RSA 3072 or larger, or ECC P-256 or P-384 (DigiCert issues code signing certificates only for RSA 3072 or larger, or ECC P-256 or P-384). Make a new key and CSR.",
    ],
    [
      'RSA 1024 on EV code signing',
      { ...CODE_SIGNING, product: 'code_signing_ev', 'cs-provisioning-method': 'email', csr: csrFixture('rsa-1024') },
      "csr (or csr-file): the CSR's key is RSA 1024. Allowed for code_signing_ev: RSA 3072 or larger, or ECC P-256 or P-384",
    ],
    [
      'ECC P-521 on code signing',
      { ...CODE_SIGNING, 'cs-provisioning-method': 'email', csr: csrFixture('ec-p521') },
      "csr (or csr-file): the CSR's key is ECC P-521. Allowed for code_signing:",
    ],
    [
      'Ed25519 on a client certificate',
      { ...CLIENT, csr: csrFixture('ed25519') },
      "csr (or csr-file): the CSR's key is ed25519. Allowed for client_authentication_plus: RSA 2048 to 4096, or ECC P-256 or P-384",
    ],
    [
      'RSA 5120 on a client certificate',
      { ...CLIENT, csr: csrFixture('rsa-5120') },
      "csr (or csr-file): the CSR's key is RSA 5120. Allowed for client_authentication_plus: RSA 2048 to 4096",
    ],
    [
      'a request whose signature does not verify',
      { ...CLIENT, csr: tamperedCsr() },
      'csr (or csr-file): the certificate request has a signature that does not verify: it was changed after it was signed. Allowed: a PKCS#10 request signed with its own key',
    ],
    [
      'a DER sequence that is not a certificate request',
      { ...CLIENT, csr: '-----BEGIN CERTIFICATE REQUEST-----\nMAMCAQA=\n-----END CERTIFICATE REQUEST-----' },
      'csr (or csr-file): the certificate request is not a PKCS#10 certificate request (',
    ],
  ];
  for (const [name, inputs, message] of refusals) {
    it(`refuses ${name}, naming the key and what is allowed, and sends nothing`, async () => {
      const result = await run(inputs);
      expect(result.code).toBe(1);
      expect(sent()).toEqual([]);
      expect(errorAnnotationOf(result).title).toBe('Invalid input');
      expect(errorOf(result)).toContain(message);
    });
  }

  it('reports a bad key together with the other input errors', async () => {
    const result = await run({ ...CLIENT, 'validity-years': '3', csr: csrFixture('rsa-5120') });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([]);
    expect(errorOf(result)).toBe(
      "Invalid input; nothing was sent to CertCentral:\n- csr (or csr-file): the CSR's key is RSA 5120. Allowed for client_authentication_plus: RSA 2048 to 4096, or ECC P-256 or P-384 (DigiCert issues client certificates for RSA 2048 to 4096, or ECC P-256 or P-384). Make a new key and CSR.\n- validity-years: 3 is not allowed for client_authentication_plus. Allowed: 1, 2.",
    );
  });

  const accepted: [string, Record<string, string>][] = [
    ['RSA 3072 on code signing', { ...CODE_SIGNING, 'cs-provisioning-method': 'email', csr: CSR }],
    ['RSA 4096 on code signing', { ...CODE_SIGNING, 'cs-provisioning-method': 'email', csr: csrFixture('rsa-4096') }],
    ['ECC P-256 on code signing', { ...CODE_SIGNING, 'cs-provisioning-method': 'email', csr: csrFixture('ec-p256') }],
    ['ECC P-384 on a client certificate', { ...CLIENT, csr: csrFixture('ec-p384') }],
    ['RSA 2048 on a client certificate', { ...CLIENT, csr: csrFixture('rsa-2048') }],
    ['an RSASSA-PSS signature', { ...CLIENT, csr: csrFixture('rsa-3072-pss') }],
  ];
  for (const [name, inputs] of accepted) {
    it(`sends ${name}`, async () => {
      const result = await run(inputs);
      expect(result.code).toBe(0);
      expect((postBody().certificate as { csr: string }).csr).toBe(inputs.csr);
    });
  }

  it("checks a reissue's CSR against the order's product once the order is read", async () => {
    const order = await simulator.seedOrder({
      product: 'client_authentication_plus',
      body: { certificate: { common_name: 'Jane', emails: ['jane@example.com'], signature_hash: 'sha256' } },
    });
    const result = await run({
      operation: 'reissue',
      'order-id': String(order.id),
      'common-name': 'Jane',
      csr: csrFixture('rsa-5120'),
    });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorAnnotationOf(result)).toEqual({
      title: 'Invalid input',
      message: `Invalid input for the reissue of order ${order.id}, a client_authentication_plus order; only the order was read, nothing was sent:\n- csr (or csr-file): the CSR's key is RSA 5120. Allowed for client_authentication_plus: RSA 2048 to 4096, or ECC P-256 or P-384 (DigiCert issues client certificates for RSA 2048 to 4096, or ECC P-256 or P-384). Make a new key and CSR.`,
    });
    expect(result.outputs).toEqual({ 'order-id': String(order.id) });
  });

  it("checks a renewal's CSR against the order's product once the order is read", async () => {
    const order = await simulator.seedOrder({
      product: 'code_signing',
      body: {
        certificate: { signature_hash: 'sha256', server_platform: { id: 52 } },
        organization: { id: 123456 },
        cs_provisioning_method: 'email',
        validity_years: 1,
      },
      validTill: day(20),
    });
    const result = await run({ operation: 'renew', 'order-id': String(order.id), csr: csrFixture('rsa-2048') });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorOf(result)).toContain("- csr (or csr-file): the CSR's key is RSA 2048. Allowed for code_signing:");
  });
});

describe('the provisioning method is optional for code signing', () => {
  for (const product of ['code_signing', 'code_signing_ev']) {
    it(`${product} without it is sent without cs_provisioning_method, and the log says the account's default applies`, async () => {
      const result = await run({ ...CODE_SIGNING, product });
      expect(result.code).toBe(0);
      expect(postBody()).not.toHaveProperty('cs_provisioning_method');
      expect(result.stdout.split('\n')).toContain(DEFAULT_METHOD);
      expect(warningsOf(result)).toEqual([]);
    });
  }

  it('says nothing of it when a method is given, nor for document signing', async () => {
    const result = await run({ ...CODE_SIGNING, 'cs-provisioning-method': 'client_app' });
    expect(result.code).toBe(0);
    expect(postBody().cs_provisioning_method).toBe('client_app');
    expect(result.stdout).not.toContain('No cs_provisioning_method');
  });
});

describe("a reissue's CSR follows the provisioning method, and signing reissues carry no common name", () => {
  const CODE_SIGNING_ORDER = (method?: string) => ({
    certificate: { signature_hash: 'sha256', server_platform: { id: 52 } },
    organization: { id: 123456 },
    validity_years: 1,
    ...(method && { cs_provisioning_method: method }),
  });
  const reissue = (orderId: number, inputs: Record<string, string> = {}) =>
    run({ operation: 'reissue', 'order-id': String(orderId), 'server-platform-id': '52', ...inputs });

  it('reissues an order on a token without a CSR', async () => {
    const order = await simulator.seedOrder({
      product: 'code_signing_ev',
      body: CODE_SIGNING_ORDER('ship_token'),
    });
    const result = await reissue(order.id);
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`, `POST /order/certificate/${order.id}/reissue`]);
    expect(postBody()).toEqual({ certificate: { server_platform: { id: 52 }, signature_hash: 'sha256' } });
  });

  it("refuses a CSR for an order on a token, read from the order's own method, sending nothing", async () => {
    const order = await simulator.seedOrder({
      product: 'code_signing',
      body: CODE_SIGNING_ORDER('client_app'),
    });
    const result = await reissue(order.id, { csr: CSR });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorOf(result)).toContain(
      "csr (or csr-file) does not apply to a reissue with the order's provisioning method, client_app: DigiCert puts the key on the token, and the token methods take no CSR; remove it.",
    );
  });

  it('needs a CSR for an order whose key is on an HSM (email), and sends it', async () => {
    const order = await simulator.seedOrder({ product: 'code_signing', body: CODE_SIGNING_ORDER('email') });
    const refused = await reissue(order.id);
    expect(refused.code).toBe(1);
    expect(errorOf(refused)).toContain(
      "csr (or csr-file) is required for a reissue with the order's provisioning method, email: the key is on your HSM.",
    );
    simulator.reset();
    const result = await reissue(order.id, { csr: CSR });
    expect(result.code).toBe(0);
    expect((postBody().certificate as { csr: string }).csr).toBe(CSR);
  });

  it('a method given for the reissue decides over the order’s own', async () => {
    const order = await simulator.seedOrder({
      product: 'code_signing',
      body: CODE_SIGNING_ORDER('ship_token'),
    });
    const result = await reissue(order.id, { product: 'code_signing', 'cs-provisioning-method': 'email', csr: CSR });
    expect(result.code).toBe(0);
    expect(postBody()).toMatchObject({ cs_provisioning_method: 'email', certificate: { csr: CSR } });
  });

  it('an order that shows no method takes a reissue with or without a CSR', async () => {
    const seed = () => simulator.seedOrder({ product: 'code_signing', body: CODE_SIGNING_ORDER() });
    expect((await reissue((await seed()).id)).code).toBe(0);
    expect((await reissue((await seed()).id, { csr: CSR })).code).toBe(0);
  });

  it('refuses common-name on a signing reissue, before any request when the product is given', async () => {
    const result = await run({
      operation: 'reissue',
      'order-id': '12',
      product: 'code_signing_ev',
      'server-platform-id': '52',
      'common-name': 'Example Signer',
    });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([]);
    expect(errorOf(result)).toContain(
      "common-name does not apply to a reissue of a code_signing_ev order: DigiCert's current reissue page says to leave common_name out of code signing, EV code signing and document signing reissues; remove it.",
    );
  });

  it("refuses common-name on a signing reissue once the order's product is read, when the product is not given", async () => {
    const order = await simulator.seedOrder({
      product: 'document_signing_org_1',
      body: { certificate: { signature_hash: 'sha256' }, organization: { id: 1 }, validity_years: 1 },
    });
    const result = await run({ operation: 'reissue', 'order-id': String(order.id), 'common-name': 'Jane' });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorOf(result)).toBe(
      `Invalid input for the reissue of order ${order.id}, a document_signing_org_1 order; only the order was read, nothing was sent:\n- common-name does not apply to a reissue of a document_signing_org_1 order: DigiCert's current reissue page says to leave common_name out of code signing, EV code signing and document signing reissues; remove it.`,
    );
  });

  it("refuses a product that is not the order's", async () => {
    const order = await simulator.seedOrder({ product: 'code_signing', body: CODE_SIGNING_ORDER('email') });
    const result = await reissue(order.id, { product: 'code_signing_ev', csr: CSR });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorOf(result)).toContain(
      `product: "code_signing_ev" is given, but order ${order.id} is a code_signing order. Allowed: code_signing, or leave product out.`,
    );
  });

  it('a client certificate reissue still needs a CSR and a common name, read from the order when no product is given', async () => {
    const order = await simulator.seedOrder({
      product: 'client_authentication_plus',
      body: { certificate: { common_name: 'Jane', emails: ['jane@example.com'], signature_hash: 'sha256' } },
    });
    const result = await run({ operation: 'reissue', 'order-id': String(order.id) });
    expect(result.code).toBe(1);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`]);
    expect(errorOf(result)).toContain('- common-name is required for a reissue of a client_authentication_plus order.');
    expect(errorOf(result)).toContain(
      '- csr (or csr-file) is required for a reissue of a client_authentication_plus order.',
    );
  });
});

describe("operation renew copies no provisioning method that is not an order's", () => {
  it('leaves out cs_provisioning_method "none", as DigiCert\'s documented order info shows it, and says why', async () => {
    const order = await simulator.seedOrder({
      product: 'code_signing',
      body: {
        certificate: { signature_hash: 'sha256', server_platform: { id: 52 } },
        organization: { id: 123456 },
        cs_provisioning_method: 'none',
        validity_years: 1,
      },
      validTill: day(20),
    });
    const result = await run({ operation: 'renew', 'order-id': String(order.id) });
    expect(result.code).toBe(0);
    expect(sent()).toContain('POST /order/certificate/code_signing');
    expect(postBody()).not.toHaveProperty('cs_provisioning_method');
    expect(result.stdout).toContain(
      `cs-provisioning-method "none" of order ${order.id} is not copied: it is not a method an order takes, so DigiCert applies the account's default method.`,
    );
    expect(result.stdout.split('\n')).toContain(DEFAULT_METHOD);
  });
});

describe('an answer that issues at once carries the certificate', () => {
  beforeEach(() => {
    simulator.immediateIssuance = true;
  });

  it('hands over the certificate from certificate_chain, with no further request, whatever the chain order', async () => {
    const result = await run({ ...CLIENT, 'skip-approval': 'true', 'output-dir': outputDir });
    expect(result.code).toBe(0);
    expect(sent()).toEqual(['POST /order/certificate/client_authentication_plus']);
    const order = simulator.orders.get(Number(result.outputs['order-id']));
    const { leaf, intermediate, root } = await simulator.pemBundle(order?.id as number);
    const x509 = new X509Certificate(leaf);
    expect(result.outputs).toMatchObject({
      'certificate-id': String(order?.certificateId),
      'order-status': 'issued',
      'certificate-pem': leaf,
      'chain-pem': `${intermediate}\n${root}`,
      'serial-number': order?.certificate?.serialNumber,
      thumbprint: order?.certificate?.thumbprint,
      'valid-from': order?.certificate?.validFrom,
      'valid-till': order?.certificate?.validTill,
      'certificate-path': join(outputDir, 'certificate.pem'),
      'chain-path': join(outputDir, 'chain.pem'),
    });
    expect(x509.subject).toContain('CN=Build Robot');
    expect(await readFile(join(outputDir, 'certificate.pem'), 'utf8')).toBe(`${leaf}\n`);
    expect(await readFile(join(outputDir, 'chain.pem'), 'utf8')).toBe(`${intermediate}\n${root}\n`);
  });

  it('with wait-for-issuance, waits for nothing: the answer was the issuance', async () => {
    const result = await run({ ...CLIENT, 'skip-approval': 'true', 'wait-for-issuance': 'true' });
    expect(result.code).toBe(0);
    expect(sent()).toEqual(['POST /order/certificate/client_authentication_plus']);
    expect(result.outputs['certificate-path']).toMatch(/certificate\.pem$/);
    expect(result.stdout).not.toContain('Waiting for order');
  });

  it('without output-dir or a wait, sets the outputs and writes no file', async () => {
    const result = await run({ ...CLIENT, 'skip-approval': 'true' });
    expect(result.code).toBe(0);
    expect(result.outputs['certificate-pem']).toContain('BEGIN CERTIFICATE');
    expect(result.outputs['certificate-path']).toBeUndefined();
  });

  it('a skip-approval reissue that issues at once hands its certificate over too', async () => {
    const order = await simulator.seedOrder({
      product: 'client_authentication_plus',
      body: { certificate: { common_name: 'Jane', emails: ['jane@example.com'], signature_hash: 'sha256' } },
    });
    const result = await run({
      operation: 'reissue',
      'order-id': String(order.id),
      'common-name': 'Jane',
      csr: CSR,
      'skip-approval': 'true',
    });
    expect(result.code).toBe(0);
    expect(sent()).toEqual([`GET /order/certificate/${order.id}`, `POST /order/certificate/${order.id}/reissue`]);
    expect(result.outputs['certificate-pem']).toBe(order.certificate?.pem);
  });

  it('certificate_id without certificate_chain is not issuance: nothing is handed over', async () => {
    simulator.immediateIssuance = false;
    const result = await run({ ...CLIENT, 'skip-approval': 'true' });
    expect(result.code).toBe(0);
    expect(result.outputs['certificate-id']).toMatch(/^\d+$/);
    expect(result.outputs['certificate-pem']).toBeUndefined();
    expect(result.outputs['order-status']).toBeUndefined();
  });
});

describe('retired client products', () => {
  for (const [product, nearest] of [
    ['client_premium_sha2', 'secure_email_sponsor (Secure Email for Business)'],
    ['client_email_security_plus', 'secure_email_mailbox (Secure Email for Individual)'],
    ['client_digital_signature_plus_sha2', 'secure_email_sponsor (Secure Email for Business)'],
  ]) {
    it(`${product} is still sent, with one warning naming what replaced it`, async () => {
      const result = await run({ ...CLIENT, product: product as string });
      expect(result.code).toBe(0);
      expect(sent()).toContain(`POST /order/certificate/${product}`);
      expect(warningsOf(result)).toEqual([
        `${product}: DigiCert retired this product on 2025-07-10 and replaced it with the Secure Email products; the nearest is ${nearest}. The order is sent as asked, since some accounts may still order it.`,
      ]);
    });
  }

  it('client_authentication_plus, which DigiCert did not retire, draws no warning', async () => {
    const result = await run(CLIENT);
    expect(result.code).toBe(0);
    expect(warningsOf(result)).toEqual([]);
  });
});
