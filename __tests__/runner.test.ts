/** The action writes the runner's protocol itself: each line is the one @actions/core would write. */
import { EOL } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { issueCommand } from '../node_modules/@actions/core/lib/command.js';
import { toCommandProperties } from '../node_modules/@actions/core/lib/utils.js';
import { commandLine } from '../src/action/runner.ts';

/** What core's issueCommand writes to process.stdout for these arguments. */
function coreLine(command: string, properties: Record<string, unknown>, message: unknown): string {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    issueCommand(command, properties, message);
    return write.mock.calls.map(([text]) => String(text)).join('');
  } finally {
    write.mockRestore();
  }
}

const MESSAGES: unknown[] = [
  '',
  'plain',
  '100% done\r\nnext line\nlast\r',
  '::error::forged',
  'a:b,c=d %0A',
  'é ☃ \u2028',
  undefined,
  null,
  42,
  { id: 1, note: 'x\ny' },
];

const PROPERTIES: Record<string, unknown>[] = [
  {},
  { name: 'order-id' },
  toCommandProperties({ title: 'Invalid input: a, b: c\n100%' }),
  toCommandProperties({ title: '' }),
  { title: 'T', line: 0, col: 3, file: 'a,b:c.ts' },
];

describe('commandLine', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is what @actions/core writes, for every command, property set and message', () => {
    for (const command of ['add-mask', 'debug', 'warning', 'error', 'group', 'endgroup', 'set-output']) {
      for (const properties of PROPERTIES) {
        for (const message of MESSAGES) {
          expect(commandLine(command, properties, message) + EOL).toBe(coreLine(command, properties, message));
        }
      }
    }
  });

  it('keeps a message on one line, so that no text can start a command of its own', () => {
    expect(commandLine('warning', {}, 'x\n::add-mask::y')).toBe('::warning::x%0A::add-mask::y');
  });
});
