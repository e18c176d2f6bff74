/** operation renew's pure part: what the order info says, which action is due, and the fields it sends. */
import { describe, expect, it } from 'vitest';
import { parseOrderInfo, type OrderInfo } from '../src/certcentral/order-info.ts';
import {
  actionWhenDue,
  decideRenewal,
  reissueFields,
  renewalFacts,
  renewalFields,
  renewalKey,
  type RenewalFacts,
} from '../src/operations/renew-plan.ts';

const NOW = new Date('2026-11-25T12:00:00Z');

function info(answer: Record<string, unknown>): OrderInfo {
  return parseOrderInfo(answer, JSON.stringify(answer)) as OrderInfo;
}

function facts(overrides: Partial<RenewalFacts> = {}): RenewalFacts {
  return {
    orderId: 7,
    status: 'issued',
    product: 'code_signing',
    certificateId: 70,
    serialNumber: '0A1B',
    validTill: '2026-12-25',
    daysRemaining: undefined,
    orderValidTill: '',
    isRenewed: false,
    renewedOrderId: undefined,
    pendingReissue: false,
    own: {},
    ...overrides,
  };
}

describe('renewalFacts', () => {
  it("reads the order's own values at the paths DigiCert's order-info page names", () => {
    const read = renewalFacts(
      info({
        id: 7,
        status: 'issued',
        product: { name_id: 'code_signing_ev' },
        certificate: {
          id: 70,
          valid_till: '2026-12-25',
          days_remaining: 30,
          cert_validity: { years: 1 },
          organization: { id: 5 },
          server_platform: { id: -1 },
          signature_hash: 'sha384',
          organization_units: ['A', 'B'],
        },
        organization: { id: 6 },
        container: { id: 9 },
        cs_provisioning_method: 'email',
        order_valid_till: '2028-11-01',
        requests: [{ id: 1, status: 'pending', type: 'reissue' }],
      }),
    );
    expect(read).toMatchObject({
      product: 'code_signing_ev',
      daysRemaining: 30,
      orderValidTill: '2028-11-01',
      isRenewed: false,
      pendingReissue: true,
      own: {
        'organization-id': 5,
        'container-id': 9,
        'server-platform-id': -1,
        'signature-hash': 'sha384',
        'cs-provisioning-method': 'email',
        'organization-units': ['A', 'B'],
        'validity-years': 1,
      },
    });
  });

  it("prefers the order's term (validity_years) to the certificate's, and a top-level organization when the certificate has none", () => {
    const read = renewalFacts(
      info({
        id: 7,
        status: 'issued',
        validity_years: 3,
        certificate: { cert_validity: { days: 459 } },
        organization: { id: 6 },
        renewed_order_id: 8,
      }),
    );
    expect(read.own).toEqual({ 'organization-id': 6, 'validity-years': 3 });
    expect(read).toMatchObject({ isRenewed: true, renewedOrderId: 8 });
  });
});

describe('decideRenewal', () => {
  const decide = (overrides: Partial<RenewalFacts>, window = 30) => decideRenewal(facts(overrides), window, NOW);

  it('acts on the last day of the window, not the day before it', () => {
    expect(decide({ validTill: '2026-12-25' }).action).toBe('renew');
    expect(decide({ validTill: '2026-12-26' }).action).toBe('none');
  });

  it('reissues while the coverage runs more than the window past the expiry, and renews at exactly the window', () => {
    expect(decide({ validTill: '2026-12-05', orderValidTill: '2027-01-05' }).action).toBe('reissue');
    expect(decide({ validTill: '2026-12-05', orderValidTill: '2027-01-04' }).action).toBe('renew');
  });

  it('counts the coverage from today once the certificate has expired', () => {
    const decision = decide({ validTill: '2026-11-20', orderValidTill: '2026-12-30' });
    expect(decision).toEqual({
      action: 'reissue',
      reason:
        "Certificate 70 of order 7 was valid till 2026-11-20, 5 days before today (2026-11-25): within renew-within-days (30). The order's coverage runs till 2026-12-30 (order_valid_till), 35 days past today, more than 30: a reissue of the same order, at no cost.",
    });
  });

  it('uses days_remaining when the order shows no valid_till, and fails when it shows neither', () => {
    expect(decide({ validTill: '', daysRemaining: 10 }).reason).toBe(
      'Certificate 70 of order 7 has 10 days left (days_remaining) on 2026-11-25: within renew-within-days (30). The order has no coverage past its certificate (no order_valid_till): a renewal, a new order.',
    );
    expect(decide({ validTill: '' })).toMatchObject({ action: 'failed', kind: 'expiry-unknown' });
  });

  it('follows a renewal first, whatever the status', () => {
    for (const status of ['issued', 'expired', 'revoked']) {
      expect(decide({ status, isRenewed: true, renewedOrderId: 8 }).action).toBe('renewed-already');
    }
  });

  it('fails on revoked, rejected and canceled; renews expired; waits on pending and unknown statuses', () => {
    expect(decide({ status: 'revoked' }).action).toBe('failed');
    expect(decide({ status: 'rejected' }).action).toBe('failed');
    expect(decide({ status: 'canceled' }).action).toBe('failed');
    expect(decide({ status: 'expired', validTill: '2020-01-01' }).action).toBe('renew');
    expect(decide({ status: 'pending' }).action).toBe('pending');
    expect(decide({ status: 'issued', pendingReissue: true }).action).toBe('pending');
    expect(decide({ status: 'on_hold' }).reason).toBe(
      'Order 7 is on_hold (a status this action does not know): not issued yet, so nothing is sent now.',
    );
  });
});

describe('actionWhenDue', () => {
  it('is a reissue while the coverage runs more than the window past the expiry, else a renewal', () => {
    expect(actionWhenDue(facts({ validTill: '2027-06-01', orderValidTill: '2027-07-02' }), 30)).toBe('reissue');
    expect(actionWhenDue(facts({ validTill: '2027-06-01', orderValidTill: '2027-07-01' }), 30)).toBe('renew');
    expect(actionWhenDue(facts({ validTill: '2027-06-01' }), 30)).toBe('renew');
  });
});

describe('renewalKey', () => {
  it('depends only on the order and its certificate, and is alphanumeric', () => {
    expect(renewalKey(facts())).toBe('renew7c70');
    expect(renewalKey(facts({ certificateId: undefined, serialNumber: '0a:1b' }))).toBe('renew7s0a1b');
    expect(renewalKey(facts({ certificateId: undefined, serialNumber: '' }))).toBe('renew7');
  });
});

describe('renewalFields', () => {
  it('sends sha256 in place of another copied hash, saying so, and refuses another given one', () => {
    const own = { 'organization-id': 1, 'server-platform-id': 52, 'signature-hash': 'sha384', 'validity-years': 1 };
    const copied = renewalFields(facts({ own }), 'code_signing', {}, 'renew7c70', NOW);
    expect(copied.values['signature-hash']).toBe('sha256');
    expect(copied.notes).toEqual(['signature_hash sha384 of order 7 is not copied: an order takes sha256 only.']);
    expect(copied.findings.problems).toEqual([]);
    const given = renewalFields(facts({ own }), 'code_signing', { 'signature-hash': 'sha512' }, 'renew7c70', NOW);
    expect(given.findings.problems).toEqual([
      'signature-hash: "sha512" is not allowed for a renewal, a new order. Allowed: sha256.',
    ]);
  });

  it('lets new organization details and a custom expiration date replace the copied id and term', () => {
    const own = { 'organization-id': 1, 'server-platform-id': 52, 'validity-years': 1 };
    const planned = renewalFields(
      facts({ own }),
      'code_signing',
      { organization: { name: 'New Org' }, 'custom-expiration-date': '2027-06-01' },
      'renew7c70',
      NOW,
    );
    expect(planned.values).not.toHaveProperty('organization-id');
    expect(planned.values).not.toHaveProperty('validity-years');
    expect(planned.findings.problems).toEqual([]);
  });

  it("notes a copied value the product's orders take no field for", () => {
    const own = {
      'organization-id': 1,
      'server-platform-id': 52,
      'validity-years': 1,
      'cs-provisioning-method': 'email',
    };
    const planned = renewalFields(
      facts({ own }),
      'client_premium_sha2',
      { 'common-name': 'x', emails: ['a@b.c'] },
      'k',
      NOW,
    );
    expect(planned.notes).toEqual([
      'server-platform-id 52 of order 7 is not copied: client_premium_sha2 orders take no server-platform-id.',
      'cs-provisioning-method "email" of order 7 is not copied: client_premium_sha2 orders take no cs-provisioning-method.',
    ]);
  });
});

describe('reissueFields', () => {
  it("leaves the common name out of a code signing reissue, and keeps a client certificate's", () => {
    const own = { 'common-name': 'Org', 'server-platform-id': 52, 'signature-hash': 'sha384' };
    // A code signing reissue takes sha256 only: an order's other hash is not copied, and the log says so.
    const codeSigning = reissueFields(facts({ own }), 'code_signing', { csr: 'CSR' });
    expect(codeSigning.values).toEqual({ 'server-platform-id': 52, 'signature-hash': 'sha256', csr: 'CSR' });
    expect(codeSigning.notes).toEqual([
      'signature_hash sha384 of order 7 is not copied: a reissue of a code_signing order takes sha256.',
    ]);
    expect(codeSigning.findings.problems).toEqual([]);
    expect(reissueFields(facts({ own }), 'client_premium_sha2', { csr: 'CSR' }).values).toEqual({
      'common-name': 'Org',
      'server-platform-id': 52,
      'signature-hash': 'sha384',
      csr: 'CSR',
    });
  });
});
