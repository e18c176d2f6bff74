import { afterEach, describe, expect, it, vi } from 'vitest';
import { check, VALID } from './helpers/inputs.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('waiting inputs', () => {
  it('default to no waiting, 900 s, 15 s, and RUNNER_TEMP', async () => {
    vi.stubEnv('RUNNER_TEMP', '/runner/temp');
    const { settings } = await check(VALID.client);
    expect(settings?.pickUp).toEqual({
      waitForIssuance: false,
      waitTimeoutSeconds: 900,
      pollIntervalSeconds: 15,
      outputDir: '/runner/temp',
      folderPerOrder: true,
    });
  });

  it('fall back to the current directory without RUNNER_TEMP', async () => {
    vi.stubEnv('RUNNER_TEMP', '');
    expect((await check(VALID.client)).settings?.pickUp.outputDir).toBe(process.cwd());
  });

  it('take fractional seconds from 0.1, and warn about a short poll interval', async () => {
    const result = await check({
      ...VALID.client,
      'wait-for-issuance': 'true',
      'wait-timeout': '2.5',
      'poll-interval': '0.1',
      'output-dir': 'certs',
    });
    expect(result.settings?.pickUp).toEqual({
      waitForIssuance: true,
      waitTimeoutSeconds: 2.5,
      pollIntervalSeconds: 0.1,
      outputDir: 'certs',
      folderPerOrder: false,
    });
    expect(result.warnings).toEqual([
      "poll-interval: 0.1 seconds is short. Every pipeline using this API key shares DigiCert's rate limit (1000 requests per 3 minutes); the default is 15.",
    ]);
  });

  it('name the input and the allowed values for bad values, all at once', async () => {
    const result = await check({
      ...VALID.client,
      'wait-for-issuance': 'yes',
      'wait-timeout': '0.05',
      'poll-interval': '-1',
    });
    expect(result.settings).toBeUndefined();
    expect(result.problems).toEqual([
      'wait-for-issuance: "yes" is not a boolean. Allowed: true, True, TRUE, false, False, FALSE.',
      'wait-timeout: "0.05" is not a number of seconds. Allowed: a number from 0.1 to 604800 (7 days).',
      'poll-interval: "-1" is not a number of seconds. Allowed: a number from 0.1 to 3600 (1 hour).',
    ]);
  });

  it('refuse values past their upper bounds, Infinity included, naming the range', async () => {
    const result = await check({
      ...VALID.client,
      'wait-timeout': '9'.repeat(400),
      'poll-interval': '3600.5',
      'request-timeout': '99999999999',
      'max-attempts': '21',
    });
    expect(result.settings).toBeUndefined();
    expect(result.problems).toEqual([
      `wait-timeout: "${'9'.repeat(400)}" is too large. Allowed: a number from 0.1 to 604800 (7 days).`,
      'poll-interval: "3600.5" is too large. Allowed: a number from 0.1 to 3600 (1 hour).',
      'max-attempts: "21" is too large. Allowed: a whole number from 1 to 20.',
      'request-timeout: "99999999999" is too large. Allowed: a number from 0.1 to 3600 (1 hour).',
    ]);
  });

  it('take each upper bound itself', async () => {
    const result = await check({
      ...VALID.client,
      'wait-timeout': '604800',
      'poll-interval': '3600',
      'request-timeout': '3600',
      'max-attempts': '20',
    });
    expect(result.problems).toEqual([]);
    expect(result.settings?.pickUp).toMatchObject({ waitTimeoutSeconds: 604_800, pollIntervalSeconds: 3600 });
    expect(result.settings?.safety).toMatchObject({ requestTimeoutSeconds: 3600, maxAttempts: 20 });
  });
});

describe('operation status', () => {
  it('needs only the key and an order id, and sends no body field', async () => {
    const result = await check({ 'api-key': 'k', operation: 'status', 'order-id': '42' });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.settings).toMatchObject({ operation: 'status', orderId: 42 });
    // Status settings carry only what a read has: no product, no body fields.
    expect(result.settings).not.toHaveProperty('product');
    expect(result.settings).not.toHaveProperty('fields');
  });

  it('refuses every order or reissue input', async () => {
    const result = await check({ ...VALID.codeSigning, operation: 'status', 'order-id': '42' });
    expect(result.settings).toBeUndefined();
    expect(result.problems).toEqual([
      'product does not apply to operation status. It applies to operations order, reissue and renew; remove it.',
      'server-platform-id does not apply to operation status. It applies to orders of code signing and document signing products, and to reissues; remove it.',
      'validity-years does not apply to operation status. It applies to orders of every product; remove it.',
      'organization-id does not apply to operation status. It applies to orders of every product; remove it.',
    ]);
  });
});
