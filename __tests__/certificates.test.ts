import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitPemBundle, writeCertificateFiles } from '../src/certcentral/certificates.ts';
import { TestPki, type IssuedCertificate } from '../simulator/pki.ts';

const pki = new TestPki();
let leaf: string;
let intermediate: string;
let root: string;
let issued: IssuedCertificate;

beforeAll(async () => {
  issued = await pki.issue('Signer', 'code_signing', 30);
  ({ intermediate, root } = await pki.caPems());
  leaf = issued.pem;
});

afterAll(() => pki.dispose());

describe('splitPemBundle', () => {
  it('splits pem_all into the leaf and the chain from its issuer up', () => {
    expect(splitPemBundle(`${leaf}\n${intermediate}\n${root}\n`, 'download')).toEqual({
      leaf,
      chain: [intermediate, root],
      // As CertCentral's order info shows them; the simulator's PKI reads them with openssl's dates.
      leafSerialNumber: issued.serialNumber,
      leafThumbprint: issued.thumbprint,
      leafValidFrom: issued.validFrom,
      leafValidTill: issued.validTill,
    });
  });

  it('finds the leaf by what the certificates say, in any order and with CRLF line ends', () => {
    const bundle = `${root}\r\n${leaf}\r\n${intermediate}\r\n`.replace(/\n/g, '\r\n');
    expect(splitPemBundle(bundle, 'download')).toMatchObject({ leaf, chain: [intermediate, root] });
  });

  it('takes a lone certificate as the leaf with an empty chain', () => {
    expect(splitPemBundle(leaf, 'download')).toMatchObject({ leaf, chain: [] });
  });

  it('fails on a download without certificates, or with a broken one', () => {
    expect(() => splitPemBundle('{"errors": []}', 'GET x')).toThrow('GET x: the download holds no PEM certificate.');
    const broken = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----';
    expect(() => splitPemBundle(`${leaf}\n${broken}`, 'GET x')).toThrow(
      /^GET x: certificate 2 of the download cannot be read/,
    );
  });
});

describe('writeCertificateFiles', () => {
  it('creates the directory and writes certificate.pem and chain.pem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'certcentral-files-'));
    try {
      const target = join(dir, 'nested', 'certs');
      const files = await writeCertificateFiles(target, { leaf, chain: [intermediate, root] });
      expect(files).toEqual({ certificatePath: join(target, 'certificate.pem'), chainPath: join(target, 'chain.pem') });
      expect(await readFile(files.certificatePath, 'utf8')).toBe(`${leaf}\n`);
      expect(await readFile(files.chainPath, 'utf8')).toBe(`${intermediate}\n${root}\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
