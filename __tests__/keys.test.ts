/** The keys of never-twice: derived from the run, carried in the body, matched in a reissue's comments. */
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../src/never-twice/keys.ts';
import { carriesReissueKey, deriveOrderKey, deriveReissueKey, reissueComments } from '../src/never-twice/keys.ts';
import { orderRequest, reissueRequest } from '../src/operations/requests.ts';
import { check, VALID, type AnySettings } from './helpers/inputs.ts';
import { CSR } from './helpers/seeds.ts';

/** The order or reissue request, and its key, that the settings describe in this run (or outside Actions). */
const built = (settings: AnySettings, run: () => RunContext | undefined) =>
  settings.operation === 'reissue'
    ? reissueRequest(settings, run)
    : orderRequest(settings as Extract<AnySettings, { operation: 'order' }>, run);

const RUN = { repository: 'octo-org/release', runId: '16123456789', job: 'sign', step: 'order' };
const ACTIONS = () => RUN;
const NOT_ACTIONS = () => undefined;
const BODY = { certificate: { common_name: 'a', signature_hash: 'sha256' }, validity_years: 1 };

async function settingsFor(inputs: Record<string, string>) {
  const result = await check(inputs);
  expect(result.problems).toEqual([]);
  return result.settings!;
}

describe('deriveOrderKey', () => {
  it('is gha{run id}x{hex}: letters and digits, 64 at most', () => {
    const key = deriveOrderKey(RUN, BODY);
    expect(key).toMatch(/^gha16123456789x[0-9a-f]{49}$/);
    expect(key).toHaveLength(64);
    expect(deriveOrderKey({ ...RUN, repository: 'o'.repeat(39) + '/' + 'r'.repeat(100) }, BODY)).toHaveLength(64);
  });

  it('is the same for the same run, job and body, whatever the key order of the body', () => {
    const reordered = { validity_years: 1, certificate: { signature_hash: 'sha256', common_name: 'a' } };
    expect(deriveOrderKey(RUN, reordered)).toBe(deriveOrderKey(RUN, BODY));
  });

  it('differs by repository, run, job, step and body', () => {
    const keys = [
      deriveOrderKey(RUN, BODY),
      deriveOrderKey({ ...RUN, repository: 'octo-org/other' }, BODY),
      deriveOrderKey({ ...RUN, runId: '16123456790' }, BODY),
      deriveOrderKey({ ...RUN, job: 'sign-windows' }, BODY),
      deriveOrderKey({ ...RUN, step: 'order-again' }, BODY),
      deriveOrderKey(RUN, { ...BODY, validity_years: 2 }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves a key in the body out of the hash', () => {
    expect(deriveOrderKey(RUN, { ...BODY, alternative_order_id: 'x' })).toBe(deriveOrderKey(RUN, BODY));
  });
});

describe("an order's key", () => {
  it('is derived in GitHub Actions, from the body without it, and added to the body', async () => {
    const settings = await settingsFor(VALID.client);
    const { request, key } = built(settings, ACTIONS);
    const { alternative_order_id: sentKey, ...body } = request.body ?? {};
    expect(key).toEqual({ kind: 'run', value: deriveOrderKey(RUN, body) });
    expect(sentKey).toBe(key?.value);
  });

  it("is the user's alternative-order-id as it is, in or outside Actions", async () => {
    const settings = await settingsFor({ ...VALID.client, 'alternative-order-id': 'release7' });
    expect(built(settings, ACTIONS).key).toEqual({ kind: 'given', value: 'release7' });
    const outside = built(settings, NOT_ACTIONS);
    expect(outside.key).toEqual({ kind: 'given', value: 'release7' });
    expect(outside.request.body?.alternative_order_id).toBe('release7');
  });

  it('adds nothing outside Actions or with idempotency: false', async () => {
    const settings = await settingsFor(VALID.client);
    expect(built(settings, NOT_ACTIONS).key).toBeUndefined();
    expect(built(settings, NOT_ACTIONS).request.body).not.toHaveProperty('alternative_order_id');
    const off = await settingsFor({ ...VALID.client, idempotency: 'false' });
    expect(built(off, ACTIONS).key).toBeUndefined();
  });
});

describe('reissue keys', () => {
  const REISSUE = { 'api-key': 'k', operation: 'reissue', 'order-id': '1', csr: CSR, 'common-name': 'example.com' };

  const body = (csr?: string) => ({ certificate: { ...(csr && { csr }), signature_hash: 'sha256' } });

  it('derives ghr{run id}x{hex} from the run, job, step, order ID and body, whitespace in the CSR aside', () => {
    const key = deriveReissueKey(RUN, 1, body(CSR));
    expect(key).toMatch(/^ghr16123456789x[0-9a-f]{49}$/);
    expect(deriveReissueKey(RUN, 1, body(CSR.replace(/\n/g, '\r\n')))).toBe(key);
    const others = [
      deriveReissueKey(RUN, 2, body(CSR)),
      deriveReissueKey(RUN, 1, body(CSR.replace('MII', 'MIJ'))),
      deriveReissueKey({ ...RUN, runId: '16123456790' }, 1, body(CSR)),
      deriveReissueKey({ ...RUN, job: 'other' }, 1, body(CSR)),
      deriveReissueKey({ ...RUN, step: 'other' }, 1, body(CSR)),
      deriveReissueKey({ ...RUN, repository: 'octo-org/other' }, 1, body(CSR)),
      // A reissue onto a token carries no CSR, and a key all the same.
      deriveReissueKey(RUN, 1, body()),
    ];
    expect(new Set([key, ...others]).size).toBe(8);
  });

  it("travels in the comments, after the user's own, which are kept as written", async () => {
    const settings = await settingsFor(REISSUE);
    const { request, key } = built(settings, ACTIONS);
    const { comments, ...body } = request.body ?? {};
    expect(key).toEqual({ kind: 'run', value: deriveReissueKey(RUN, 1, body) });
    expect(comments).toBe(`reissue key ${key?.value}`);
    const commented = built(await settingsFor({ ...REISSUE, comments: 'Key rotation' }), ACTIONS);
    expect(commented.request.body?.comments).toBe(`Key rotation\n\nreissue key ${commented.key?.value}`);
    expect(reissueComments('', 'k1')).toBe('reissue key k1');
  });

  it('is found in comments only as a whole word', () => {
    expect(carriesReissueKey('Key rotation\n\nreissue key reissue12c5', 'reissue12c5')).toBe(true);
    expect(carriesReissueKey('reissue key reissue12c51', 'reissue12c5')).toBe(false);
    expect(carriesReissueKey('reissue key xreissue12c5', 'reissue12c5')).toBe(false);
    expect(carriesReissueKey('', 'reissue12c5')).toBe(false);
  });

  it('is not derived outside Actions or with idempotency: false', async () => {
    const settings = await settingsFor(REISSUE);
    expect(built(settings, NOT_ACTIONS).key).toBeUndefined();
    expect(built(settings, NOT_ACTIONS).request.body).not.toHaveProperty('comments');
    const off = await settingsFor({ ...REISSUE, idempotency: 'false' });
    expect(built(off, ACTIONS).key).toBeUndefined();
  });
});

describe('the safety inputs', () => {
  it('default to idempotency on, 5 tries and 60 s', async () => {
    expect((await settingsFor(VALID.client)).safety).toEqual({
      idempotency: true,
      maxAttempts: 5,
      requestTimeoutSeconds: 60,
    });
  });

  it('take fractions of a second and small numbers', async () => {
    const settings = await settingsFor({ ...VALID.client, 'max-attempts': '1', 'request-timeout': '0.25' });
    expect(settings.safety).toMatchObject({ maxAttempts: 1, requestTimeoutSeconds: 0.25 });
  });

  it('name the input and the allowed values', async () => {
    const result = await check({
      ...VALID.client,
      idempotency: 'yes',
      'max-attempts': '0',
      'request-timeout': '1m',
    });
    expect(result.problems).toEqual([
      'idempotency: "yes" is not a boolean. Allowed: true, True, TRUE, false, False, FALSE.',
      'max-attempts: "0" is not allowed. Allowed: a whole number from 1 to 20.',
      'request-timeout: "1m" is not a number of seconds. Allowed: a number from 0.1 to 3600 (1 hour).',
    ]);
  });
});
