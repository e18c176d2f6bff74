import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_URLS } from '../src/inputs/settings.ts';
import { PRODUCT_IDS } from '../src/rules/products.ts';
import { check, VALID } from './helpers/inputs.ts';
import { CSR } from './helpers/seeds.ts';

async function problemsOf(inputs: Record<string, string>): Promise<string[]> {
  const result = await check(inputs);
  expect(result.settings).toBeUndefined();
  return result.problems;
}

async function settingsOf(inputs: Record<string, string>) {
  const result = await check(inputs);
  expect(result.problems).toEqual([]);
  return result;
}

describe('connection and mode', () => {
  it('needs the api key', async () => {
    const { api: _omitted, ...rest } = { api: '', ...VALID.codeSigning, 'api-key': '' };
    expect(await problemsOf(rest)).toEqual([expect.stringMatching(/^api-key is required/)]);
  });

  it('defaults to an order in the US region with sha256', async () => {
    const { settings } = await settingsOf(VALID.codeSigning);
    expect(settings?.operation).toBe('order');
    expect(settings?.baseUrl).toBe(BASE_URLS.us);
    expect(settings?.dryRun).toBe(false);
    expect(settings?.fields['signature-hash']).toBe('sha256');
  });

  it('uses the EU base URL for region eu, and base-url over region', async () => {
    expect((await settingsOf({ ...VALID.codeSigning, region: 'eu' })).settings?.baseUrl).toBe(
      'https://certcentral.digicert.eu/services/v2',
    );
    const custom = await settingsOf({
      ...VALID.codeSigning,
      region: 'eu',
      'base-url': 'http://127.0.0.1:8080/services/v2/',
    });
    expect(custom.settings?.baseUrl).toBe('http://127.0.0.1:8080/services/v2');
  });

  it('names the allowed values of region, operation and dry-run', async () => {
    const problems = await problemsOf({ ...VALID.codeSigning, region: 'asia', operation: 'rotate', 'dry-run': 'yes' });
    expect(problems).toEqual(
      expect.arrayContaining([
        'operation: "rotate" is not allowed. Allowed: order, reissue, status, renew.',
        expect.stringContaining('dry-run: "yes" is not a boolean. Allowed: true, True, TRUE, false, False, FALSE.'),
        'region: "asia" is not allowed. Allowed: us, eu.',
      ]),
    );
  });

  it('refuses plain http except on loopback', async () => {
    expect(await problemsOf({ ...VALID.codeSigning, 'base-url': 'http://example.com/services/v2' })).toEqual([
      expect.stringContaining('base-url: "http://example.com/services/v2" is not allowed. Allowed: an https:// URL'),
    ]);
    expect(await problemsOf({ ...VALID.codeSigning, 'base-url': 'not a url' })).toEqual([
      expect.stringContaining('base-url: "not a url" is not a URL'),
    ]);
    await settingsOf({ ...VALID.codeSigning, 'base-url': 'http://localhost:1/services/v2' });
    expect(await problemsOf({ ...VALID.codeSigning, 'base-url': 'http://127.evil.example/services/v2' })).toEqual([
      expect.stringContaining('base-url: "http://127.evil.example/services/v2" is not allowed.'),
    ]);
  });

  it('suggests the closest product id on a typo and lists all of them', async () => {
    const [problem] = await problemsOf({ ...VALID.codeSigning, product: 'code_signing_eV2' });
    expect(problem).toContain(
      'product: "code_signing_eV2" is not a CertCentral product id. Did you mean "code_signing_ev"?',
    );
    for (const id of PRODUCT_IDS) expect(problem).toContain(id);
  });

  it('suggests the id with the same words in another order, or in another case, before a nearer typo', async () => {
    const suggestion = async (inputs: Record<string, string>) =>
      (await problemsOf({ ...VALID.codeSigning, ...inputs }))[0];
    expect(await suggestion({ product: 'ev_code_signing' })).toContain('Did you mean "code_signing_ev"?');
    expect(await suggestion({ product: 'Code_Signing_EV' })).toContain('Did you mean "code_signing_ev"?');
    expect(await suggestion({ product: 'email_secure_mailbox' })).toContain('Did you mean "secure_email_mailbox"?');
    expect(await suggestion({ region: 'EU' })).toBe('region: "EU" is not allowed. Did you mean "eu"? Allowed: us, eu.');
    expect(await suggestion({ operation: 'Renew' })).toContain('Did you mean "renew"?');
    expect(await suggestion({ 'cs-provisioning-method': 'Email' })).toBe(
      'cs-provisioning-method: "Email" is not allowed. Did you mean "email"? Allowed: ship_token, client_app, email.',
    );
    expect(await suggestion({ region: 'asia' })).toBe('region: "asia" is not allowed. Allowed: us, eu.');
  });

  it('says that an empty api-key may be a secret not set, or not passed to this run', async () => {
    const [problem] = await problemsOf({ ...VALID.codeSigning, 'api-key': '' });
    expect(problem).toContain('a secret that is not set in this repository');
    expect(problem).toContain('a pull request from a fork gets no secrets');
  });

  it('reports a csr-file that cannot be read alone, with the path it tried, and not also "csr is required"', async () => {
    const problems = await problemsOf({
      ...VALID.codeSigning,
      'cs-provisioning-method': 'email',
      'csr-file': 'signing/missing.csr',
    });
    expect(problems).toEqual([
      `csr-file: "signing/missing.csr" (${resolve('signing/missing.csr')}) cannot be read (ENOENT). Allowed: a regular file of at most 64 KiB holding a PEM certificate request; a relative path is read from the workspace.`,
    ]);
  });

  it('needs a product for an order', async () => {
    const { product: _omitted, ...inputs } = VALID.codeSigning;
    expect(await problemsOf(inputs)).toEqual([
      expect.stringMatching(/^product is required for an order\. Allowed: code_signing, /),
    ]);
  });
});

describe('order rules', () => {
  it('needs exactly one of organization-id and organization', async () => {
    const { 'organization-id': _omitted, ...none } = VALID.codeSigning;
    const message = expect.stringMatching(/^organization-id or organization: give exactly one/);
    expect(await problemsOf(none)).toEqual([message]);
    expect(await problemsOf({ ...VALID.codeSigning, organization: 'name: Example' })).toEqual([message]);
  });

  it('takes new organization details and skip-duplicate-org-check together', async () => {
    const { 'organization-id': _omitted, ...inputs } = VALID.codeSigning;
    const { settings } = await settingsOf({
      ...inputs,
      organization: '{"name": "Example Inc."}',
      'skip-duplicate-org-check': 'true',
    });
    expect(settings?.fields.organization).toEqual({ name: 'Example Inc.' });
    expect(settings?.fields['skip-duplicate-org-check']).toBe(true);
  });

  it('refuses skip-duplicate-org-check with an organization id', async () => {
    expect(await problemsOf({ ...VALID.codeSigning, 'skip-duplicate-org-check': 'true' })).toEqual([
      'skip-duplicate-org-check applies only with organization (the details of a new organization), not with organization-id; remove it.',
    ]);
  });

  it('rejects organization details that carry an id', async () => {
    const { 'organization-id': _omitted, ...inputs } = VALID.codeSigning;
    expect(await problemsOf({ ...inputs, organization: 'id: 5' })).toEqual([
      expect.stringContaining('organization: holds an id. Allowed: new organization details; use organization-id'),
    ]);
  });

  it('needs validity-years or custom-expiration-date', async () => {
    const { 'validity-years': _omitted, ...inputs } = VALID.documentSigning;
    expect(await problemsOf(inputs)).toEqual([
      'validity-years or custom-expiration-date is required for document_signing_org_2. Allowed validity-years: 1, 2, 3.',
    ]);
  });

  it('allows 1-3 years for code and document signing and 1-2 for client certificates', async () => {
    await settingsOf({ ...VALID.documentSigning, 'validity-years': '3' });
    expect(await problemsOf({ ...VALID.documentSigning, 'validity-years': '4' })).toEqual([
      'validity-years: 4 is not allowed for document_signing_org_2. Allowed: 1, 2, 3.',
    ]);
    expect(await problemsOf({ ...VALID.client, 'validity-years': '3' })).toEqual([
      'validity-years: 3 is not allowed for client_authentication_plus. Allowed: 1, 2.',
    ]);
    expect(await problemsOf({ ...VALID.client, 'validity-years': 'two' })).toEqual([
      expect.stringContaining('validity-years: "two" is not a whole number. Allowed: whole numbers from 1.'),
    ]);
  });

  it('takes a real future custom expiration date', async () => {
    const { 'validity-years': _omitted, ...inputs } = VALID.documentSigning;
    await settingsOf({ ...inputs, 'custom-expiration-date': '2027-06-30' });
    expect(await problemsOf({ ...inputs, 'custom-expiration-date': '2027-02-30' })).toEqual([
      'custom-expiration-date: "2027-02-30" is not a date. Allowed: a real date written yyyy-MM-dd.',
    ]);
    expect(await problemsOf({ ...inputs, 'custom-expiration-date': '2026-11-25' })).toEqual([
      'custom-expiration-date: 2026-11-25 is not in the future. Allowed: a date after today.',
    ]);
  });

  it('keeps client certificates under 825 days ahead', async () => {
    const { 'validity-years': _omitted, ...inputs } = VALID.client;
    // 2026-11-25 + 825 days = 2029-02-27
    await settingsOf({ ...inputs, 'custom-expiration-date': '2029-02-26' });
    expect(await problemsOf({ ...inputs, 'custom-expiration-date': '2029-02-27' })).toEqual([
      'custom-expiration-date: 2029-02-27 is 825 days ahead. Allowed for client_authentication_plus: less than 825 days ahead.',
    ]);
  });

  it('warns when both validity inputs are given', async () => {
    const { warnings } = await settingsOf({ ...VALID.client, 'custom-expiration-date': '2027-01-01' });
    expect(warnings).toEqual(['custom-expiration-date overrides validity-years; DigiCert uses the date.']);
  });

  it('checks payment-method, alternative-order-id and signature-hash', async () => {
    const problems = await problemsOf({
      ...VALID.client,
      'payment-method': 'cash',
      'alternative-order-id': 'x'.repeat(65),
      'signature-hash': 'sha1',
    });
    expect(problems).toEqual([
      'signature-hash: "sha1" is not allowed. Allowed: sha256.',
      'payment-method: "cash" is not allowed. Allowed: balance, card, profile.',
      'alternative-order-id: is 65 characters long. Allowed: at most 64 characters.',
    ]);
    await settingsOf({ ...VALID.client, 'alternative-order-id': 'x'.repeat(64) });
    expect(await problemsOf({ ...VALID.client, 'alternative-order-id': 'release-7' })).toEqual([
      'alternative-order-id: "release-7" is not alphanumeric. Allowed: letters A-Z and a-z and digits 0-9 only.',
    ]);
  });

  it('checks custom-fields entries', async () => {
    const { settings } = await settingsOf({ ...VALID.client, 'custom-fields': '- metadata_id: 3\n  value: 42' });
    expect(settings?.fields['custom-fields']).toEqual([{ metadata_id: 3, value: '42' }]);
    expect(await problemsOf({ ...VALID.client, 'custom-fields': '[{"value": "x"}]' })).toEqual([
      'custom-fields: entry 1 has no whole-number metadata_id. Allowed: a list of {metadata_id: whole number, value: text}.',
    ]);
    expect(await problemsOf({ ...VALID.client, 'custom-fields': '{metadata_id: 3' })).toEqual([
      expect.stringMatching(/^custom-fields: is not valid YAML or JSON/),
    ]);
  });

  it('keeps YAML and JSON values as written: leading zeros stay, nothing becomes a number', async () => {
    const { 'organization-id': _omitted, ...inputs } = VALID.codeSigning;
    const { settings } = await settingsOf({
      ...inputs,
      product: 'code_signing_ev',
      'cs-provisioning-method': 'ship_token',
      organization: 'name: Example\nzip: 02134\ntelephone: 0612345678',
      'ship-info': 'name: A\naddr1: B\ncity: C\nstate: MA\nzip: 02134\ncountry: us\nmethod: STANDARD',
      'custom-fields': '[{"metadata_id": 12, "value": 007}, {"metadata_id": "13", "value": "x"}]',
    });
    expect(settings?.fields.organization).toEqual({ name: 'Example', zip: '02134', telephone: '0612345678' });
    expect(settings?.fields['ship-info']).toMatchObject({ zip: '02134' });
    expect(settings?.fields['custom-fields']).toEqual([
      { metadata_id: 12, value: '007' },
      { metadata_id: 13, value: 'x' },
    ]);
  });

  it('keeps JSON numbers and booleans in new organization details typed', async () => {
    const { 'organization-id': _omitted, ...inputs } = VALID.client;
    const { settings } = await settingsOf({
      ...inputs,
      organization: '{"name": "Acme", "validations": [{"type": "cs", "verified_users": [{"id": 12}]}], "x": true}',
    });
    expect(settings?.fields.organization).toEqual({
      name: 'Acme',
      validations: [{ type: 'cs', verified_users: [{ id: 12 }] }],
      x: true,
    });
    expect(await problemsOf({ ...VALID.client, 'custom-fields': '[{"metadata_id": 12, "value": null}]' })).toEqual([
      'custom-fields: entry 1 has no text value. Allowed: a list of {metadata_id: whole number, value: text}.',
    ]);
  });

  it('reports every problem at once', async () => {
    const problems = await problemsOf({
      'api-key': 'k',
      product: 'client_premium_sha2',
      emails: 'not-an-address',
      'validity-years': '9',
      'payment-method': 'gold',
    });
    expect(problems).toEqual([
      'emails: not an e-mail address: "not-an-address". Allowed: addresses such as name@example.com.',
      'payment-method: "gold" is not allowed. Allowed: balance, card, profile.',
      'common-name is required for client_premium_sha2 orders.',
      'organization-id or organization: give exactly one, the id of an existing organization or the details of a new one.',
      'validity-years: 9 is not allowed for client_premium_sha2. Allowed: 1, 2.',
    ]);
  });

  it('refuses inputs that do not apply to the product, naming where they apply', async () => {
    expect(
      await problemsOf({ ...VALID.client, subject: 'name: x', 'dns-names': 'a.example.com', 'csa-agreed-to': '1' }),
    ).toEqual([
      'dns-names does not apply to client_authentication_plus orders. It applies to reissues; remove it.',
      'subject does not apply to client_authentication_plus orders. It applies to orders of document signing products; remove it.',
      'csa-agreed-to does not apply to client_authentication_plus orders. It applies to orders of document signing products; remove it.',
    ]);
    expect(await problemsOf({ ...VALID.documentSigning, 'auto-renew': '1', 'custom-renewal-message': 'x' })).toEqual([
      'auto-renew does not apply to document_signing_org_2 orders. It applies to orders of code signing and client certificate products; remove it.',
      'custom-renewal-message does not apply to document_signing_org_2 orders. It applies to orders of code signing products; remove it.',
    ]);
  });

  it('does not count inputs left at their action.yml default as written', async () => {
    const defaults = {
      region: 'us',
      operation: 'order',
      'wait-for-issuance': 'false',
      'wait-timeout': '900',
      'poll-interval': '15',
      'dry-run': 'false',
      'signature-hash': 'sha256',
      idempotency: 'true',
      'max-attempts': '5',
      'request-timeout': '60',
      'renew-within-days': '30',
    };
    const status = { ...defaults, 'api-key': 'k', operation: 'status', 'order-id': '42' };
    expect(await check(status)).toEqual(await check({ 'api-key': 'k', operation: 'status', 'order-id': '42' }));
    expect((await settingsOf(status)).settings).not.toHaveProperty('fields');
    expect(await check({ ...defaults, ...VALID.client })).toEqual(await check(VALID.client));
    // Written, and not the default: refused where it does not apply.
    expect(await problemsOf({ ...status, idempotency: 'false', 'signature-hash': 'sha384' })).toEqual([
      'idempotency does not apply to operation status. It applies to operations order, reissue and renew (it derives an alternative_order_id, or a reissue key); remove it.',
      'signature-hash does not apply to operation status. It applies to orders of code signing, document signing and client certificate products, and to reissues; remove it.',
    ]);
  });

  it('runs the checks that hold for every product when the product is missing or misspelt', async () => {
    expect(
      await problemsOf({
        'api-key': 'k',
        product: 'code_signin',
        'validity-years': '4',
        'custom-expiration-date': '2020-01-01',
        'dns-names': 'a.example.com',
        'skip-duplicate-org-check': 'true',
      }),
    ).toEqual([
      expect.stringMatching(/^product: "code_signin" is not a CertCentral product id\. Did you mean "code_signing"\?/),
      'dns-names does not apply to an order of any product. It applies to reissues; remove it.',
      'organization-id or organization: give exactly one, the id of an existing organization or the details of a new one.',
      'skip-duplicate-org-check applies only with organization (the details of a new organization), not with organization-id; remove it.',
      'validity-years: 4 is not allowed for any product. Allowed: 1, 2, 3 (client and Secure Email certificates 1, 2).',
      'custom-expiration-date: 2020-01-01 is not in the future. Allowed: a date after today.',
    ]);
    const { product: _omitted, 'organization-id': _org, 'validity-years': _years, ...rest } = VALID.codeSigning;
    expect(await problemsOf(rest)).toEqual([
      expect.stringMatching(/^product is required for an order\./),
      'organization-id or organization: give exactly one, the id of an existing organization or the details of a new one.',
      'validity-years, validity-days or custom-expiration-date is required for an order. Allowed validity-years: 1, 2, 3 (client and Secure Email certificates 1, 2); validity-days: code signing only, 1 to 459.',
    ]);
  });

  it('needs a CSR that is a PEM certificate request', async () => {
    expect(await problemsOf({ ...VALID.client, csr: 'hello' })).toEqual([
      expect.stringMatching(
        /^csr \(or csr-file\): is not a PEM certificate request\. Allowed: text from -----BEGIN CERTIFICATE REQUEST-----/,
      ),
    ]);
    expect(await problemsOf({ ...VALID.client, csr: CSR, 'csr-file': '/tmp/x.csr' })).toEqual([
      'csr and csr-file: give one of them, not both.',
    ]);
    expect(await problemsOf({ ...VALID.client, 'csr-file': '/nonexistent/request.csr' })).toEqual([
      'csr-file: "/nonexistent/request.csr" cannot be read (ENOENT). Allowed: a regular file of at most 64 KiB holding a PEM certificate request; a relative path is read from the workspace.',
    ]);
  });
});

describe('code signing rules', () => {
  it('needs server-platform-id for both products when cs-provisioning-method is client_app or not given', async () => {
    const { 'server-platform-id': _omitted, ...inputs } = VALID.codeSigning;
    for (const product of ['code_signing', 'code_signing_ev']) {
      const message = `server-platform-id is required for ${product} when cs-provisioning-method is client_app or not given.`;
      expect(await problemsOf({ ...inputs, product, 'cs-provisioning-method': 'client_app' })).toEqual([message]);
      await settingsOf({ ...inputs, product, 'cs-provisioning-method': 'ship_token' });
      await settingsOf({ ...inputs, product, 'cs-provisioning-method': 'email', csr: CSR });
    }
    expect(await problemsOf(inputs)).toEqual([
      'server-platform-id is required for code_signing when cs-provisioning-method is client_app or not given.',
    ]);
    // DigiCert's current page makes the method optional for EV too (certcentral-2026.md §2).
    expect(await problemsOf({ ...inputs, product: 'code_signing_ev' })).toEqual([
      'server-platform-id is required for code_signing_ev when cs-provisioning-method is client_app or not given.',
    ]);
  });

  it('takes cs-provisioning-method and ship-info for code_signing as for EV, and sends ship_info.method in upper case', async () => {
    const shipInfo = 'name: A\naddr1: B\ncity: C\nstate: D\nzip: 12345\ncountry: us\nmethod: Standard';
    for (const product of ['code_signing', 'code_signing_ev']) {
      const { settings, warnings } = await settingsOf({
        ...VALID.codeSigning,
        product,
        'cs-provisioning-method': 'ship_token',
        'ship-info': shipInfo,
      });
      expect(warnings).toEqual([]);
      expect(settings?.fields['cs-provisioning-method']).toBe('ship_token');
      expect(settings?.fields['ship-info']).toMatchObject({ zip: '12345', method: 'STANDARD' });
    }
  });

  it('refuses ship-info with a provisioning method that ships no token', async () => {
    const shipInfo = 'name: A\naddr1: B\ncity: C\nstate: D\nzip: 12345\ncountry: us\nmethod: STANDARD';
    expect(
      await problemsOf({ ...VALID.codeSigning, 'cs-provisioning-method': 'client_app', 'ship-info': shipInfo }),
    ).toEqual([
      'ship-info applies only with cs-provisioning-method ship_token (DigiCert ships a token), not with client_app; remove it.',
    ]);
  });

  it('needs a CSR for platform 55 (Sun Java) and, for both products, for the email method', async () => {
    expect(await problemsOf({ ...VALID.codeSigning, 'server-platform-id': '55' })).toEqual([
      'csr (or csr-file) is required for code_signing when server-platform-id is 55 (Sun Java).',
    ]);
    for (const product of ['code_signing', 'code_signing_ev']) {
      const email = { ...VALID.codeSigning, product, 'cs-provisioning-method': 'email' };
      expect(await problemsOf(email)).toEqual([
        `csr (or csr-file) is required for ${product} when cs-provisioning-method is email.`,
      ]);
      await settingsOf({ ...email, csr: CSR });
    }
  });

  it('takes cs-provisioning-method as optional for EV too, with its allowed values', async () => {
    const { settings } = await settingsOf({ ...VALID.codeSigning, product: 'code_signing_ev' });
    expect(settings?.fields['cs-provisioning-method']).toBeUndefined();
    expect(
      await problemsOf({ ...VALID.codeSigning, product: 'code_signing_ev', 'cs-provisioning-method': 'usb' }),
    ).toEqual(['cs-provisioning-method: "usb" is not allowed. Allowed: ship_token, client_app, email.']);
  });

  it("warns when the validity exceeds DigiCert's 459-day code signing limit", async () => {
    const limit = expect.stringContaining(
      'is coverage: since 2026-02-24 DigiCert issues each code signing certificate for at most 459 days',
    );
    expect((await settingsOf({ ...VALID.codeSigning, 'validity-years': '2' })).warnings).toEqual([limit]);
    expect((await settingsOf(VALID.codeSigning)).warnings).toEqual([]);
    const { 'validity-years': _omitted, ...inputs } = VALID.codeSigning;
    expect((await settingsOf({ ...inputs, 'custom-expiration-date': '2028-03-01' })).warnings).toEqual([limit]);
    expect((await settingsOf({ ...inputs, 'custom-expiration-date': '2027-12-01' })).warnings).toEqual([]);
  });

  it('gives no validity warning about a value it refuses', async () => {
    const years = await check({ ...VALID.codeSigning, 'validity-years': '4', 'organization-id': '' });
    expect(years.problems).toHaveLength(2);
    expect(years.warnings).toEqual([]);
    const date = await check({ ...VALID.client, 'custom-expiration-date': '2030-01-01' });
    expect(date.problems).toEqual([expect.stringContaining('custom-expiration-date: 2030-01-01 is 1133 days ahead.')]);
    expect(date.warnings).toEqual([]);
  });

  it('checks ship-info fields and method in any case', async () => {
    const ev = { ...VALID.codeSigning, product: 'code_signing_ev', 'cs-provisioning-method': 'ship_token' };
    const shipInfo = 'name: A\naddr1: B\ncity: C\nstate: D\nzip: 12345\ncountry: us\nmethod: ';
    const { settings } = await settingsOf({ ...ev, 'ship-info': `${shipInfo}expedited` });
    expect(settings?.fields['ship-info']).toMatchObject({ zip: '12345', method: 'EXPEDITED' });
    expect(await problemsOf({ ...ev, 'ship-info': `${shipInfo}overnight` })).toEqual([
      'ship-info: method "overnight" is not allowed. Allowed: STANDARD, EXPEDITED (any case).',
    ]);
    expect(await problemsOf({ ...ev, 'ship-info': 'name: A\nfloor: 3' })).toEqual([
      'ship-info: unknown floor; missing addr1, city, state, zip, country, method. Allowed: a mapping with name, addr1, city, state, zip, country, method (and optionally addr2).',
    ]);
    expect(await problemsOf({ ...ev, 'ship-info': '- a\n- b' })).toEqual([
      expect.stringMatching(/^ship-info: is not a mapping\. Allowed: a mapping with name, addr1/),
    ]);
  });
});

describe('document signing rules', () => {
  it('needs a subject with name, job_title, phone and email', async () => {
    const { subject: _omitted, ...inputs } = VALID.documentSigning;
    expect(await problemsOf(inputs)).toEqual(['subject is required for document_signing_org_2 orders.']);
    expect(await problemsOf({ ...inputs, subject: 'name: A\nemail: nobody' })).toEqual([
      'subject: missing job_title, phone. Allowed: a mapping with name, job_title, phone, email.',
    ]);
    expect(await problemsOf({ ...inputs, subject: 'name: A\njob_title: B\nphone: 1\nemail: nobody' })).toEqual([
      'subject: email "nobody" is not an e-mail address. Allowed: an address such as name@example.com.',
    ]);
  });

  it('sends csa-agreed-to true or 1 as 1, and false or 0 as 0', async () => {
    for (const [written, sent] of [
      ['true', 1],
      ['1', 1],
      ['FALSE', 0],
      ['0', 0],
    ] as const) {
      const { settings } = await settingsOf({ ...VALID.documentSigning, 'csa-agreed-to': written });
      expect(settings?.fields['csa-agreed-to']).toBe(sent);
    }
    expect(await problemsOf({ ...VALID.documentSigning, 'csa-agreed-to': 'yes' })).toEqual([
      'csa-agreed-to: "yes" is not allowed. Allowed: 1, 0, true, True, TRUE, false, False, FALSE (true sends 1).',
    ]);
  });

  it('sends ship_info.method in lower case, as the document signing page writes it', async () => {
    const shipInfo = 'name: A\naddr1: B\ncity: C\nstate: D\nzip: "1"\ncountry: us\nmethod: EXPEDITED';
    const { settings } = await settingsOf({
      ...VALID.documentSigning,
      'cs-provisioning-method': 'ship_token',
      'ship-info': shipInfo,
    });
    expect(settings?.fields['ship-info']).toMatchObject({ method: 'expedited' });
  });

  it('needs a CSR with the email method', async () => {
    expect(await problemsOf({ ...VALID.documentSigning, 'cs-provisioning-method': 'email' })).toEqual([
      'csr (or csr-file) is required for document_signing_org_2 when cs-provisioning-method is email.',
    ]);
  });

  it('takes user ids as whole numbers', async () => {
    const { settings } = await settingsOf({ ...VALID.documentSigning, 'user-id-assignments': '11, 12\n13' });
    expect(settings?.fields['user-id-assignments']).toEqual([11, 12, 13]);
    expect(await problemsOf({ ...VALID.documentSigning, 'user-id-assignments': '11, x' })).toEqual([
      'user-id-assignments: "x" is not a whole number. Allowed: whole numbers from 1.',
    ]);
  });
});

describe('client certificate rules', () => {
  it('needs common-name and valid emails', async () => {
    const { 'common-name': _cn, emails: _emails, ...inputs } = VALID.client;
    expect(await problemsOf(inputs)).toEqual([
      'common-name is required for client_authentication_plus orders.',
      'emails is required for client_authentication_plus orders.',
    ]);
    expect(await problemsOf({ ...VALID.client, emails: 'a@example.com, b@, c' })).toEqual([
      'emails: not an e-mail address: "b@", "c". Allowed: addresses such as name@example.com.',
    ]);
  });
});

describe('reissue rules', () => {
  const reissue = {
    'api-key': 'k',
    operation: 'reissue',
    'order-id': '112233',
    csr: CSR,
    'common-name': 'example.com',
  };

  it('needs common-name for a client certificate, and refuses it for code and document signing orders, named by product', async () => {
    const { 'common-name': _omitted, ...withoutName } = reissue;
    // Without product, the order's own product decides once it is read (reissue.ts).
    await settingsOf(withoutName);
    await settingsOf({ ...withoutName, product: 'document_signing_org_2' });
    expect(await problemsOf({ ...withoutName, product: 'client_premium_sha2' })).toEqual([
      'common-name is required for a reissue.',
    ]);
    expect(await problemsOf({ ...reissue, product: 'document_signing_org_2' })).toEqual([
      "common-name does not apply to a reissue of a document_signing_org_2 order: DigiCert's current reissue page says to leave common_name out of code signing, EV code signing and document signing reissues; remove it.",
    ]);
  });

  it('needs a whole-number order-id, and a CSR for a client certificate', async () => {
    await settingsOf(reissue);
    const { csr: _noCsr, ...withoutCsr } = reissue;
    expect(await problemsOf({ ...withoutCsr, 'order-id': '12ab' })).toEqual([
      'order-id: "12ab" is not an order id. Allowed: a whole number from 1.',
    ]);
    expect(await problemsOf({ ...withoutCsr, product: 'client_authentication_plus' })).toEqual([
      'csr (or csr-file) is required for a reissue.',
    ]);
    expect(await problemsOf({ ...reissue, 'order-id': '' })).toEqual([
      'order-id is required for operation reissue. Allowed: a whole number (the CertCentral order id).',
    ]);
  });

  it('takes a CSR on a signing reissue only with the HSM method: email needs one, a token method takes none', async () => {
    const { 'common-name': _name, csr: _csr, ...signing } = reissue;
    const codeSigning = { ...signing, product: 'code_signing', 'server-platform-id': '52' };
    expect(await problemsOf({ ...codeSigning, 'cs-provisioning-method': 'email' })).toEqual([
      'csr (or csr-file) is required for a reissue with cs-provisioning-method email: the key is on your HSM.',
    ]);
    await settingsOf({ ...codeSigning, 'cs-provisioning-method': 'email', csr: CSR });
    await settingsOf({ ...codeSigning, 'cs-provisioning-method': 'ship_token' });
    for (const method of ['ship_token', 'client_app']) {
      expect(await problemsOf({ ...codeSigning, 'cs-provisioning-method': method, csr: CSR })).toEqual([
        `csr (or csr-file) does not apply to a reissue with cs-provisioning-method ${method}: DigiCert puts the key on the token, and the token methods take no CSR; remove it.`,
      ]);
    }
    // Without a method given, the order's own decides once it is read.
    await settingsOf(codeSigning);
    await settingsOf({ ...codeSigning, csr: CSR });
  });

  it('refuses order-only inputs', async () => {
    expect(
      await problemsOf({ ...reissue, 'organization-id': '5', 'validity-years': '1', emails: 'a@example.com' }),
    ).toEqual([
      'emails does not apply to a reissue. It applies to orders of client certificate and Secure Email products; remove it.',
      'validity-years does not apply to a reissue. It applies to orders of every product; remove it.',
      'organization-id does not apply to a reissue. It applies to orders of every product; remove it.',
    ]);
    // A reissue takes idempotency: it derives the reissue's key.
    expect((await check({ ...reissue, idempotency: 'false' })).problems).toEqual([]);
  });

  it('allows only sha256 when reissuing a code or document signing order, and sha384 and sha512 otherwise', async () => {
    const { 'common-name': _omitted, ...signing } = reissue;
    for (const product of ['code_signing', 'document_signing_org_1']) {
      const inputs = { ...signing, product, 'server-platform-id': '52' };
      expect(await problemsOf({ ...inputs, 'signature-hash': 'sha384' })).toEqual([
        'signature-hash: "sha384" is not allowed. Allowed: sha256.',
      ]);
    }
    for (const inputs of [reissue, { ...reissue, product: 'client_premium_sha2' }]) {
      expect((await settingsOf({ ...inputs, 'signature-hash': 'sha512' })).settings?.fields['signature-hash']).toBe(
        'sha512',
      );
    }
  });

  it('applies the code signing reissue rules when the product is given', async () => {
    const { 'common-name': _omitted, ...codeSigningReissue } = reissue;
    expect(await problemsOf({ ...codeSigningReissue, product: 'code_signing' })).toEqual([
      'server-platform-id is required for a reissue.',
    ]);
  });

  it('refuses order-id on an order', async () => {
    expect(await problemsOf({ ...VALID.client, 'order-id': '5' })).toEqual([
      'order-id does not apply to operation order. It applies to operations reissue, status and renew; remove it.',
    ]);
  });
});
