import { describe, expect, it } from 'vitest';
import { MIN_RUN, redact } from '../src/certcentral/secrets.ts';
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
});
