import { describe, expect, it } from 'vitest';
import {
  carriesReissueKey,
  deriveOrderKey,
  deriveReissueKey,
  orderKey,
  reissueComments,
  withOrderKey,
} from '../src/operations/idempotency.ts';
import { orderRequest } from '../src/operations/order.ts';
import { reissueRequest } from '../src/operations/reissue.ts';
import type { Settings } from '../src/inputs/settings.ts';

/** The order or reissue request the settings describe. */
const buildRequest = (settings: Settings) =>
  settings.operation === 'reissue' ? reissueRequest(settings) : orderRequest(settings);
import { check, VALID } from './helpers/inputs.ts';
import { CSR } from './helpers/seeds.ts';

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

describe('orderKey', () => {
  it('derives a key in GitHub Actions, and adds it to the body', async () => {
    const settings = await settingsFor(VALID.client);
    const request = buildRequest(settings);
    const key = orderKey(settings, request, ACTIONS);
    expect(key).toEqual({ value: deriveOrderKey(RUN, request.body!), derived: true });
    expect(withOrderKey(request, key).body).toEqual({ ...request.body, alternative_order_id: key?.value });
  });

  it("uses the user's alternative-order-id as it is, in or outside Actions", async () => {
    const settings = await settingsFor({ ...VALID.client, 'alternative-order-id': 'release7' });
    const request = buildRequest(settings);
    expect(orderKey(settings, request, ACTIONS)).toEqual({ value: 'release7', derived: false });
    expect(orderKey(settings, request, NOT_ACTIONS)).toEqual({ value: 'release7', derived: false });
    expect(withOrderKey(request, orderKey(settings, request, NOT_ACTIONS))).toBe(request);
  });

  it('adds nothing outside Actions or with idempotency: false', async () => {
    const settings = await settingsFor(VALID.client);
    expect(orderKey(settings, buildRequest(settings), NOT_ACTIONS)).toBeUndefined();
    const off = await settingsFor({ ...VALID.client, idempotency: 'false' });
    expect(orderKey(off, buildRequest(off), ACTIONS)).toBeUndefined();
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
    const request = buildRequest(settings);
    const key = orderKey(settings, request, ACTIONS);
    expect(key).toEqual({ value: deriveReissueKey(RUN, 1, request.body ?? {}), derived: true, reissue: true });
    expect(withOrderKey(request, key).body).toEqual({ ...request.body, comments: `reissue key ${key?.value}` });
    const commented = await settingsFor({ ...REISSUE, comments: 'Key rotation' });
    const commentedKey = orderKey(commented, buildRequest(commented), ACTIONS);
    const sent = withOrderKey(buildRequest(commented), commentedKey);
    expect(sent.body?.comments).toBe(`Key rotation\n\nreissue key ${commentedKey?.value}`);
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
    expect(orderKey(settings, buildRequest(settings), NOT_ACTIONS)).toBeUndefined();
    const off = await settingsFor({ ...REISSUE, idempotency: 'false' });
    expect(orderKey(off, buildRequest(off), ACTIONS)).toBeUndefined();
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
