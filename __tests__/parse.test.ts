import { describe, expect, it } from 'vitest';
import {
  closestMatch,
  daysAhead,
  isEmailAddress,
  isJsonValue,
  isPlainObject,
  isLoopbackHost,
  isPemCertificateRequest,
  parseBoolean,
  parseIsoDate,
  parseList,
  parseWholeNumber,
} from '../src/common/parse.ts';
import { CSR } from './helpers/seeds.ts';

describe('parseList', () => {
  it('splits on newlines and commas and drops blanks', () => {
    expect(parseList('a, b\n c,,\n\nd ')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseList(' , \n')).toEqual([]);
  });
});

describe('parseBoolean', () => {
  it('accepts exactly what core.getBooleanInput accepts', () => {
    for (const raw of ['true', 'True', 'TRUE']) expect(parseBoolean(raw)).toBe(true);
    for (const raw of ['false', 'False', 'FALSE']) expect(parseBoolean(raw)).toBe(false);
    for (const raw of ['yes', '1', 'tRUE', '', 'on']) expect(parseBoolean(raw)).toBeUndefined();
  });
});

describe('parseWholeNumber', () => {
  it('takes whole numbers only', () => {
    expect(parseWholeNumber('42')).toBe(42);
    expect(parseWholeNumber('-1')).toBe(-1);
    expect(parseWholeNumber('+7')).toBe(7);
    for (const raw of ['1.5', '1e3', '0x10', ' 1', 'one', '', '99999999999999999999']) {
      expect(parseWholeNumber(raw)).toBeUndefined();
    }
  });
});

describe('parseIsoDate', () => {
  it('takes real yyyy-MM-dd dates', () => {
    expect(parseIsoDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    for (const raw of ['2027-02-29', '2027-13-01', '2027-1-01', '27-01-01', '2027-01-01T00:00']) {
      expect(parseIsoDate(raw)).toBeUndefined();
    }
  });

  it('counts days ahead from today in UTC', () => {
    const now = new Date('2026-11-25T23:59:00Z');
    expect(daysAhead(parseIsoDate('2026-11-26') as Date, now)).toBe(1);
    expect(daysAhead(parseIsoDate('2026-11-25') as Date, now)).toBe(0);
  });
});

describe('isPemCertificateRequest', () => {
  it('accepts a real CSR', () => {
    expect(isPemCertificateRequest(CSR)).toBe(true);
    expect(isPemCertificateRequest(CSR.replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST'))).toBe(true);
  });

  it('rejects other PEM, truncated DER and plain text', () => {
    expect(isPemCertificateRequest(CSR.replace(/CERTIFICATE REQUEST/g, 'CERTIFICATE'))).toBe(false);
    const lines = CSR.split('\n');
    const truncated = [...lines.slice(0, 3), ...lines.slice(-1)].join('\n');
    expect(isPemCertificateRequest(truncated)).toBe(false);
    expect(isPemCertificateRequest('<csr>')).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it('takes localhost, ::1 and 127.0.0.0/8 as a URL gives them, and nothing that only looks like it', () => {
    for (const url of [
      'http://localhost:1',
      'http://127.0.0.1',
      'http://127.1.2.3',
      'http://[::1]:8',
      'http://127.1',
    ]) {
      expect(isLoopbackHost(new URL(url).hostname)).toBe(true);
    }
    for (const url of [
      'http://127.evil.example',
      'http://127.0.0.1.nip.io',
      'http://localhost.example',
      'http://10.0.0.1',
    ]) {
      expect(isLoopbackHost(new URL(url).hostname)).toBe(false);
    }
  });
});

describe('isEmailAddress', () => {
  it('tells addresses from other text', () => {
    expect(isEmailAddress('locke.cole@example.com')).toBe(true);
    for (const raw of ['locke', 'a@b', '@example.com', 'a b@example.com', 'a@example.com,b@example.com']) {
      expect(isEmailAddress(raw)).toBe(false);
    }
  });
});

describe('closestMatch', () => {
  const products = ['code_signing', 'code_signing_ev', 'client_premium_sha2'];
  it('suggests the nearest candidate for a typo', () => {
    expect(closestMatch('code_signin', products)).toBe('code_signing');
    expect(closestMatch('Code_Signing_EV', products)).toBe('code_signing_ev');
    expect(closestMatch('client_premium', products)).toBe('client_premium_sha2');
  });
  it('suggests nothing for something else entirely', () => {
    expect(closestMatch('ssl_plus', products)).toBeUndefined();
  });
});

describe('isPlainObject and isJsonValue', () => {
  it('a Date, bytes, a Set, a Map or an array is not a plain object', () => {
    for (const value of [new Date(0), new Uint8Array([1]), new Set([1]), new Map([[1, 2]]), [], null, 'a'])
      expect(isPlainObject(value)).toBe(false);
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect(isPlainObject(JSON.parse('{"a":{"b":[1]}}'))).toBe(true);
  });

  it('plain JSON only, however deep', () => {
    expect(isJsonValue({ name: 'Acme', contact: { phone: 555, ok: true, fax: null }, units: ['a', 1] })).toBe(true);
    for (const value of [new Date(0), { a: new Uint8Array([1]) }, { a: [new Set()] }, { a: { b: new Map() } }, NaN])
      expect(isJsonValue(value)).toBe(false);
  });
});
