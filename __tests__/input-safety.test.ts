/** Inputs that could not be sent as written are refused up front: a key no header can carry, YAML tags. */
import { describe, expect, it } from 'vitest';
import { check, VALID } from './helpers/inputs.ts';

const KEY_PROBLEM =
  'api-key holds a character that cannot be sent in the X-DC-DEVKEY header (a line break, a control character or a character outside Latin-1). Allowed: the key as CertCentral shows it, on one line.';

describe('api-key', () => {
  const refused: [string, string][] = [
    ['a line break', 'ABCDEF\nGHIJKL'],
    ['a carriage return', 'ABCDEF\rGHIJKL'],
    ['a NUL', 'ABCDEF\u0000GHIJKL'],
    ['DEL', 'ABCDEF\u007fGHIJKL'],
    ['a character outside Latin-1', 'ABCDEF\u20acGHIJKL'],
    ['an emoji', 'ABCDEF\u{1f511}GHIJKL'],
  ];
  for (const [name, key] of refused) {
    it(`with ${name} is an input error that does not show the key`, async () => {
      const result = await check({ ...VALID.client, 'api-key': key });
      expect(result.settings).toBeUndefined();
      expect(result.problems).toEqual([KEY_PROBLEM]);
    });
  }

  it('with a tab, spaces or Latin-1 letters is sent as given', async () => {
    for (const key of ['ABC\tDEF', 'ABC DEF', 'ABC\u00e9DEF']) {
      const result = await check({ ...VALID.client, 'api-key': key });
      expect(result.problems).toEqual([]);
      expect(result.settings?.apiKey).toBe(key);
    }
  });
});

describe('YAML tags in object inputs', () => {
  it('an unknown tag is an input error naming the input and the tag', async () => {
    const result = await check({
      ...VALID.client,
      'custom-fields': '- metadata_id: 3\n  value: !!js/function "function () { return 1 }"',
    });
    expect(result.problems).toEqual([
      'custom-fields: uses the YAML tag !!js/function, which is not allowed. Allowed: plain YAML or JSON, without tags.',
    ]);
  });

  it('every unknown tag is named, a local one too', async () => {
    const result = await check({
      ...VALID.codeSigning,
      'organization-id': '',
      organization: 'name: !custom Acme\naddress: !!js/regexp /x/',
    });
    expect(result.problems).toEqual([
      'organization: uses the YAML tag !custom, !!js/regexp, which is not allowed. Allowed: plain YAML or JSON, without tags.',
    ]);
  });

  it("the core schema's own tags are read as YAML reads them", async () => {
    const result = await check({ ...VALID.client, 'custom-fields': '- metadata_id: !!int "3"\n  value: !!str 42' });
    expect(result.problems).toEqual([]);
    expect(result.settings?.fields['custom-fields']).toEqual([{ metadata_id: 3, value: '42' }]);
  });
});
