import { describe, expect, it } from 'vitest';
import { bypassesProxy, proxyFor, ProxySettingError } from '../src/certcentral/proxy-settings.ts';

const API = new URL('https://www.digicert.com/services/v2/order/certificate/code_signing');

describe('proxyFor, as the runner reads the proxy variables', () => {
  it('takes https_proxy before HTTPS_PROXY for https, and http_proxy before HTTP_PROXY for http', () => {
    expect(proxyFor(API, { HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128' })?.host).toBe(
      'lower:3128',
    );
    expect(proxyFor(API, { HTTPS_PROXY: 'http://upper:3128' })?.host).toBe('upper:3128');
    expect(proxyFor(API, { HTTP_PROXY: 'http://plain:3128' })).toBeUndefined();
    expect(proxyFor(new URL('http://api.example/v2'), { HTTP_PROXY: 'http://plain:3128' })?.host).toBe('plain:3128');
  });

  it('reads a proxy without a scheme as http', () => {
    expect(proxyFor(API, { HTTPS_PROXY: 'proxy.corp:8080' })?.href).toBe('http://proxy.corp:8080/');
  });

  it('refuses a value that is not a URL, naming the variable set, without repeating it', () => {
    expect(() => proxyFor(API, { HTTPS_PROXY: 'http://user:secret@[bad' })).toThrow(
      /^HTTPS_PROXY is set but is not a URL such as http:\/\/proxy\.example:3128\. Nothing was sent to CertCentral\.$/,
    );
    expect(() => proxyFor(API, { https_proxy: 'http://user:secret@[bad' })).toThrow(/^https_proxy is set/);
  });

  it('refuses credentials with a % that starts no valid %-escape, without repeating them', () => {
    const check = () => proxyFor(API, { HTTPS_PROXY: 'http://user:se%zzcret@proxy.corp:3128' });
    expect(check).toThrow(ProxySettingError);
    expect(check).toThrow(/^HTTPS_PROXY holds a user name or password with a % that does not start a valid %-escape/);
    expect(check).not.toThrow(/se%zzcret/);
  });

  it('connects directly when no proxy is set', () => {
    expect(proxyFor(API, {})).toBeUndefined();
  });
});

describe('bypassesProxy', () => {
  const cases: [string, string, boolean][] = [
    ['https://localhost:8443/x', '', true],
    ['https://127.0.0.1/x', '', true],
    ['https://[::1]:8443/x', '', true],
    ['https://www.digicert.com/x', '', false],
    ['https://www.digicert.com/x', 'www.digicert.com', true],
    ['https://www.digicert.com/x', 'WWW.DIGICERT.COM', true],
    ['https://www.digicert.com/x', 'digicert.com', true],
    ['https://www.digicert.com/x', '.digicert.com', true],
    ['https://www.digicert.com/x', 'cert.com', false],
    ['https://www.digicert.com/x', 'www.digicert.com:443', true],
    ['https://www.digicert.com/x', 'www.digicert.com:8443', false],
    ['https://www.digicert.com/x', ' example.org , digicert.com ', true],
    ['https://www.digicert.com/x', '*', true],
  ];
  for (const [url, noProxy, expected] of cases) {
    it(`${url} with NO_PROXY "${noProxy}": ${expected ? 'direct' : 'proxied'}`, () => {
      expect(bypassesProxy(new URL(url), { NO_PROXY: noProxy, HTTPS_PROXY: 'http://p:1' })).toBe(expected);
    });
  }

  it('takes no_proxy before NO_PROXY', () => {
    expect(bypassesProxy(API, { no_proxy: 'example.org', NO_PROXY: 'digicert.com' })).toBe(false);
  });
});
