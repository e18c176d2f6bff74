/**
 * End to end: the Secure Email products (certcentral-2026.md §1) and code signing validity in days (§2), through the
 * action's bundle against the simulator: the exact bodies sent, issuance, download, status, renew and re-runs, and
 * every refusal before anything is sent.
 */
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY, errorOf, warningsOf } from './helpers/action.ts';
import { actions } from './helpers/github.ts';
import { csrFixture } from './helpers/seeds.ts';
import { actionAgainst, useSimulator } from './helpers/simulator.ts';

const simulator = useSimulator();
const fixture = actionAgainst(simulator);

let outputDir: string;

beforeEach(async () => {
  outputDir = await mkdtemp(join(tmpdir(), 'secure-email-'));
});

afterEach(() => rm(outputDir, { recursive: true, force: true }));

function run(inputs: Record<string, string>, env?: Record<string, string>) {
  return fixture.run({ 'output-dir': outputDir, ...inputs }, env);
}

/** yyyy-MM-dd, this many days from today (UTC). */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const FAST_WAIT = { 'wait-for-issuance': 'true', 'poll-interval': '0.1', 'wait-timeout': '30' };

const MAILBOX = {
  product: 'secure_email_mailbox',
  emails: 'alice@example.com',
  'profile-type': 'strict',
  'primary-usage': 'signing',
  'validity-years': '1',
};

const SPONSOR = {
  product: 'secure_email_sponsor',
  emails: 'ada@example.com',
  'profile-type': 'multipurpose',
  'primary-usage': 'dual_use',
  'additional-usages': 'non_repudiation, client_auth',
  'common-name-indicator': 'given_name_surname',
  individual: 'first_name: Ada\nlast_name: Lovelace',
  'organization-id': '112233',
  'validity-years': '2',
};

const ORGANIZATION = {
  product: 'secure_email_organization',
  emails: 'releases@example.com\nsecurity@example.com',
  'profile-type': 'strict',
  'primary-usage': 'key_management',
  'common-name-indicator': 'organization_name',
  'organization-id': '112233',
  'custom-expiration-date': day(800),
};

const CODE_SIGNING_459 = {
  product: 'code_signing',
  'organization-id': '123456',
  'server-platform-id': '52',
  'validity-days': '459',
};

/** Each product's inputs, and the body DigiCert must receive for them, field for field. */
const ORDERS: [string, Record<string, string>, Record<string, unknown>][] = [
  [
    'secure_email_mailbox',
    MAILBOX,
    {
      certificate: {
        emails: ['alice@example.com'],
        profile_type: 'strict',
        usage_designation: { primary_usage: 'signing' },
      },
      validity_years: 1,
    },
  ],
  [
    'secure_email_sponsor',
    SPONSOR,
    {
      certificate: {
        emails: ['ada@example.com'],
        profile_type: 'multipurpose',
        common_name_indicator: 'given_name_surname',
        individual: { first_name: 'Ada', last_name: 'Lovelace' },
        usage_designation: { primary_usage: 'dual_use', additional_usages: ['non_repudiation', 'client_auth'] },
      },
      validity_years: 2,
      organization: { id: 112233 },
    },
  ],
  [
    'secure_email_organization',
    ORGANIZATION,
    {
      certificate: {
        emails: ['releases@example.com', 'security@example.com'],
        profile_type: 'strict',
        common_name_indicator: 'organization_name',
        usage_designation: { primary_usage: 'key_management' },
      },
      custom_expiration_date: day(800),
      organization: { id: 112233 },
    },
  ],
  [
    'code_signing for 459 days',
    CODE_SIGNING_459,
    {
      certificate: { server_platform: { id: 52 }, signature_hash: 'sha256' },
      order_validity: { days: 459 },
      organization: { id: 123456 },
    },
  ],
];

describe('each product is ordered with exactly the body its inputs say', () => {
  for (const [name, inputs, body] of ORDERS) {
    it(`${name}: the POST carries the body, and the outputs the answer`, async () => {
      const result = await run(inputs);
      expect(result.code, result.stdout).toBe(0);
      const [post] = fixture.withMethod('POST');
      expect(post?.path).toBe(`/order/certificate/${inputs.product}`);
      expect(post?.body).toEqual(body);
      const order = simulator.orders.get(Number(result.outputs['order-id']));
      expect(order?.product).toBe(inputs.product);
      expect(result.outputs['request-id']).toBe(String(order?.requests[0]?.id));
      expect(result.outputs['request-status']).toBe('pending');
    });

    it(`${name}: the dry run shows the same body and sends nothing`, async () => {
      const result = await run({ ...inputs, 'dry-run': 'true' });
      expect(result.code).toBe(0);
      expect(simulator.requests).toEqual([]);
      expect(result.outputs['request-url']).toBe(`${simulator.url}/order/certificate/${inputs.product}`);
      expect(JSON.parse(result.outputs['request-body'] as string)).toEqual(body);
      expect(result.stdout).toContain(JSON.stringify(body, null, 2).split('\n')[1]);
    });
  }
});

describe('a Secure Email certificate from order to files', () => {
  it('orders with a CSR, waits, downloads, and hands over the certificate', async () => {
    simulator.statusFlow = { statuses: ['pending', 'issued'], every: { calls: 1 } };
    const csr = csrFixture('ec-p256');
    const result = await run({ ...MAILBOX, csr, 'skip-approval': 'true', ...FAST_WAIT });
    expect(result.code, result.stdout).toBe(0);
    const [post] = fixture.withMethod('POST');
    expect(post?.body).toEqual({
      certificate: {
        emails: ['alice@example.com'],
        profile_type: 'strict',
        usage_designation: { primary_usage: 'signing' },
        csr,
      },
      validity_years: 1,
      skip_approval: true,
    });
    const orderId = Number(result.outputs['order-id']);
    const order = simulator.orders.get(orderId);
    expect(result.outputs['order-status']).toBe('issued');
    expect(result.outputs['certificate-id']).toBe(String(order?.certificateId));
    expect(fixture.sent()).toContain(`GET /certificate/${order?.certificateId}/download/format/pem_all`);
    const served = await simulator.pemBundle(orderId);
    expect(await readFile(join(outputDir, 'certificate.pem'), 'utf8')).toBe(`${served.leaf}\n`);
    const leaf = new X509Certificate(served.leaf);
    expect(leaf.subject).toContain('CN=alice@example.com');
    // Every Secure Email certificate carries the EKU emailProtection (§1).
    expect(leaf.keyUsage).toContain('1.3.6.1.5.5.7.3.4');
    expect(result.outputs['certificate-pem']).toBe(served.leaf);
  });

  it('operation status reads the order and hands over its certificate once issued', async () => {
    simulator.statusFlow = { statuses: ['issued'], every: { calls: 1 } };
    const ordered = await run(SPONSOR);
    const orderId = ordered.outputs['order-id'] as string;
    const status = await run({ operation: 'status', 'order-id': orderId });
    expect(status.code, status.stdout).toBe(0);
    expect(status.outputs['order-status']).toBe('issued');
    const served = await simulator.pemBundle(Number(orderId));
    expect(status.outputs['certificate-pem']).toBe(served.leaf);
    expect(new X509Certificate(served.leaf).subject).toContain('CN=Ada Lovelace');
  });

  it('a re-run attempt of the same workflow run finds the order by its key and buys nothing more', async () => {
    const env = actions('8800001', '1');
    const first = await run(ORGANIZATION, env);
    const rerun = await run(ORGANIZATION, actions('8800001', '2'));
    expect([first.code, rerun.code]).toEqual([0, 0]);
    expect(fixture.withMethod('POST')).toHaveLength(1);
    expect(rerun.outputs['order-id']).toBe(first.outputs['order-id']);
  });

  it("renew copies the order's own Secure Email choices into the renewal", async () => {
    const seeded = await simulator.seedOrder({
      product: 'secure_email_sponsor',
      body: {
        certificate: {
          emails: ['ada@example.com'],
          profile_type: 'multipurpose',
          common_name_indicator: 'pseudonym',
          individual: { pseudonym: 'Countess' },
          usage_designation: { primary_usage: 'signing', additional_usages: ['non_repudiation'] },
        },
        organization: { id: 112233 },
        validity_years: 1,
      },
      validFrom: day(-350),
      validTill: day(15),
    });
    const result = await run({ operation: 'renew', 'order-id': String(seeded.id) });
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['renewal-action']).toBe('renew');
    const [post] = fixture.withMethod('POST');
    expect(post?.path).toBe('/order/certificate/secure_email_sponsor');
    expect(post?.body).toEqual({
      certificate: {
        emails: ['ada@example.com'],
        profile_type: 'multipurpose',
        common_name_indicator: 'pseudonym',
        individual: { pseudonym: 'Countess' },
        usage_designation: { primary_usage: 'signing', additional_usages: ['non_repudiation'] },
      },
      validity_years: 1,
      organization: { id: 112233 },
      renewal_of_order_id: seeded.id,
      alternative_order_id: expect.stringMatching(/^renew\d+c\d+$/),
    });
  });
});

describe('code signing validity in days', () => {
  it('a 459-day order is issued for 459 days', async () => {
    simulator.statusFlow = { statuses: ['issued'], every: { calls: 1 } };
    const result = await run({ ...CODE_SIGNING_459, ...FAST_WAIT });
    expect(result.code, result.stdout).toBe(0);
    expect(warningsOf(result).filter((warning) => warning.includes('459'))).toEqual([]);
    const leaf = new X509Certificate(result.outputs['certificate-pem'] as string);
    const days = Math.round((Date.parse(leaf.validTo) - Date.parse(leaf.validFrom)) / 86_400_000);
    expect(days).toBe(459);
  });

  it('renew copies a term given in days (cert_validity.days) into the renewal as order_validity.days', async () => {
    const seeded = await simulator.seedOrder({
      product: 'code_signing',
      body: {
        certificate: { signature_hash: 'sha256', server_platform: { id: 52 } },
        organization: { id: 123456 },
        order_validity: { days: 400 },
      },
      validFrom: day(-380),
      validTill: day(20),
    });
    const result = await run({ operation: 'renew', 'order-id': String(seeded.id) });
    expect(result.code, result.stdout).toBe(0);
    const [post] = fixture.withMethod('POST');
    expect(post?.body).toMatchObject({ order_validity: { days: 400 }, renewal_of_order_id: seeded.id });
    expect(post?.body).not.toHaveProperty('validity_years');
  });

  it('validity-years 2 on code signing is ordered as coverage, with a warning that points at operation renew', async () => {
    const result = await run({ ...CODE_SIGNING_459, 'validity-days': '', 'validity-years': '2' });
    expect(result.code).toBe(0);
    expect(fixture.withMethod('POST')[0]?.body).toMatchObject({ validity_years: 2 });
    expect(warningsOf(result)).toEqual([
      expect.stringContaining(
        'is coverage: since 2026-02-24 DigiCert issues each code signing certificate for at most 459 days, and the certificate is reissued within the order until the coverage ends. operation: renew makes that reissue',
      ),
    ]);
  });
});

describe('refusals, before anything is sent', () => {
  const { 'profile-type': _profile, ...mailboxWithoutProfile } = MAILBOX;
  const { 'primary-usage': _usage, ...mailboxWithoutUsage } = MAILBOX;
  const { emails: _emails, ...mailboxWithoutEmails } = MAILBOX;
  const { 'common-name-indicator': _indicator, ...sponsorWithoutIndicator } = SPONSOR;
  const { individual: _individual, ...sponsorWithoutIndividual } = SPONSOR;
  const { 'organization-id': _organization, ...organizationWithoutId } = ORGANIZATION;
  const { 'validity-days': _days, ...codeSigningWithoutDays } = CODE_SIGNING_459;
  const cases: [string, Record<string, string>, string][] = [
    [
      'no profile-type',
      mailboxWithoutProfile,
      'profile-type is required for secure_email_mailbox orders. Allowed: strict, multipurpose.',
    ],
    [
      'no primary-usage',
      mailboxWithoutUsage,
      'primary-usage is required for secure_email_mailbox orders. Allowed: signing, key_management, dual_use.',
    ],
    ['no emails', mailboxWithoutEmails, 'emails is required for secure_email_mailbox orders.'],
    [
      'a primary-usage DigiCert does not name',
      { ...MAILBOX, 'primary-usage': 'encryption' },
      'primary-usage: "encryption" is not allowed. Allowed: signing, key_management, dual_use.',
    ],
    [
      'client_auth on a strict profile',
      { ...MAILBOX, 'additional-usages': 'client_auth' },
      'additional-usages: client_auth is not allowed with profile-type strict. Allowed with strict: non_repudiation; with multipurpose: non_repudiation, client_auth.',
    ],
    [
      'data encipherment, which has no documented API value',
      { ...SPONSOR, 'additional-usages': 'data_encipherment' },
      'additional-usages: "data_encipherment" is not allowed. Allowed: non_repudiation, client_auth.',
    ],
    [
      'common-name-indicator on the mailbox product',
      { ...MAILBOX, 'common-name-indicator': 'email_address' },
      'common-name-indicator does not apply to secure_email_mailbox orders: DigiCert ignores it for them (the common name is the e-mail address). It applies to orders of secure_email_sponsor, secure_email_organization; remove it.',
    ],
    [
      'no common-name-indicator for the sponsor product',
      sponsorWithoutIndicator,
      'common-name-indicator is required for secure_email_sponsor orders. Allowed: email_address, given_name_surname, pseudonym, organization_name.',
    ],
    [
      'no individual for the sponsor product',
      sponsorWithoutIndividual,
      'individual is required for secure_email_sponsor orders.',
    ],
    [
      'individual on the organization product',
      { ...ORGANIZATION, individual: 'pseudonym: Ops' },
      'individual does not apply to secure_email_organization orders. It applies to orders of secure_email_sponsor; remove it.',
    ],
    [
      'individual on the mailbox product',
      { ...MAILBOX, individual: 'pseudonym: Ops' },
      'individual does not apply to secure_email_mailbox orders. It applies to orders of secure_email_sponsor; remove it.',
    ],
    [
      'given_name_surname without a last name',
      { ...SPONSOR, individual: 'first_name: Ada' },
      'individual: common-name-indicator given_name_surname needs last_name in individual',
    ],
    [
      'email_address without the names and pseudonym the page asks for',
      { ...SPONSOR, 'common-name-indicator': 'email_address', individual: 'first_name: Ada\nlast_name: Lovelace' },
      'individual: common-name-indicator email_address needs pseudonym in individual',
    ],
    [
      'an individual key DigiCert does not name',
      { ...SPONSOR, individual: 'first_name: Ada\nlast_name: Lovelace\ntitle: Countess' },
      'individual: unknown title. Allowed: a mapping with any of first_name, last_name, pseudonym.',
    ],
    [
      'no organization-id for the organization product',
      organizationWithoutId,
      'organization-id is required for secure_email_organization orders.',
    ],
    [
      'new organization details on a Secure Email order',
      { ...MAILBOX, organization: 'name: Example' },
      'organization does not apply to secure_email_mailbox orders.',
    ],
    [
      'validity-years 3',
      { ...MAILBOX, 'validity-years': '3' },
      'validity-years: 3 is not allowed for secure_email_mailbox. Allowed: 1, 2.',
    ],
    [
      'an expiration date 825 days ahead',
      { ...ORGANIZATION, 'custom-expiration-date': day(825) },
      `custom-expiration-date: ${day(825)} is 825 days ahead. Allowed for secure_email_organization: less than 825 days ahead.`,
    ],
    [
      'an RSA 1024 CSR',
      { ...MAILBOX, csr: csrFixture('rsa-1024') },
      "csr (or csr-file): the CSR's key is RSA 1024. Allowed for secure_email_mailbox: RSA 2048 to 4096, or ECC P-256 or P-384",
    ],
    [
      'a signature hash, which the Secure Email table does not list',
      { ...MAILBOX, 'signature-hash': 'sha384' },
      'signature-hash does not apply to secure_email_mailbox orders.',
    ],
    [
      'a common name, which the indicator decides',
      { ...MAILBOX, 'common-name': 'Alice' },
      'common-name does not apply to secure_email_mailbox orders. It applies to orders of client certificate products, and to reissues of client certificate and Secure Email orders; remove it.',
    ],
    [
      'validity-days on a Secure Email order',
      { ...MAILBOX, 'validity-years': '', 'validity-days': '300' },
      'validity-days does not apply to secure_email_mailbox orders. It applies to orders of code signing products; remove it.',
    ],
    [
      'validity-days on a document signing order',
      { product: 'document_signing_org_1', 'organization-id': '1', 'validity-days': '300' },
      'validity-days does not apply to document_signing_org_1 orders. It applies to orders of code signing products; remove it.',
    ],
    [
      'validity-days above 459',
      { ...CODE_SIGNING_459, 'validity-days': '460' },
      'validity-days: 460 is too large. Allowed: whole numbers from 1 to 459.',
    ],
    [
      'validity-days with validity-years',
      { ...CODE_SIGNING_459, 'validity-years': '1' },
      'validity-days cannot be given with validity-years: give one of them (DigiCert documents no precedence between order_validity and validity_years).',
    ],
    [
      'validity-days with custom-expiration-date',
      { ...CODE_SIGNING_459, 'custom-expiration-date': day(300) },
      'validity-days cannot be given with custom-expiration-date: give one of them',
    ],
    [
      'no term at all on code signing',
      codeSigningWithoutDays,
      'validity-years, validity-days or custom-expiration-date is required for code_signing. Allowed validity-years: 1, 2, 3; validity-days: 1 to 459.',
    ],
  ];
  for (const [name, inputs, message] of cases) {
    it(`${name}`, async () => {
      const result = await run(inputs);
      expect(result.code).toBe(1);
      expect(simulator.requests).toEqual([]);
      expect(errorOf(result)).toContain(message);
    });
  }
});

describe('the simulator holds Secure Email orders to §1, whatever the action sends', () => {
  const post = (product: string, body: unknown) =>
    fetch(`${simulator.url}/order/certificate/${product}`, {
      method: 'POST',
      headers: { 'X-DC-DEVKEY': API_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('accepts each reading §1 leaves open: no profile, no signature hash, an indicator on the mailbox product, a term in days, data encipherment', async () => {
    const answer = await post('secure_email_mailbox', {
      certificate: {
        emails: ['a@example.com'],
        common_name_indicator: 'email_address',
        usage_designation: { primary_usage: 'signing' },
      },
      validity_years: 2,
    });
    expect(answer.status).toBe(201);
    const usages = (profile_type: string) => ({
      emails: ['a@example.com'],
      profile_type,
      usage_designation: { primary_usage: 'dual_use', additional_usages: ['non_repudiation', 'data_encipherment'] },
    });
    const inDays = await post('secure_email_mailbox', { certificate: usages('multipurpose'), validity_days: 824 });
    expect(inDays.status).toBe(201);
    const strict = await post('secure_email_mailbox', { certificate: usages('strict'), order_validity: { days: 30 } });
    expect(await strict.json()).toEqual({
      errors: [
        {
          code: 'invalid_field',
          message: 'Invalid value for certificate.usage_designation.additional_usages: allowed: non_repudiation.',
        },
      ],
    });
  });

  it('refuses client_auth on a strict profile, and a sponsor order without an individual or organization', async () => {
    const strict = await post('secure_email_mailbox', {
      certificate: {
        emails: ['a@example.com'],
        profile_type: 'strict',
        usage_designation: { primary_usage: 'signing', additional_usages: ['client_auth'] },
      },
      validity_years: 1,
    });
    expect(strict.status).toBe(400);
    const sponsor = await post('secure_email_sponsor', {
      certificate: {
        emails: ['a@example.com'],
        common_name_indicator: 'pseudonym',
        usage_designation: { primary_usage: 'signing' },
      },
      validity_years: 1,
    });
    expect(((await sponsor.json()) as { errors: { message: string }[] }).errors.map((error) => error.message)).toEqual([
      'Missing required field: certificate.individual.',
      'Missing required field: organization.id.',
    ]);
  });

  it('refuses a code signing order_validity above 459 days', async () => {
    const answer = await post('code_signing', {
      certificate: { signature_hash: 'sha256', server_platform: { id: 52 } },
      organization: { id: 1 },
      order_validity: { days: 460 },
    });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('invalid_value:validity_days');
  });
});
