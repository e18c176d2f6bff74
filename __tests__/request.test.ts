import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orderRequest, reissueRequest } from '../src/operations/requests.ts';
import { buildBody } from '../src/rules/body.ts';
import { check, type AnySettings } from './helpers/inputs.ts';
import { CSR, pageBodies, SEED_BODY_FILES, SEED_EXAMPLES, SEED_PAGES_DIR, seedBodies } from './helpers/seeds.ts';

async function requestFor(inputs: Record<string, string>) {
  // order-id applies to a reissue, not to an order.
  const orderId: Record<string, string> = inputs.operation === 'reissue' ? { 'order-id': '112233' } : {};
  const result = await check({ 'api-key': 'k', ...orderId, ...inputs });
  expect(result.problems).toEqual([]);
  return buildRequest(result.settings!);
}

/** The order or reissue request the settings describe, outside GitHub Actions (no key is derived). */
function buildRequest(settings: AnySettings) {
  const outside = () => undefined;
  return settings.operation === 'reissue'
    ? reissueRequest(settings, outside).request
    : orderRequest(settings as Extract<AnySettings, { operation: 'order' }>, outside).request;
}

// Outside this workplace (e.g. on GitHub) the pages are not beside the clone; the recorded bodies still are.
describe.skipIf(!existsSync(SEED_PAGES_DIR))("the recorded bodies are the seed pages' (needs ../shared/seeds)", () => {
  it('records every seed page', () => {
    expect([...SEED_BODY_FILES].sort()).toEqual(readdirSync(SEED_PAGES_DIR).sort());
  });

  for (const file of SEED_BODY_FILES) {
    it(file, () => {
      expect(pageBodies(file)).toEqual(seedBodies(file).map(withPlaceholderCsr));
    });
  }
});

describe("each seed's example request, given as inputs, builds that seed's example body", () => {
  it('covers every seed page', () => {
    expect(SEED_EXAMPLES.map((example) => example.file).sort()).toEqual([...SEED_BODY_FILES].sort());
  });

  for (const example of SEED_EXAMPLES) {
    it(example.name, async () => {
      const [body, variantBody] = seedBodies(example.file);
      const request = await requestFor(example.inputs);
      expect(request.body).toEqual(body);
      if ('variantInputs' in example) {
        expect(variantBody).toBeDefined();
        expect((await requestFor({ ...example.inputs, ...example.variantInputs })).body).toEqual(variantBody);
      } else {
        expect(variantBody).toBeUndefined();
      }
    });
  }

  it('the code signing example builds the same body for code_signing as for code_signing_ev', async () => {
    for (const example of SEED_EXAMPLES.filter(({ file }) => file.startsWith('order-code-signing'))) {
      const request = await requestFor({ ...example.inputs, product: 'code_signing' });
      expect(request).toMatchObject({ path: '/order/certificate/code_signing', body: seedBodies(example.file)[0] });
    }
  });
});

function withPlaceholderCsr(body: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(body).replaceAll(JSON.stringify(CSR), '"<csr>"'));
}

describe('orderRequest and reissueRequest', () => {
  it('posts an order to its product path and a reissue to its order path', async () => {
    const order = await requestFor(SEED_EXAMPLES[2].inputs);
    expect(order).toMatchObject({ method: 'POST', path: '/order/certificate/document_signing_org_1' });
    const reissue = await requestFor(SEED_EXAMPLES[4].inputs);
    expect(reissue).toMatchObject({ method: 'POST', path: '/order/certificate/112233/reissue' });
  });
});

describe('buildBody', () => {
  it('holds exactly the fields that are set, plus signature_hash', () => {
    expect(buildBody({ 'signature-hash': 'sha256', 'organization-id': 7, 'validity-years': 1 })).toEqual({
      certificate: { signature_hash: 'sha256' },
      organization: { id: 7 },
      validity_years: 1,
    });
  });

  it('puts skip_duplicate_org_check into the new organization details without changing them', () => {
    const details = { name: 'Example Inc.', country: 'us' };
    const body = buildBody({ organization: details, 'skip-duplicate-org-check': true });
    expect(body.organization).toEqual({ name: 'Example Inc.', country: 'us', skip_duplicate_org_check: true });
    expect(details).toEqual({ name: 'Example Inc.', country: 'us' });
  });

  it('sends whole numbers as JSON numbers and booleans as JSON booleans', () => {
    const body = JSON.stringify(buildBody({ 'auto-renew': 2, 'skip-approval': false, 'csa-agreed-to': 1 }));
    expect(body).toBe('{"skip_approval":false,"csa_agreed_to":1,"auto_renew":2}');
  });
});
