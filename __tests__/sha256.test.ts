/** The never-twice keys' hash, written out to spare a run node:crypto, gives what node:crypto gives. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/common/sha256.ts';

const nodeSha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 examples', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('gives what node:crypto gives, for every length across three blocks and texts of every UTF-8 width', () => {
    const pieces = ['a', 'é', '☃', '😀', '\u0000', '\ud800', '"', '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let length = 0; length <= 200; length++) {
      const ascii = 'x'.repeat(length);
      expect(sha256Hex(ascii), `length ${length}`).toBe(nodeSha256(ascii));
      const mixed = Array.from({ length }, () => pieces[next() % pieces.length]).join('');
      expect(sha256Hex(mixed), JSON.stringify(mixed)).toBe(nodeSha256(mixed));
    }
  });

  it('gives what node:crypto gives for a text of many blocks', () => {
    const text = JSON.stringify({ csr: 'MIIC'.repeat(3000), note: 'ünïcödé' });
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });
});
