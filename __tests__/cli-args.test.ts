import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commandFlags, commandUsage, EXAMPLES, FLAG_NAMES, parseCommandLine, SUBCOMMANDS } from '../src/cli/args.ts';

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
      problems: ['"rotate" is not a command. Allowed: order, reissue, status, renew.'],
    });
    expect(
      parseCommandLine([
        'order',
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
      command: 'order',
      problems: [
        '--api-key is not accepted: a key on the command line ends up in shell history and process lists. Set DIGICERT_API_KEY instead.',
        '--prodcut is not a flag. Did you mean --product?',
        '--comments is given more than once.',
        '--order-id needs a value.',
      ],
    });
  });

  it('suggests the command meant', () => {
    expect(parseCommandLine(['reisue'])).toMatchObject({
      problems: [expect.stringContaining('Did you mean reissue?')],
    });
  });

  it("gives a short usage for no arguments, the help for --help or help, and one command's help", () => {
    expect(parseCommandLine([])).toEqual({ kind: 'usage' });
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['order', '--help'])).toEqual({ kind: 'help', command: 'order' });
    expect(parseCommandLine(['help', 'renew'])).toEqual({ kind: 'help', command: 'renew' });
    expect(parseCommandLine(['help', 'rotate'])).toMatchObject({ kind: 'usage-error' });
  });

  it('refuses yes, on and the like after a boolean flag, saying what to write', () => {
    expect(parseCommandLine(['status', '--order-id', '5', '--wait-for-issuance', 'yes'])).toEqual({
      kind: 'usage-error',
      command: 'status',
      problems: [
        '--wait-for-issuance yes: "yes" is not a boolean here. Allowed: true, True, TRUE, false, False, FALSE, or --wait-for-issuance alone for true.',
      ],
    });
    for (const word of ['on', 'No', 'off']) {
      expect(parseCommandLine(['order', '--dry-run', word])).toMatchObject({ kind: 'usage-error' });
    }
    expect(parseCommandLine(['order', '--dry-run', 'True'])).toMatchObject({ inputs: new Map([['dry-run', 'True']]) });
  });
});

describe('the help of each command', () => {
  it('lists only the flags of its operation', () => {
    expect(commandFlags('status')).not.toContain('product');
    expect(commandFlags('status')).not.toContain('csr');
    expect(commandFlags('status')).toContain('order-id');
    expect(commandFlags('order')).not.toContain('order-id');
    expect(commandFlags('order')).toContain('subject');
    expect(commandFlags('reissue')).toContain('dns-names');
    expect(commandFlags('reissue')).not.toContain('validity-years');
    expect(commandFlags('renew')).toContain('renew-within-days');
    for (const command of SUBCOMMANDS) {
      const help = commandUsage(command);
      for (const flag of FLAG_NAMES) {
        expect(help.includes(`--${flag} `), `${command} --${flag}`).toBe(commandFlags(command).includes(flag));
      }
    }
  });

  it('shows --dry-run in every example that would spend money', () => {
    for (const command of ['order', 'reissue', 'renew'] as const) expect(EXAMPLES[command]).toContain('--dry-run');
    expect(EXAMPLES.status).not.toContain('--dry-run');
  });
});

describe('the flags', () => {
  it("are exactly action.yml's inputs, without api-key and operation", () => {
    const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as { inputs: object };
    const inputs = Object.keys(action.inputs).filter((name) => name !== 'api-key' && name !== 'operation');
    expect([...FLAG_NAMES].sort()).toEqual(inputs.sort());
  });
});
