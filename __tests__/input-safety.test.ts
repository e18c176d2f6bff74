/** Inputs that could not be sent as written are refused up front: a key no header can carry, YAML tags. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, VALID } from './helpers/inputs.ts';
import { CSR } from './helpers/seeds.ts';

const ALLOWED_TAGS =
  "plain YAML or JSON; of the YAML tags only the core schema's !!str, !!int, !!float, !!bool, !!null, !!map and !!seq.";

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
      'custom-fields: uses the YAML tag !!js/function, which is not allowed. Allowed: ' + ALLOWED_TAGS,
    ]);
  });

  it('every unknown tag is named, a local one too', async () => {
    const result = await check({
      ...VALID.codeSigning,
      'organization-id': '',
      organization: 'name: !custom Acme\naddress: !!js/regexp /x/',
    });
    expect(result.problems).toEqual([
      'organization: uses the YAML tag !custom, !!js/regexp, which is not allowed. Allowed: ' + ALLOWED_TAGS,
    ]);
  });

  it("YAML 1.1's !!timestamp, !!binary, !!set and !!omap are refused, not read as a Date, bytes, a Set or a Map", async () => {
    const result = await check({
      ...VALID.codeSigning,
      'organization-id': '',
      organization:
        'name: !!timestamp 2001-12-14\naddress: !!binary aGVsbG8=\nzip: !!set {a, b}\ncity: !!omap [{a: 1}]',
    });
    expect(result.settings).toBeUndefined();
    expect(result.problems).toEqual([
      'organization: uses the YAML tag !!timestamp, !!binary, !!set, !!omap, which is not allowed. Allowed: ' +
        ALLOWED_TAGS,
    ]);
  });

  it('!!pairs and the non-specific tag ! are refused too', async () => {
    const result = await check({
      ...VALID.client,
      'custom-fields': '- metadata_id: 3\n  value: ! 42\n- !!pairs [a: 1]',
    });
    expect(result.problems).toEqual([
      'custom-fields: uses the YAML tag !, !!pairs, which is not allowed. Allowed: ' + ALLOWED_TAGS,
    ]);
  });

  it('an organization with a nested organization_contact, !!map and !!seq is read as given', async () => {
    const organization =
      'name: Acme\naddress: !!str 1 Main St\nzip: "02134"\norganization_contact: !!map {first_name: Ada, phone: 555}\nunits: !!seq [a, b]';
    const result = await check({ ...VALID.codeSigning, 'organization-id': '', organization });
    expect(result.problems).toEqual([]);
    expect(result.settings?.fields.organization).toEqual({
      name: 'Acme',
      address: '1 Main St',
      zip: '02134',
      organization_contact: { first_name: 'Ada', phone: 555 },
      units: ['a', 'b'],
    });
  });

  it("the core schema's own tags are read as YAML reads them", async () => {
    const result = await check({ ...VALID.client, 'custom-fields': '- metadata_id: !!int "3"\n  value: !!str 42' });
    expect(result.problems).toEqual([]);
    expect(result.settings?.fields['custom-fields']).toEqual([{ metadata_id: 3, value: '42' }]);
  });
});

describe('CRLF line endings, as a Windows checkout writes them', () => {
  const crlf = (text: string) => text.replace(/\n/g, '\r\n');

  it('a csr and a csr-file are read as with LF, and sent with LF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'certcentral-crlf-'));
    try {
      const path = join(dir, 'request.csr');
      await writeFile(path, `${crlf(CSR)}\r\n`);
      const given: Record<string, string>[] = [{ csr: crlf(CSR) }, { 'csr-file': path }];
      for (const inputs of given) {
        const result = await check({ ...VALID.client, ...inputs });
        expect(result.problems).toEqual([]);
        expect(result.settings?.fields.csr).toBe(CSR.trim());
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('object and list inputs are read as with LF', async () => {
    const inputs = {
      ...VALID.documentSigning,
      subject: 'name: A\njob_title: B\nphone: "1"\nemail: a@example.com',
      'custom-fields': '- metadata_id: 3\n  value: "02134"\n- metadata_id: 4\n  value: 1.50',
      'additional-emails': 'a@example.com\nb@example.com',
    };
    const lf = await check(inputs);
    const windows = await check(Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, crlf(value)])));
    expect(lf.problems).toEqual([]);
    expect(windows.problems).toEqual([]);
    expect(windows.settings?.fields).toEqual(lf.settings?.fields);
    expect(windows.settings?.fields['custom-fields']).toEqual([
      { metadata_id: 3, value: '02134' },
      { metadata_id: 4, value: '1.50' },
    ]);
  });
});
