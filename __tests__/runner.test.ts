/** The action writes the runner's protocol itself: each line is the one @actions/core would write. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { issueCommand } from '../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties } from '../node_modules/@actions/core/lib/utils.js';
import { commandLine, outputMessage, setOutput } from '../src/action/runner.ts';
import { randomUuid } from '../src/common/random-uuid.ts';

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

/** A version 4 UUID, as crypto.randomUUID() writes one. */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DELIMITER = /ghadelimiter_([0-9a-f-]{36})/g;

describe('setOutput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certcentral-runner-'));
  const outputFile = join(dir, 'output');
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(outputFile, { force: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** What the output file holds after the write, with each delimiter's UUID checked and then written as UUID. */
  function written(write: () => void): string {
    writeFileSync(outputFile, 'before\n');
    vi.stubEnv('GITHUB_OUTPUT', outputFile);
    write();
    const text = readFileSync(outputFile, 'utf8');
    for (const [, uuid] of text.matchAll(DELIMITER)) expect(uuid).toMatch(UUID_V4);
    return text.replace(DELIMITER, 'ghadelimiter_UUID');
  }

  it('appends what @actions/core appends, for every value', () => {
    for (const value of ['', 'plain', 'two\nlines\r\n', '::error::x', 'é ☃', '%0A']) {
      expect(written(() => setOutput('order-id', value))).toBe(
        written(() => issueFileCommand('OUTPUT', prepareKeyValueMessage('order-id', value))),
      );
    }
  });

  it('formats a value that is not text as @actions/core does', () => {
    for (const value of MESSAGES) {
      const ours = outputMessage('name', value, 'ghadelimiter_UUID');
      expect(ours).toBe(prepareKeyValueMessage('name', value).replace(DELIMITER, 'ghadelimiter_UUID'));
    }
  });

  it('draws a new delimiter for every output', () => {
    const text = written(() => {
      setOutput('a', '1');
      setOutput('b', '2');
    });
    const record = (name: string, value: string) =>
      `${name}<<ghadelimiter_UUID${EOL}${value}${EOL}ghadelimiter_UUID${EOL}`;
    expect(text).toBe(`before\n${record('a', '1')}${record('b', '2')}`);
    const uuids = [...readFileSync(outputFile, 'utf8').matchAll(DELIMITER)].map(([, uuid]) => uuid);
    expect(new Set(uuids).size).toBe(2);
  });

  it("refuses a name or value that holds the delimiter, and a missing file, with core's words", () => {
    const delimiter = 'ghadelimiter_0f0e0d0c-0b0a-4908-8706-050403020100';
    expect(() => outputMessage(`a${delimiter}`, '1', delimiter)).toThrow(
      `Unexpected input: name should not contain the delimiter "${delimiter}"`,
    );
    expect(() => outputMessage('a', `1${EOL}${delimiter}${EOL}forged<<x`, delimiter)).toThrow(
      `Unexpected input: value should not contain the delimiter "${delimiter}"`,
    );
    vi.stubEnv('GITHUB_OUTPUT', join(dir, 'absent'));
    expect(() => setOutput('a', '1')).toThrow(`Missing file at path: ${join(dir, 'absent')}`);
    expect(() => issueFileCommand('OUTPUT', 'a')).toThrow(`Missing file at path: ${join(dir, 'absent')}`);
  });
});

describe('randomUuid', () => {
  it("is a version 4 UUID from the system's random source, new every time", () => {
    const uuids = Array.from({ length: 2000 }, () => randomUuid());
    for (const uuid of uuids) expect(uuid).toMatch(UUID_V4);
    expect(new Set(uuids).size).toBe(uuids.length);
    // Every hex digit but the version's takes many values: the bytes are not fixed.
    const positions = [...(uuids[0] as string)].map((_, index) => new Set(uuids.map((uuid) => uuid[index])).size);
    expect(positions.filter((count) => count >= 15).length).toBe(30);
  });

  it.skipIf(process.platform === 'win32')(
    'takes its bytes from the device it reads, with the version and variant set',
    () => {
      expect(randomUuid('/dev/zero')).toBe('00000000-0000-4000-8000-000000000000');
    },
  );

  it("falls back to Web Crypto's randomUUID when the source is missing or is not a device", () => {
    const dir = mkdtempSync(join(tmpdir(), 'certcentral-random-'));
    try {
      const notDevice = join(dir, 'urandom');
      writeFileSync(notDevice, Buffer.alloc(64));
      for (const source of [join(dir, 'absent'), notDevice]) {
        const uuids = [randomUuid(source), randomUuid(source)];
        for (const uuid of uuids) expect(uuid).toMatch(UUID_V4);
        expect(uuids[0]).not.toBe(uuids[1]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
