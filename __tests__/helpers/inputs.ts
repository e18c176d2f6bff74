import {
  readSettings,
  type InputCheck,
  type OrderSettings,
  type RenewSettings,
  type Settings,
} from '../../src/inputs/settings.ts';

/** A fixed "today" so date rules are tested against known distances. */
export const NOW = new Date('2026-11-25T12:00:00Z');

/**
 * The settings of any operation, read in a test as if each had every field: each operation's own type carries only
 * what it has (a test that reads `fields` of a status run sees undefined).
 */
export type AnySettings = Settings &
  Pick<OrderSettings, 'fields'> &
  Partial<Pick<RenewSettings, 'orderId' | 'product' | 'renewWithinDays' | 'csrKey'>>;

export async function check(
  inputs: Record<string, string>,
  now = NOW,
): Promise<Omit<InputCheck, 'settings'> & { readonly settings?: AnySettings }> {
  return (await readSettings((name) => (inputs[name] ?? '').trim(), now)) as Omit<InputCheck, 'settings'> & {
    readonly settings?: AnySettings;
  };
}

/** Minimal valid order inputs per product family. */
export const VALID = {
  codeSigning: {
    'api-key': 'k',
    product: 'code_signing',
    'organization-id': '1',
    'validity-years': '1',
    'server-platform-id': '52',
  },
  documentSigning: {
    'api-key': 'k',
    product: 'document_signing_org_2',
    'organization-id': '1',
    'validity-years': '1',
    subject: 'name: A\njob_title: B\nphone: "1"\nemail: a@example.com',
  },
  client: {
    'api-key': 'k',
    product: 'client_authentication_plus',
    'organization-id': '1',
    'validity-years': '1',
    'common-name': 'Jane Doe',
    emails: 'jane@example.com',
  },
} satisfies Record<string, Record<string, string>>;
