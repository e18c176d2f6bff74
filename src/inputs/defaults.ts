/**
 * Every input's default, in one table: action.yml declares the same (a test keeps them equal), the README and the
 * CLI help show them from here, and the readers parse a missing input from here. The runner hands a default over
 * exactly as if the user had written it, so an input holding its default counts as not written: it is never refused
 * as not applying, and a run given the default by the runner behaves exactly as one given nothing.
 */
export const INPUT_DEFAULTS = {
  region: 'us',
  operation: 'order',
  'renew-within-days': '30',
  'wait-for-issuance': 'false',
  'wait-timeout': '900',
  'poll-interval': '15',
  'dry-run': 'false',
  'signature-hash': 'sha256',
  idempotency: 'true',
  'max-attempts': '5',
  'request-timeout': '60',
} as const satisfies Readonly<Record<string, string>>;

export type DefaultedInput = keyof typeof INPUT_DEFAULTS;

export function hasDefault(name: string): name is DefaultedInput {
  return Object.hasOwn(INPUT_DEFAULTS, name);
}
