import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FLAG_NAMES, parseCommandLine } from '../src/cli/args.ts';

describe('parseCommandLine', () => {
  it('reads the subcommand and flags written as --name value or --name=value', () => {
    expect(parseCommandLine(['order', '--product', 'code_signing', '--validity-years=1'])).toEqual({
      kind: 'run',
      subcommand: 'order',
      inputs: new Map([
        ['product', 'code_signing'],
        ['validity-years', '1'],
      ]),
      verbose: false,
    });
  });

  it('reads a bare boolean flag as true, and takes a following boolean as its value', () => {
    const command = parseCommandLine(['status', '--wait-for-issuance', '--dry-run', 'false', '--order-id', '5']);
    expect(command).toMatchObject({
      inputs: new Map([
        ['wait-for-issuance', 'true'],
        ['dry-run', 'false'],
        ['order-id', '5'],
      ]),
    });
  });

  it('takes 1 or 0 after --csa-agreed-to, which the page writes as 1, but not after other boolean flags', () => {
    expect(
      parseCommandLine(['order', '--csa-agreed-to', '1', '--skip-approval', '--validity-years', '1']),
    ).toMatchObject({
      inputs: new Map([
        ['csa-agreed-to', '1'],
        ['skip-approval', 'true'],
        ['validity-years', '1'],
      ]),
    });
    expect(parseCommandLine(['order', '--dry-run', '1'])).toMatchObject({ kind: 'usage-error' });
  });

  it('joins a repeated list flag with newlines', () => {
    const command = parseCommandLine(['order', '--emails', 'a@example.com', '--emails', 'b@example.com']);
    expect(command).toMatchObject({ inputs: new Map([['emails', 'a@example.com\nb@example.com']]) });
  });

  it('refuses the key as a flag, unknown flags, repeated single flags and a missing value, all at once', () => {
    expect(
      parseCommandLine([
        'rotate',
        '--api-key',
        'secret',
        '--prodcut',
        'x',
        '--comments',
        'a',
        '--comments',
        'b',
        '--order-id',
      ]),
    ).toEqual({
      kind: 'usage-error',
      problems: [
        '"rotate" is not a subcommand. Allowed: order, reissue, status, renew.',
        '--api-key is not accepted: a key on the command line ends up in shell history and process lists. Set DIGICERT_API_KEY instead.',
        '--prodcut is not a flag. Did you mean --product?',
        '--comments is given more than once.',
        '--order-id needs a value.',
      ],
    });
  });

  it('shows help for no arguments or --help', () => {
    expect(parseCommandLine([])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['order', '--help'])).toEqual({ kind: 'help' });
  });
});

describe('the flags', () => {
  it("are exactly action.yml's inputs, without api-key and operation", () => {
    const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as { inputs: object };
    const inputs = Object.keys(action.inputs).filter((name) => name !== 'api-key' && name !== 'operation');
    expect([...FLAG_NAMES].sort()).toEqual(inputs.sort());
  });
});
