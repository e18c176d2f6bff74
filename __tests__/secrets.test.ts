import { describe, expect, it } from 'vitest';
import { MIN_RUN, redact, redactDecoded } from '../src/certcentral/secrets.ts';
import { echoedForms } from './helpers/secrets.ts';

const KEY = 'EXAMPLE7QJ2K9ZTW4HXB8NVR3MCDPLF6';

describe('redact', () => {
  for (const [name, form] of Object.entries(echoedForms(KEY))) {
    it(`hides the key ${name}`, () => {
      const text = `{"errors":[{"code":"bad","message":"key <${form}> refused"}]}`;
      const clean = redact(text, KEY);
      expect(clean.startsWith('{"errors":[{"code":"bad","message":"key <')).toBe(true);
      expect(clean.endsWith('> refused"}]}')).toBe(true);
      expect(clean).toMatch(/<[^>]*\*\*\*[^>]*>/);
      // Nothing of MIN_RUN characters of the key is left in any form.
      for (const leftover of Object.values(echoedForms(KEY))) {
        if (leftover.length >= MIN_RUN) expect(clean).not.toContain(leftover);
      }
      expect(clean.replace(/\s/g, '').toLowerCase()).not.toContain(KEY.slice(0, MIN_RUN).toLowerCase());
    });
  }

  it('keeps runs of the key shorter than 12 characters, and everything else, as it is', () => {
    const text = `order 112233, request 113: ${KEY.slice(0, MIN_RUN - 1)} and ${KEY.slice(-(MIN_RUN - 1))}`;
    expect(redact(text, KEY)).toBe(text);
  });

  it('hides a key shorter than 12 characters only whole', () => {
    expect(redact('key abc123 and ABC12', 'abc123')).toBe('key *** and ABC12');
  });

  it('hides every occurrence, and adjacent forms as one', () => {
    const hex = Buffer.from(KEY).toString('hex');
    expect(redact(`${KEY} ${KEY}${hex}`, KEY)).toBe('*** ***');
  });

  it('leaves text alone without a key', () => {
    expect(redact('text', '')).toBe('text');
  });

  it('finds what decoding every character finds, for pieces of every form split by any separator', () => {
    // A fixed sequence of pseudo-random numbers, so that a failure can be replayed.
    let seed = 20261208;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const separators = [
      ...[' ', '\t', '\n', '\r\n', '\v', '\f', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028'],
      ...['\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '-', ':', '%', '%4', '\\', '\\n', '\\u00'],
    ];
    const noise = ['', 'order 112233 ', '{"id": 5, "key": "', 'ABCdef ', '%41%42', '\\u0041 '];
    for (const key of [KEY, 'abc123', 'k\u00e9y-With-L\u00e2tin1-0123456789']) {
      const forms = Object.values(echoedForms(key));
      for (let round = 0; round < 600; round++) {
        const form = forms[random(forms.length)] as string;
        const from = random(form.length);
        let piece = form.slice(from, from + 6 + random(form.length));
        for (let cut = random(3); cut > 0; cut--) {
          const at = random(piece.length + 1);
          piece = piece.slice(0, at) + (separators[random(separators.length)] as string) + piece.slice(at);
        }
        if (random(3) === 0) piece = piece.toUpperCase();
        const text = `${noise[random(noise.length)]}${piece}${noise[random(noise.length)]}`;
        expect(redact(text, key), JSON.stringify(text)).toBe(redactDecoded(text, key));
      }
    }
  });

  it('skips the same whitespace as decoding does, for every UTF-16 code unit splitting the key', () => {
    // The search strips whitespace with a regular expression, decoding with isWhitespace(): the two lists must agree.
    for (let code = 0; code <= 0xffff; code++) {
      // Either side alone is shorter than MIN_RUN: only a skipped character joins them into a run.
      const text = `${KEY.slice(0, 8)}${String.fromCharCode(code)}${KEY.slice(8, 16)}`;
      expect(redact(text, KEY), code.toString(16)).toBe(redactDecoded(text, KEY));
    }
  });
});
