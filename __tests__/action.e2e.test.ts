/** End to end: the built dist/index.js, run as the runner runs it, against the simulator over loopback HTTP. */
import { createServer, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import packageJson from '../package.json' with { type: 'json' };
import { PRODUCT_IDS } from '../src/rules/products.ts';
import { API_KEY, errorOf, runChecked, scanAllRunsForKeys, warningsOf } from './helpers/action.ts';
import { CSR, SEED_EXAMPLES, seedBodies } from './helpers/seeds.ts';
import { useSimulator } from './helpers/simulator.ts';

const ACTION = parseYaml(readFileSync(resolve(import.meta.dirname, '../action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: unknown }>;
};

const simulator = useSimulator({ apiKey: API_KEY });

function run(inputs: Record<string, string>) {
  return runChecked({ 'base-url': simulator.url, ...inputs });
}

const CODE_SIGNING = {
  product: 'code_signing',
  'organization-id': '123456',
  'validity-years': '1',
  'server-platform-id': '52',
};

const EV_CODE_SIGNING = { ...CODE_SIGNING, product: 'code_signing_ev', 'cs-provisioning-method': 'ship_token' };

const NEW_ORGANIZATION = `name: Example Inc.
address: 1 Main Street
city: Lehi
state: ut
zip: "84043"
country: us
telephone: 555-0100
organization_contact:
  first_name: Jo
  last_name: Doe
  email: jo@example.com
  telephone: 555-0101`;

const CLIENT = {
  product: 'client_authentication_plus',
  'organization-id': '112233',
  'validity-years': '1',
  'common-name': 'Jane Doe',
  emails: 'jane@example.com',
};

describe("each seed's example request is sent with the seed's example body", () => {
  for (const example of SEED_EXAMPLES) {
    it(example.name, async () => {
      let inputs: Record<string, string> = example.inputs;
      if (inputs.operation === 'reissue') {
        const order = await run(CLIENT);
        inputs = { ...inputs, 'order-id': order.outputs['order-id'] as string };
        simulator.forgetRequests();
      }
      const result = await run(inputs);
      expect(result.code).toBe(0);
      // A reissue reads the order first, to tell later whether a reissue whose fate is unknown was made.
      const posts = simulator.requests.filter((request) => request.method === 'POST');
      expect(posts).toHaveLength(1);
      expect(simulator.requests).toHaveLength(inputs.operation === 'reissue' ? 2 : 1);
      const [sent] = posts;
      expect(sent?.body).toEqual(seedBodies(example.file)[0]);
      expect(sent?.method).toBe('POST');
      // The es page's product is one DigiCert retired: it is sent as written, with one warning naming what replaced it.
      expect(warningsOf(result)).toEqual(
        inputs.product === 'client_premium_sha2'
          ? [
              'client_premium_sha2: DigiCert retired this product on 2025-07-10 and replaced it with the Secure Email products; the nearest is secure_email_sponsor (Secure Email for Business). The order is sent as asked, since some accounts may still order it.',
            ]
          : [],
      );
    });
  }
});

describe("the code signing pages' example, ordered as code_signing (OV)", () => {
  for (const example of SEED_EXAMPLES.filter(({ file }) => file.startsWith('order-code-signing'))) {
    it(`sends the example body of ${example.file}`, async () => {
      const result = await run({ ...example.inputs, product: 'code_signing' });
      expect(result.code).toBe(0);
      expect(simulator.requests).toHaveLength(1);
      expect(simulator.requests[0]?.path).toBe('/order/certificate/code_signing');
      expect(simulator.requests[0]?.body).toEqual(seedBodies(example.file)[0]);
      expect(warningsOf(result)).toEqual([]);
    });
  }
});

describe('the request', () => {
  it('carries the key, a JSON content type and a User-Agent naming the action and its version', async () => {
    await run(CODE_SIGNING);
    const headers = simulator.requests[0]?.headers;
    expect(headers?.['x-dc-devkey']).toBe(API_KEY);
    expect(headers?.['content-type']).toBe('application/json');
    expect(headers?.['user-agent']).toBe(`${packageJson.name}/${packageJson.version}`);
    expect(simulator.requests[0]?.path).toBe('/order/certificate/code_signing');
  });

  it('reads the CSR from csr-file', async () => {
    const result = await run({ ...CLIENT, 'csr-file': resolve(import.meta.dirname, 'fixtures/request.csr') });
    expect(result.code).toBe(0);
    expect((simulator.requests[0]?.body as { certificate: { csr: string } }).certificate.csr).toBe(CSR);
  });
});

describe('approval modes and outputs', () => {
  it('one-step approval: pending', async () => {
    const result = await run(CODE_SIGNING);
    expect(result.code).toBe(0);
    const order = simulator.orders.get(Number(result.outputs['order-id']));
    expect(order?.product).toBe('code_signing');
    expect(result.outputs).toEqual({
      'order-id': String(order?.id),
      'request-id': String(order?.requests[0]?.id),
      'request-status': 'pending',
      'certificate-id': '',
      'organization-id': '',
      response: JSON.stringify({ id: order?.id, requests: [{ id: order?.requests[0]?.id, status: 'pending' }] }),
    });
  });

  it('two-step approval: submitted', async () => {
    simulator.approval = 'two-step';
    const result = await run(CODE_SIGNING);
    expect(result.outputs['request-status']).toBe('submitted');
    expect(result.outputs['certificate-id']).toBe('');
  });

  it('automatic approval: approved, with a certificate id', async () => {
    simulator.approval = 'auto';
    const result = await run(CODE_SIGNING);
    const order = simulator.orders.get(Number(result.outputs['order-id']));
    expect(result.outputs['request-status']).toBe('approved');
    expect(result.outputs['certificate-id']).toBe(String(order?.certificateId));
    expect(result.outputs['certificate-id']).not.toBe('');
  });

  it('skip-approval: approved, with a certificate id', async () => {
    simulator.approval = 'two-step';
    const result = await run({ ...CODE_SIGNING, 'skip-approval': 'true' });
    expect(result.outputs['request-status']).toBe('approved');
    expect(result.outputs['certificate-id']).toMatch(/^\d+$/);
  });

  it('a new organization sets organization-id', async () => {
    const { 'organization-id': _omitted, ...inputs } = CLIENT;
    const result = await run({ ...inputs, organization: NEW_ORGANIZATION });
    expect(result.code).toBe(0);
    expect(result.outputs['organization-id']).toBe(
      String(simulator.orders.get(Number(result.outputs['order-id']))?.organizationId),
    );
    expect((simulator.requests[0]?.body as { organization: unknown }).organization).toEqual({
      name: 'Example Inc.',
      address: '1 Main Street',
      city: 'Lehi',
      state: 'ut',
      zip: '84043',
      country: 'us',
      telephone: '555-0100',
      organization_contact: { first_name: 'Jo', last_name: 'Doe', email: 'jo@example.com', telephone: '555-0101' },
    });
  });

  it('a reissue sets the request id; with skip-approval the certificate id', async () => {
    const order = await run(CLIENT);
    const reissue = {
      operation: 'reissue',
      'order-id': order.outputs['order-id'] as string,
      csr: CSR,
      'common-name': 'Jane Doe',
    };
    const pending = await run(reissue);
    expect(pending.code).toBe(0);
    expect(pending.outputs).toMatchObject({
      'order-id': order.outputs['order-id'],
      'request-status': '',
      'certificate-id': '',
    });
    expect(pending.outputs['request-id']).toMatch(/^\d+$/);
    // Another order: a second reissue of the first, with a pending reissue for this CSR, would reuse that one.
    const other = await run(CLIENT);
    const skipped = await run({ ...reissue, 'order-id': other.outputs['order-id'] as string, 'skip-approval': 'true' });
    expect(skipped.outputs).toMatchObject({ 'order-id': other.outputs['order-id'], 'request-id': '' });
    expect(skipped.outputs['certificate-id']).toMatch(/^\d+$/);
  });
});

describe('reissue of a code signing order', () => {
  const SHIP_INFO = 'name: A\naddr1: B\ncity: C\nstate: D\nzip: "02134"\ncountry: us\nmethod: expedited';

  it('sends cs-provisioning-method and ship-info, which the sheet allows on a code signing reissue, and no CSR onto a token', async () => {
    const order = await run(CODE_SIGNING);
    const orderId = order.outputs['order-id'] as string;
    simulator.forgetRequests();
    const result = await run({
      operation: 'reissue',
      'order-id': orderId,
      product: 'code_signing',
      'server-platform-id': '52',
      'cs-provisioning-method': 'ship_token',
      'ship-info': SHIP_INFO,
    });
    expect(result.code).toBe(0);
    const posts = simulator.requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.path)).toEqual([`/order/certificate/${orderId}/reissue`]);
    expect(posts[0]?.body).toEqual({
      certificate: { server_platform: { id: 52 }, signature_hash: 'sha256' },
      cs_provisioning_method: 'ship_token',
      ship_info: { name: 'A', addr1: 'B', city: 'C', state: 'D', zip: '02134', country: 'us', method: 'EXPEDITED' },
    });
  });

  it('refuses ship-info with another method, and both without a code signing product, sending nothing', async () => {
    const reissue = { operation: 'reissue', 'order-id': '12', csr: CSR, 'ship-info': SHIP_INFO };
    const email = await run({
      ...reissue,
      product: 'code_signing',
      'server-platform-id': '52',
      'cs-provisioning-method': 'email',
    });
    expect(email.code).toBe(1);
    expect(errorOf(email)).toContain(
      'ship-info applies only with cs-provisioning-method ship_token (DigiCert ships a token), not with email; remove it.',
    );
    const client = await run({ ...reissue, product: 'client_premium_sha2', 'common-name': 'x' });
    expect(client.code).toBe(1);
    expect(errorOf(client)).toContain(
      'ship-info does not apply to a reissue. It applies to orders of code signing and document signing products, and to reissues of code signing orders; remove it.',
    );
    expect(simulator.requests).toEqual([]);
  });
});

describe('dry run', () => {
  it('sets the request outputs, prints the request with the key hidden, and sends nothing', async () => {
    const result = await run({ ...CODE_SIGNING, 'dry-run': 'true' });
    expect(result.code).toBe(0);
    expect(simulator.requests).toEqual([]);
    expect(result.outputs['request-method']).toBe('POST');
    expect(result.outputs['request-url']).toBe(`${simulator.url}/order/certificate/code_signing`);
    expect(JSON.parse(result.outputs['request-body'] as string)).toEqual({
      certificate: { server_platform: { id: 52 }, signature_hash: 'sha256' },
      validity_years: 1,
      organization: { id: 123456 },
    });
    expect(result.stdout).toContain('X-DC-DEVKEY: ***');
  });

  it('uses the EU base URL for region eu', async () => {
    const result = await runChecked({ ...CODE_SIGNING, region: 'eu', 'dry-run': 'true' });
    expect(result.outputs['request-url']).toBe(
      'https://certcentral.digicert.eu/services/v2/order/certificate/code_signing',
    );
  });
});

describe('bad input fails before any request, naming the input and the allowed values', () => {
  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const { 'organization-id': _org, ...codeSigningWithoutOrg } = CODE_SIGNING;
  const { 'validity-years': _years, ...codeSigningWithoutValidity } = CODE_SIGNING;
  const { 'server-platform-id': _platform, ...codeSigningWithoutPlatform } = CODE_SIGNING;
  const { 'validity-years': _clientYears, ...clientWithoutValidity } = CLIENT;
  const documentSigning = { product: 'document_signing_org_1', 'organization-id': '1', 'validity-years': '1' };
  const shipInfo = 'name: A\naddr1: B\ncity: C\nstate: D\nzip: "1"\ncountry: us\nmethod: ';
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'a product typo',
      { ...CODE_SIGNING, product: 'code-signing' },
      [
        'product: "code-signing" is not a CertCentral product id. Did you mean "code_signing"? Allowed: code_signing, code_signing_ev, document_signing_org_1',
      ],
    ],
    ['no organization', codeSigningWithoutOrg, ['organization-id or organization: give exactly one']],
    [
      'two organizations',
      { ...CODE_SIGNING, organization: 'name: X' },
      ['organization-id or organization: give exactly one'],
    ],
    [
      'no validity',
      codeSigningWithoutValidity,
      [
        'validity-years, validity-days or custom-expiration-date is required for code_signing. Allowed validity-years: 1, 2, 3; validity-days: 1 to 459.',
      ],
    ],
    [
      'code signing validity out of range',
      { ...CODE_SIGNING, 'validity-years': '4' },
      ['validity-years: 4 is not allowed for code_signing. Allowed: 1, 2, 3.'],
    ],
    [
      'client validity out of range',
      { ...CLIENT, 'validity-years': '3' },
      ['validity-years: 3 is not allowed for client_authentication_plus. Allowed: 1, 2.'],
    ],
    [
      'an impossible date',
      { ...clientWithoutValidity, 'custom-expiration-date': '2027-02-29' },
      ['custom-expiration-date: "2027-02-29" is not a date. Allowed: a real date written yyyy-MM-dd.'],
    ],
    [
      'a past date',
      { ...clientWithoutValidity, 'custom-expiration-date': '2020-01-01' },
      ['custom-expiration-date: 2020-01-01 is not in the future. Allowed: a date after today.'],
    ],
    [
      'a client date 825 days ahead',
      { ...clientWithoutValidity, 'custom-expiration-date': future(825) },
      ['is 825 days ahead. Allowed for client_authentication_plus: less than 825 days ahead.'],
    ],
    [
      'code signing without platform',
      codeSigningWithoutPlatform,
      ['server-platform-id is required for code_signing when cs-provisioning-method is client_app or not given.'],
    ],
    [
      'EV code signing with client_app and no platform',
      { ...EV_CODE_SIGNING, 'server-platform-id': '', 'cs-provisioning-method': 'client_app' },
      ['server-platform-id is required for code_signing_ev when cs-provisioning-method is client_app or not given.'],
    ],
    [
      'Sun Java without CSR',
      { ...CODE_SIGNING, 'server-platform-id': '55' },
      ['csr (or csr-file) is required for code_signing when server-platform-id is 55 (Sun Java).'],
    ],
    [
      'email provisioning without CSR',
      { ...EV_CODE_SIGNING, 'cs-provisioning-method': 'email' },
      ['csr (or csr-file) is required for code_signing_ev when cs-provisioning-method is email.'],
    ],
    [
      'ship-info without city',
      { ...EV_CODE_SIGNING, 'ship-info': 'name: A\naddr1: B\nstate: D\nzip: "1"\ncountry: us\nmethod: STANDARD' },
      [
        'ship-info: missing city. Allowed: a mapping with name, addr1, city, state, zip, country, method (and optionally addr2).',
      ],
    ],
    [
      'ship-info with a bad method',
      { ...EV_CODE_SIGNING, 'ship-info': `${shipInfo}overnight` },
      ['ship-info: method "overnight" is not allowed. Allowed: STANDARD, EXPEDITED (any case).'],
    ],
    ['document signing without subject', documentSigning, ['subject is required for document_signing_org_1 orders.']],
    [
      'a subject without phone',
      { ...documentSigning, subject: '{"name": "A", "job_title": "B", "email": "a@example.com"}' },
      ['subject: missing phone. Allowed: a mapping with name, job_title, phone, email.'],
    ],
    [
      'a client certificate without common name',
      { ...CLIENT, 'common-name': '' },
      ['common-name is required for client_authentication_plus orders.'],
    ],
    [
      'a client certificate with a bad e-mail',
      { ...CLIENT, emails: 'jane@example.com\njane' },
      ['emails: not an e-mail address: "jane". Allowed: addresses such as name@example.com.'],
    ],
    [
      'a reissue with a bad order id',
      { operation: 'reissue', 'order-id': '12.5', csr: CSR },
      ['order-id: "12.5" is not an order id. Allowed: a whole number from 1.'],
    ],
    [
      'a client certificate reissue without CSR',
      { operation: 'reissue', 'order-id': '12', product: 'client_authentication_plus', 'common-name': 'x' },
      ['csr (or csr-file) is required for a reissue.'],
    ],
    [
      'a CSR that is not a certificate request',
      { ...CLIENT, csr: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----' },
      ['csr (or csr-file): is not a PEM certificate request. Allowed: text from -----BEGIN CERTIFICATE REQUEST-----'],
    ],
    [
      'a bad payment method',
      { ...CLIENT, 'payment-method': 'invoice' },
      ['payment-method: "invoice" is not allowed. Allowed: balance, card, profile.'],
    ],
    [
      'a long alternative order id',
      { ...CLIENT, 'alternative-order-id': 'a'.repeat(65) },
      ['alternative-order-id: is 65 characters long. Allowed: at most 64 characters.'],
    ],
    [
      'an alternative order id that is not alphanumeric',
      { ...CLIENT, 'alternative-order-id': 'release/7' },
      ['alternative-order-id: "release/7" is not alphanumeric. Allowed: letters A-Z and a-z and digits 0-9 only.'],
    ],
    [
      'a bad boolean',
      { ...CLIENT, 'skip-approval': 'yes' },
      ['skip-approval: "yes" is not a boolean. Allowed: true, True, TRUE, false, False, FALSE.'],
    ],
    ['a missing api key', { ...CLIENT, 'api-key': '' }, ['api-key is required']],
    [
      'several problems, reported at once',
      { product: 'client_premium_sha2', emails: 'nobody', 'validity-years': '0', 'payment-method': 'cash' },
      [
        'emails: not an e-mail address: "nobody"',
        'validity-years: 0 is too small. Allowed: whole numbers from 1.',
        'payment-method: "cash" is not allowed. Allowed: balance, card, profile.',
        'common-name is required for client_premium_sha2 orders.',
        'organization-id or organization: give exactly one',
      ],
    ],
  ];

  for (const [name, inputs, messages] of cases) {
    it(name, async () => {
      const result = await run(inputs);
      expect(result.code).toBe(1);
      expect(simulator.requests).toEqual([]);
      const error = errorOf(result);
      expect(error).toMatch(/^Invalid input; nothing was sent to CertCentral:\n- /);
      for (const message of messages) expect(error).toContain(message);
      expect(result.outputs).toEqual({});
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    });
  }

  it("warns when a code signing validity exceeds DigiCert's 459-day limit, and still orders", async () => {
    const result = await run({ ...CODE_SIGNING, 'validity-years': '2' });
    expect(result.code).toBe(0);
    expect(warningsOf(result)).toEqual([
      expect.stringContaining(
        'is coverage: since 2026-02-24 DigiCert issues each code signing certificate for at most 459 days',
      ),
    ]);
    expect(simulator.requests).toHaveLength(1);
  });

  it('prints no warning about a value it refuses', async () => {
    const result = await run({ ...CODE_SIGNING, 'validity-years': '4' });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('validity-years: 4 is not allowed for code_signing. Allowed: 1, 2, 3.');
    expect(warningsOf(result)).toEqual([]);
    expect(simulator.requests).toEqual([]);
  });

  it('reports a misspelt product and a missing organization in one error', async () => {
    const { 'organization-id': _omitted, ...inputs } = CODE_SIGNING;
    const result = await run({ ...inputs, product: 'codesigning', 'validity-years': '', 'dns-names': 'a.example.com' });
    expect(result.code).toBe(1);
    expect(simulator.requests).toEqual([]);
    expect(errorOf(result)).toBe(
      [
        'Invalid input; nothing was sent to CertCentral:',
        `- product: "codesigning" is not a CertCentral product id. Did you mean "code_signing"? Allowed: ${PRODUCT_IDS.join(', ')}.`,
        '- dns-names does not apply to an order of any product. It applies to reissues; remove it.',
        '- organization-id or organization: give exactly one, the id of an existing organization or the details of a new one.',
        '- validity-years, validity-days or custom-expiration-date is required for an order. Allowed validity-years: 1, 2, 3 (client and Secure Email certificates 1, 2); validity-days: code signing only, 1 to 459.',
      ].join('\n'),
    );
    expect(result.stdout.match(/^::error/gm)).toHaveLength(1);
  });
});

describe('an input that does not apply fails the step, and nothing is sent', () => {
  const shipInfo = 'name: A\naddr1: B\ncity: C\nstate: D\nzip: "1"\ncountry: us\nmethod: STANDARD';
  const subject = '{"name": "A", "job_title": "B", "phone": "1", "email": "a@example.com"}';
  const documentSigning = { product: 'document_signing_org_1', 'organization-id': '1', 'validity-years': '1', subject };
  const cases: [string, Record<string, string>, string][] = [
    [
      'a body field the product does not take: subject on a client certificate',
      { ...CLIENT, subject },
      'subject does not apply to client_authentication_plus orders. It applies to orders of document signing products; remove it.',
    ],
    [
      'a code signing field on document signing',
      { ...documentSigning, 'custom-renewal-message': 'Renew' },
      'custom-renewal-message does not apply to document_signing_org_1 orders. It applies to orders of code signing products; remove it.',
    ],
    [
      'an order field on a reissue: emails',
      { operation: 'reissue', 'order-id': '12', csr: CSR, 'common-name': 'x', emails: 'jane@example.com' },
      'emails does not apply to a reissue. It applies to orders of client certificate and Secure Email products; remove it.',
    ],
    [
      'a reissue field on an order: dns-names',
      { ...CODE_SIGNING, 'dns-names': 'a.example.com' },
      'dns-names does not apply to code_signing orders. It applies to reissues; remove it.',
    ],
    [
      'skip-duplicate-org-check with organization-id',
      { ...CODE_SIGNING, 'skip-duplicate-org-check': 'true' },
      'skip-duplicate-org-check applies only with organization (the details of a new organization), not with organization-id; remove it.',
    ],
    [
      'ship-info with a method that ships no token',
      { ...CODE_SIGNING, 'cs-provisioning-method': 'client_app', 'ship-info': shipInfo },
      'ship-info applies only with cs-provisioning-method ship_token (DigiCert ships a token), not with client_app; remove it.',
    ],
    [
      'order-id on an order',
      { ...CODE_SIGNING, 'order-id': '112233' },
      'order-id does not apply to operation order. It applies to operations reissue, status and renew; remove it.',
    ],
    [
      'product on status',
      { operation: 'status', 'order-id': '112233', product: 'code_signing' },
      'product does not apply to operation status. It applies to operations order, reissue and renew; remove it.',
    ],
    [
      'a body field on status',
      { operation: 'status', 'order-id': '112233', comments: 'x' },
      'comments does not apply to operation status. It applies to orders of every product, and to reissues; remove it.',
    ],
    [
      'idempotency off on status',
      { operation: 'status', 'order-id': '12', idempotency: 'false' },
      'idempotency does not apply to operation status. It applies to operations order, reissue and renew (it derives an alternative_order_id, or a reissue key); remove it.',
    ],
    [
      'a signature hash a code signing reissue does not allow',
      {
        operation: 'reissue',
        'order-id': '12',
        csr: CSR,
        product: 'code_signing',
        'server-platform-id': '52',
        'signature-hash': 'sha384',
      },
      'signature-hash: "sha384" is not allowed. Allowed: sha256.',
    ],
  ];

  for (const [name, inputs, message] of cases) {
    it(name, async () => {
      const result = await run(inputs);
      expect(result.code).toBe(1);
      expect(simulator.requests).toEqual([]);
      expect(errorOf(result)).toBe(`Invalid input; nothing was sent to CertCentral:\n- ${message}`);
      expect(warningsOf(result)).toEqual([]);
      expect(result.outputs).toEqual({});
    });
  }

  it('does not count inputs left at their action.yml default, which the runner hands over as if written', async () => {
    const defaults = Object.fromEntries(
      Object.entries(ACTION.inputs).flatMap(([name, input]) =>
        input.default === undefined ? [] : [[name, String(input.default)]],
      ),
    );
    expect(defaults).toMatchObject({ 'signature-hash': 'sha256', idempotency: 'true', operation: 'order' });
    const order = await run({ ...defaults, ...CODE_SIGNING });
    expect(order.code).toBe(0);
    expect(warningsOf(order)).toEqual([]);
    const status = await run({ ...defaults, operation: 'status', 'order-id': order.outputs['order-id'] as string });
    expect(status.code).toBe(0);
    expect(warningsOf(status)).toEqual([]);
    expect(status.outputs['order-status']).toBe('needs_approval');
  });
});

describe('code signing provisioning, for code_signing as for code_signing_ev', () => {
  const shipInfo =
    'name: Erin Guerra\naddr1: 360 Taylor Street\ncity: Richmond\nstate: va\nzip: "69662"\ncountry: us\nmethod: ';
  const { 'server-platform-id': _omitted, ...withoutPlatform } = CODE_SIGNING;

  for (const product of ['code_signing', 'code_signing_ev']) {
    it(`${product}: client_app, with its server platform`, async () => {
      const result = await run({ ...CODE_SIGNING, product, 'cs-provisioning-method': 'client_app' });
      expect(result.code).toBe(0);
      expect(simulator.requests).toHaveLength(1);
      expect(simulator.requests[0]?.body).toMatchObject({
        certificate: { server_platform: { id: 52 } },
        cs_provisioning_method: 'client_app',
      });
    });

    it(`${product}: email, with the HSM's CSR and no server platform`, async () => {
      const result = await run({ ...withoutPlatform, product, 'cs-provisioning-method': 'email', csr: CSR });
      expect(result.code).toBe(0);
      expect(simulator.requests[0]?.body).toEqual({
        certificate: { csr: CSR, signature_hash: 'sha256' },
        cs_provisioning_method: 'email',
        validity_years: 1,
        organization: { id: 123456 },
      });
    });

    it(`${product}: ship_token, with ship_info and the method as the page writes it`, async () => {
      const result = await run({
        ...withoutPlatform,
        product,
        'cs-provisioning-method': 'ship_token',
        'ship-info': `${shipInfo}expedited`,
      });
      expect(result.code).toBe(0);
      expect(simulator.requests[0]?.body).toMatchObject({
        cs_provisioning_method: 'ship_token',
        ship_info: { name: 'Erin Guerra', zip: '69662', country: 'us', method: 'EXPEDITED' },
      });
    });

    it(`${product}: email without a CSR fails, and nothing is sent`, async () => {
      const result = await run({ ...CODE_SIGNING, product, 'cs-provisioning-method': 'email' });
      expect(result.code).toBe(1);
      expect(errorOf(result)).toContain(
        `csr (or csr-file) is required for ${product} when cs-provisioning-method is email.`,
      );
      expect(simulator.requests).toEqual([]);
    });
  }

  it('document signing sends the ship method in lower case, as its page writes it, and csa-agreed-to 1', async () => {
    const result = await run({
      product: 'document_signing_org_2',
      'organization-id': '1',
      'validity-years': '1',
      subject: '{"name": "A", "job_title": "B", "phone": "1", "email": "a@example.com"}',
      'cs-provisioning-method': 'ship_token',
      'ship-info': `${shipInfo}STANDARD`,
      'csa-agreed-to': '1',
    });
    expect(result.code).toBe(0);
    expect(simulator.requests[0]?.body).toMatchObject({ ship_info: { method: 'standard' }, csa_agreed_to: 1 });
  });
});

describe("DigiCert's errors", () => {
  it('shows the status and every errors[] entry as code: message', async () => {
    simulator.answerNext({
      status: 400,
      errors: [
        { code: 'invalid_csr', message: 'The CSR is malformed.' },
        { code: 'missing_org_contact', message: 'Organization contact is required.' },
      ],
    });
    const result = await run(CODE_SIGNING);
    expect(result.code).toBe(1);
    expect(errorOf(result)).toBe(
      'POST /order/certificate/code_signing: CertCentral answered HTTP 400 Bad Request: invalid_csr: The CSR is malformed.; missing_org_contact: Organization contact is required.',
    );
    expect(result.outputs).toEqual({});
  });

  it("reports the simulator's own checks of the documented fields", async () => {
    const { 'organization-id': _omitted, ...inputs } = CLIENT;
    const result = await run({ ...inputs, organization: 'country: us' });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain(
      'HTTP 400 Bad Request: missing_field: Missing required field: organization.name.',
    );
  });

  it('reports a reissue of an unknown order', async () => {
    const result = await run({ operation: 'reissue', 'order-id': '999999', csr: CSR, 'common-name': 'x' });
    expect(errorOf(result)).toContain('HTTP 404 Not Found: not_found|order: Order 999999 not found.');
  });

  it('reports a key CertCentral refuses', async () => {
    const result = await runChecked({ ...CODE_SIGNING, 'base-url': simulator.url, 'api-key': 'another-key-0000' });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('HTTP 401 Unauthorized: access_denied|invalid_api_key');
  });

  it('reports an answer that is not JSON with the status and an excerpt', async () => {
    simulator.answerNext({
      status: 502,
      body: '<html><body>Bad Gateway from the edge</body></html>',
      contentType: 'text/html',
    });
    const result = await run(CODE_SIGNING);
    expect(result.code).toBe(1);
    expect(errorOf(result)).toMatch(
      /^POST \/order\/certificate\/code_signing: CertCentral answered HTTP 502 Bad Gateway with a body that is not JSON: "<html><body>Bad Gateway from the edge<\/body><\/html>" The request was sent, so CertCentral may have carried out the order\. It was not sent again/,
    );
    expect(simulator.requests).toHaveLength(1);
  });

  it('treats a success without an order id as a failure', async () => {
    simulator.answerNext({ status: 201, body: '{"requests": []}' });
    const result = await run(CODE_SIGNING);
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('CertCentral answered HTTP 201 without an order ID');
    expect(result.outputs).toEqual({});
  });

  it('never repeats the key, even when an answer echoes it', async () => {
    simulator.answerNext({
      status: 403,
      errors: [{ code: 'access_denied|missing_permission', message: `Key ${API_KEY} may not order.` }],
    });
    const result = await run(CODE_SIGNING);
    expect(errorOf(result)).toContain('access_denied|missing_permission: Key *** may not order.');
  });

  it('never shows part of the key, even where an echoed answer is cut to an excerpt', async () => {
    // The key straddles the excerpt's 200-character cut.
    const page = `<html>${'x'.repeat(185)}key=${API_KEY}</html>`;
    simulator.answerNext({ status: 500, body: page, contentType: 'text/html' });
    const result = await run({ ...CODE_SIGNING, 'max-attempts': '1' });
    expect(result.code).toBe(1);
    expect(errorOf(result)).toContain('key=***');
    const afterMask = result.stdout.slice(result.stdout.indexOf('\n') + 1);
    expect(afterMask).not.toContain(API_KEY.slice(0, 8));
  });
});

describe('redirects', () => {
  it('are not followed, so the key reaches no other host', async () => {
    const elsewhere: IncomingHttpHeaders[] = [];
    const target = await listen((request, response) => {
      elsewhere.push(request.headers);
      response.writeHead(201, { 'content-type': 'application/json' }).end('{"id": 1, "requests": []}');
    });
    const redirector = await listen((_request, response) => {
      response.writeHead(307, { location: `${target.url}/order/certificate/code_signing` }).end();
    });
    try {
      const result = await runChecked({ ...CODE_SIGNING, 'base-url': redirector.url });
      expect(result.code).toBe(1);
      expect(errorOf(result)).toContain('redirect');
      expect(elsewhere).toEqual([]);
    } finally {
      await Promise.all([target.close(), redirector.close()]);
    }
  });
});

/** A plain HTTP server on a random loopback port. */
async function listen(handler: RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/v2`,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}

describe('the key', () => {
  // Runs last in this file: vitest runs a file's tests in order.
  it('is in nothing any run of this file printed (debug lines included) or set as output or summary', () => {
    const scan = scanAllRunsForKeys();
    expect(scan.runs).toBeGreaterThan(40);
    expect(scan.characters).toBeGreaterThan(10_000);
    expect(scan.leaks).toEqual([]);
  });
});
