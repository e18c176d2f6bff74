/** The simulator answers as DigiCert documents, on its own: wrong types and misplaced fields get errors[]. */
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

const CODE_SIGNING = {
  certificate: { signature_hash: 'sha256', server_platform: { id: 52 } },
  organization: { id: 1 },
  validity_years: 1,
};

async function errorsFor(product: string, body: Record<string, unknown>): Promise<string[]> {
  try {
    await client.send({ method: 'POST', path: `/order/certificate/${product}`, body });
  } catch (error) {
    expect(error).toBeInstanceOf(CertCentralError);
    expect((error as CertCentralError).status).toBe(400);
    return (error as CertCentralError).errors.map((entry) => `${entry.code}: ${entry.message}`);
  }
  throw new Error('the simulator accepted the order');
}

describe('the simulator', () => {
  it('refuses wrong types of documented fields', async () => {
    expect(
      await errorsFor('code_signing', {
        ...CODE_SIGNING,
        skip_approval: 'true',
        auto_renew: '1',
        container: { id: 'x' },
        custom_fields: [{ metadata_id: '12', value: 'a' }],
        alternative_order_id: 'release-7',
      }),
    ).toEqual([
      'invalid_field: Invalid value for alternative_order_id: alphanumeric, at most 64 characters.',
      'invalid_field: Invalid value for auto_renew: must be an int.',
      'invalid_field: Invalid value for container.id: must be an int.',
      'invalid_field: Invalid value for skip_approval: must be a bool.',
      'invalid_field: Invalid value for custom_fields: a list of {metadata_id: int, value: string}.',
    ]);
  });

  it('refuses wrong types of every other documented field', async () => {
    expect(
      await errorsFor('document_signing_org_1', {
        ...CODE_SIGNING,
        certificate: { signature_hash: 'sha256', csr: 5, organization_units: 'Engineering' },
        organization: { id: 1, skip_duplicate_org_check: 'false' },
        subject: { name: 'A', job_title: 'B', phone: 1, email: 'a@example.com' },
        use_org_as_common_name: 1,
        csa_agreed_to: 'yes',
        comments: 7,
        additional_emails: 'a@example.com',
        user_id_assignments: ['12'],
        cs_provisioning_method: 'ship_token',
      }),
    ).toEqual([
      'invalid_field: Invalid value for certificate.csr: must be a string.',
      'invalid_field: Invalid value for certificate.organization_units: must be an array of strings.',
      'invalid_field: Invalid value for use_org_as_common_name: must be a bool.',
      'invalid_field: Invalid value for organization.skip_duplicate_org_check: must be a bool.',
      'invalid_field: Invalid value for csa_agreed_to: must be 0 or 1.',
      'invalid_field: Invalid value for comments: must be a string.',
      'invalid_field: Invalid value for additional_emails: must be an array of strings.',
      'invalid_field: Invalid value for user_id_assignments: must be an array of ints.',
      'missing_field: Missing required field: subject.phone.',
    ]);
  });

  it('takes the provisioning method and ship_info on code_signing as on code_signing_ev, with the method as the page writes it', async () => {
    const shipInfo = { name: 'A', addr1: 'B', city: 'C', state: 'D', zip: '1', country: 'us', method: 'STANDARD' };
    for (const product of ['code_signing', 'code_signing_ev']) {
      for (const body of [
        { ...CODE_SIGNING, cs_provisioning_method: 'client_app' },
        { ...CODE_SIGNING, cs_provisioning_method: 'ship_token', ship_info: shipInfo },
        { ...CODE_SIGNING, certificate: { signature_hash: 'sha256' }, cs_provisioning_method: 'ship_token' },
      ]) {
        const accepted = await client.send({ method: 'POST', path: `/order/certificate/${product}`, body });
        expect(accepted.status).toBe(201);
      }
      expect(
        await errorsFor(product, {
          ...CODE_SIGNING,
          cs_provisioning_method: 'email',
          ship_info: { ...shipInfo, method: 'standard' },
        }),
      ).toEqual([
        'invalid_field: Invalid value for ship_info.method: allowed: STANDARD, EXPEDITED.',
        'missing_field: Missing required field: certificate.csr.',
      ]);
    }
    const subject = { name: 'A', job_title: 'B', phone: '1', email: 'a@example.com' };
    expect(
      await errorsFor('document_signing_org_2', { ...CODE_SIGNING, subject, ship_info: shipInfo, csa_agreed_to: 1 }),
    ).toEqual(['invalid_field: Invalid value for ship_info.method: allowed: standard, expedited.']);
  });

  it("keeps a client certificate's custom expiration date less than 825 days ahead, and no date in the past", async () => {
    const clientOrder = {
      ...CODE_SIGNING,
      certificate: { signature_hash: 'sha256', common_name: 'Jane', emails: ['jane@example.com'] },
      validity_years: undefined,
    };
    const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    expect(await errorsFor('client_premium_sha2', { ...clientOrder, custom_expiration_date: ahead(825) })).toEqual([
      'invalid_field: Invalid value for custom_expiration_date: must be less than 825 days in the future.',
    ]);
    expect(await errorsFor('client_premium_sha2', { ...clientOrder, custom_expiration_date: ahead(-1) })).toEqual([
      'invalid_field: Invalid value for custom_expiration_date: must not be in the past.',
    ]);
    expect(await errorsFor('client_premium_sha2', { ...clientOrder, custom_expiration_date: '2027-02-29' })).toEqual([
      'invalid_field: Invalid value for custom_expiration_date: format yyyy-MM-dd.',
    ]);
    const accepted = await statusOfOrder('client_premium_sha2', { ...clientOrder, custom_expiration_date: ahead(824) });
    expect(accepted).toBe(201);
    expect(await statusOfOrder('code_signing', { ...CODE_SIGNING, custom_expiration_date: ahead(900) })).toBe(201);
  });

  it('takes a term in each form the pages give: order_validity on any order, validity_days on a client certificate', async () => {
    const clientOrder = {
      ...CODE_SIGNING,
      certificate: { signature_hash: 'sha256', common_name: 'Jane', emails: ['jane@example.com'] },
      validity_years: undefined,
      skip_approval: true,
    };
    const subject = { name: 'Jane', job_title: 'Signer', phone: '555-0100', email: 'jane@example.com' };
    const documentOrder = { ...CODE_SIGNING, validity_years: undefined, subject, order_validity: { years: 3 } };
    expect(await statusOfOrder('document_signing_org_1', documentOrder)).toBe(201);
    expect(await errorsFor('document_signing_org_1', { ...documentOrder, order_validity: { years: 4 } })).toEqual([
      'invalid_field: Invalid value for order_validity.years: allowed: 1, 2, 3.',
    ]);
    const over = 'invalid_value:validity_days: Client certificates last at most 824 days.';
    expect(await errorsFor('client_premium_sha2', { ...clientOrder, validity_days: 825 })).toEqual([over]);
    expect(await errorsFor('client_premium_sha2', { ...clientOrder, order_validity: { days: 825 } })).toEqual([over]);
    expect(await errorsFor('client_premium_sha2', { ...clientOrder, validity_days: '30' })).toEqual([
      'invalid_field: Invalid value for validity_days: must be an int from 1.',
    ]);
    // Only client certificates take validity_days: a code signing order with it alone names no term.
    expect(await errorsFor('code_signing', { ...CODE_SIGNING, validity_years: undefined, validity_days: 30 })).toEqual([
      'missing_field: Missing required field: validity_years.',
    ]);

    simulator.immediateIssuance = true;
    const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const issuedFor = async (body: Record<string, unknown>, product = 'client_premium_sha2') => {
      const placed = await client.send({ method: 'POST', path: `/order/certificate/${product}`, body });
      const info = await client.send({
        method: 'GET',
        path: `/order/certificate/${(placed.json as { id: number }).id}`,
      });
      return (info.json as { certificate: Record<string, unknown> }).certificate;
    };
    expect(await issuedFor({ ...clientOrder, validity_days: 300 })).toMatchObject({
      cert_validity: { days: 300 },
      valid_till: ahead(300),
    });
    expect(await issuedFor({ ...clientOrder, custom_expiration_date: ahead(400) })).toMatchObject({
      cert_validity: { custom_expiration_date: ahead(400) },
      valid_till: ahead(400),
    });
    // The date overrides validity_years (the es page); order info shows the form that set the term (§2).
    expect(await issuedFor({ ...clientOrder, validity_years: 1, custom_expiration_date: ahead(500) })).toMatchObject({
      cert_validity: { custom_expiration_date: ahead(500) },
      valid_till: ahead(500),
    });
    // Only code signing certificates are capped at 459 days (§2); the pages give document signing no such cap.
    expect(await issuedFor({ ...documentOrder, skip_approval: true }, 'document_signing_org_1')).toMatchObject({
      valid_till: ahead(3 * 365),
    });
    expect(await issuedFor({ ...CODE_SIGNING, validity_years: 3, skip_approval: true }, 'code_signing')).toMatchObject({
      valid_till: ahead(459),
    });
    // Root validity_days is taken on client and Secure Email orders only; a code signing order's term is its years.
    expect(
      await issuedFor({ ...CODE_SIGNING, validity_years: 1, validity_days: 30, skip_approval: true }, 'code_signing'),
    ).toMatchObject({ cert_validity: { years: 1 }, valid_till: ahead(365) });
  });

  it("checks a new organization's required details", async () => {
    expect(await errorsFor('code_signing', { ...CODE_SIGNING, organization: { name: 'Acme', country: 'us' } })).toEqual(
      [
        'missing_field: Missing required field: organization.address.',
        'missing_field: Missing required field: organization.city.',
        'missing_field: Missing required field: organization.state.',
        'missing_field: Missing required field: organization.zip.',
        'missing_field: Missing required field: organization.telephone.',
        'missing_field: Missing required field: organization.organization_contact.',
      ],
    );
    const organization = {
      name: 'Acme',
      address: '1 Main St',
      city: 'Lehi',
      state: 'ut',
      zip: '84043',
      country: 'us',
      telephone: '555-0100',
      organization_contact: { first_name: 'Jo', last_name: 'Doe', email: 'jo@example.com', telephone: '555-0101' },
    };
    expect(await statusOfOrder('code_signing', { ...CODE_SIGNING, organization })).toBe(201);
    const { email: _omitted, ...contact } = organization.organization_contact;
    expect(
      await errorsFor('code_signing', {
        ...CODE_SIGNING,
        organization: { ...organization, organization_contact: contact },
      }),
    ).toEqual(['missing_field: Missing required field: organization.organization_contact.email.']);
  });

  it('takes custom_fields as a list of entries or, as the tables type it, one entry', async () => {
    const entry = { metadata_id: 12, value: '123456' };
    expect(await statusOfOrder('code_signing', { ...CODE_SIGNING, custom_fields: [entry] })).toBe(201);
    expect(await statusOfOrder('code_signing', { ...CODE_SIGNING, custom_fields: entry })).toBe(201);
  });
});

describe('the simulator, for a reissue', () => {
  it('refuses wrong types of the documented fields', async () => {
    const order = await client.send({
      method: 'POST',
      path: '/order/certificate/client_premium_sha2',
      body: {
        ...CODE_SIGNING,
        certificate: { signature_hash: 'sha256', common_name: 'Jane', emails: ['jane@example.com'] },
      },
    });
    const reissue = client.send({
      method: 'POST',
      path: `/order/certificate/${(order.json as { id: number }).id}/reissue`,
      body: {
        certificate: {
          common_name: 'Jane',
          csr: '-----BEGIN CERTIFICATE REQUEST-----x-----END CERTIFICATE REQUEST-----',
          signature_hash: 'sha256',
          dns_names: 'a.example.com',
          server_platform: { id: '2' },
        },
        skip_approval: 'true',
      },
    });
    await expect(reissue).rejects.toMatchObject({
      status: 400,
      errors: [
        { code: 'invalid_field', message: 'Invalid value for certificate.dns_names: must be an array of strings.' },
        { code: 'invalid_field', message: 'Invalid value for certificate.server_platform.id: must be an int.' },
        { code: 'invalid_field', message: 'Invalid value for skip_approval: must be a bool.' },
      ],
    });
  });

  it('takes a code signing reissue with cs_provisioning_method and ship_info, as the sheet allows, checked as on an order', async () => {
    const order = await client.send({ method: 'POST', path: '/order/certificate/code_signing', body: CODE_SIGNING });
    const path = `/order/certificate/${(order.json as { id: number }).id}/reissue`;
    const certificate = { csr: CSR, signature_hash: 'sha256', server_platform: { id: 52 } };
    const shipInfo = { name: 'A', addr1: 'B', city: 'C', state: 'D', zip: '02134', country: 'us', method: 'STANDARD' };
    const accepted = await client.send({
      method: 'POST',
      path,
      body: { certificate, cs_provisioning_method: 'ship_token', ship_info: shipInfo },
    });
    expect(accepted.status).toBe(201);
    const refused = client.send({
      method: 'POST',
      path,
      body: { certificate, cs_provisioning_method: 'usb', ship_info: { ...shipInfo, method: 'standard' } },
    });
    await expect(refused).rejects.toMatchObject({
      status: 400,
      errors: [
        {
          code: 'invalid_field',
          message: 'Invalid value for cs_provisioning_method: allowed: ship_token, client_app, email.',
        },
        { code: 'invalid_field', message: 'Invalid value for ship_info.method: allowed: STANDARD, EXPEDITED.' },
      ],
    });
  });
});

async function statusOfOrder(product: string, body: Record<string, unknown>): Promise<number> {
  return (await client.send({ method: 'POST', path: `/order/certificate/${product}`, body })).status;
}
