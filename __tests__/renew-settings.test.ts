/** The inputs of operation renew: its window, its order inputs (none required), and the inputs it sets itself. */
import { describe, expect, it } from 'vitest';
import { check } from './helpers/inputs.ts';

const RENEW = { 'api-key': 'k', operation: 'renew', 'order-id': '112233' };

describe('operation renew', () => {
  it('needs only order-id: a window of 30 days, no product, and no signature hash unless given', async () => {
    const { settings, problems, warnings } = await check(RENEW);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(settings).toMatchObject({ operation: 'renew', orderId: 112233, product: undefined, renewWithinDays: 30 });
    expect(settings?.fields).toEqual({});
  });

  it('takes the order inputs of every product and the reissue inputs, without requiring any', async () => {
    const { settings, problems } = await check({
      ...RENEW,
      'validity-years': '1',
      'ship-info': 'name: A\naddr1: B\ncity: C\nstate: D\nzip: "1"\ncountry: us\nmethod: STANDARD',
      subject: '{"name": "A", "job_title": "B", "phone": "1", "email": "a@example.com"}',
      'dns-names': 'example.com',
      'signature-hash': 'sha384',
    });
    expect(problems).toEqual([]);
    expect(Object.keys(settings?.fields ?? {}).sort()).toEqual(
      ['dns-names', 'ship-info', 'signature-hash', 'subject', 'validity-years'].sort(),
    );
  });

  it("with a product, refuses inputs that product's renewals and reissues do not take", async () => {
    const { problems } = await check({ ...RENEW, product: 'code_signing', emails: 'a@example.com' });
    expect(problems).toEqual([
      'emails does not apply to code_signing renewals and reissues. It applies to orders of client certificate and Secure Email products; remove it.',
    ]);
  });

  it('reads renew-within-days from 1 to 90', async () => {
    expect((await check({ ...RENEW, 'renew-within-days': '90' })).settings?.renewWithinDays).toBe(90);
    for (const raw of ['0', '91', '2.5', 'soon']) {
      expect((await check({ ...RENEW, 'renew-within-days': raw })).problems).toEqual([
        `renew-within-days: "${raw}" is ${raw === '91' ? 'too large' : 'not allowed'}. Allowed: a whole number from 1 to 90.`,
      ]);
    }
  });

  it('refuses renew-within-days with other operations', async () => {
    const { problems } = await check({
      'api-key': 'k',
      operation: 'status',
      'order-id': '1',
      'renew-within-days': '5',
    });
    expect(problems).toEqual([
      'renew-within-days does not apply to operation status. It applies to operation renew; remove it.',
    ]);
  });

  it('refuses the inputs it sets itself, and idempotency: false, but not idempotency: true', async () => {
    const { problems } = await check({
      ...RENEW,
      'renewal-of-order-id': '1',
      'alternative-order-id': 'mine',
      idempotency: 'false',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^renewal-of-order-id does not apply to operation renew: /),
      expect.stringMatching(/^alternative-order-id does not apply to operation renew: /),
      expect.stringMatching(/^idempotency: false does not apply to operation renew: /),
    ]);
    expect((await check({ ...RENEW, idempotency: 'true' })).problems).toEqual([]);
  });
});
