/**
 * A real certificate chain for the simulator (root → intermediate → leaf), made with openssl
 * at test time, so the action's download and split are checked against actual X.509.
 */
import { execFile } from 'node:child_process';
import { createPublicKey, randomBytes, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const OPENSSL = process.env.OPENSSL ?? 'openssl';

export interface IssuedCertificate {
  readonly pem: string;
  /** Upper-case hex, as CertCentral shows it. */
  readonly serialNumber: string;
  /** SHA-1 of the DER, upper-case hex without colons, as CertCentral shows it. */
  readonly thumbprint: string;
  /** yyyy-MM-dd */
  readonly validFrom: string;
  readonly validTill: string;
}

const CA_EXTENSIONS = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n';
const LEAF_EXTENSIONS = {
  code_signing: 'extendedKeyUsage=codeSigning',
  document_signing: 'extendedKeyUsage=emailProtection',
  client: 'extendedKeyUsage=clientAuth,emailProtection',
  // Every Secure Email certificate carries emailProtection (certcentral-2026.md §1).
  secure_email: 'extendedKeyUsage=emailProtection',
} as const;

export type LeafKind = keyof typeof LEAF_EXTENSIONS;

/** A root and an intermediate, created on first use, that issue leaf certificates. */
export class TestPki {
  private dir: Promise<string> | undefined;
  private chain: Promise<{ root: string; intermediate: string }> | undefined;
  private counter = 0;

  /** The intermediate then the root, PEM. */
  async caPems(): Promise<{ root: string; intermediate: string }> {
    this.chain ??= this.createCa();
    return this.chain;
  }

  async issue(commonName: string, kind: LeafKind, days: number): Promise<IssuedCertificate> {
    const dir = await this.workDir();
    await this.caPems();
    const name = `leaf-${++this.counter}`;
    const key = join(dir, `${name}.key`);
    const csr = join(dir, `${name}.csr`);
    const pem = join(dir, `${name}.pem`);
    const extensions = join(dir, `${name}.ext`);
    await writeFile(
      extensions,
      `basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n${LEAF_EXTENSIONS[kind]}\n`,
    );
    await newKey(key);
    await run(OPENSSL, ['req', '-new', '-key', key, '-subj', subject(commonName), '-out', csr]);
    await run(OPENSSL, [
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      join(dir, 'intermediate.pem'),
      '-CAkey',
      join(dir, 'intermediate.key'),
      '-set_serial',
      `0x${randomSerial()}`,
      '-days',
      String(days),
      '-sha256',
      '-extfile',
      extensions,
      '-out',
      pem,
    ]);
    const text = await readPem(pem);
    const x509 = new X509Certificate(text);
    return {
      pem: text,
      serialNumber: x509.serialNumber.toUpperCase(),
      thumbprint: x509.fingerprint.replace(/:/g, '').toUpperCase(),
      validFrom: isoDate(x509.validFrom),
      validTill: isoDate(x509.validTo),
    };
  }

  async dispose(): Promise<void> {
    if (this.dir) await rm(await this.dir, { recursive: true, force: true });
  }

  private workDir(): Promise<string> {
    this.dir ??= mkdtemp(join(tmpdir(), 'certcentral-simulator-pki-'));
    return this.dir;
  }

  private async createCa(): Promise<{ root: string; intermediate: string }> {
    const dir = await this.workDir();
    const file = (name: string) => join(dir, name);
    await writeFile(file('ca.ext'), CA_EXTENSIONS);
    await newKey(file('root.key'));
    await run(OPENSSL, [
      'req',
      '-x509',
      '-new',
      '-key',
      file('root.key'),
      '-subj',
      '/O=Simulated CertCentral/CN=Simulated Root CA',
      '-days',
      '3650',
      '-sha256',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      file('root.pem'),
    ]);
    await newKey(file('intermediate.key'));
    await run(OPENSSL, [
      'req',
      '-new',
      '-key',
      file('intermediate.key'),
      '-subj',
      '/O=Simulated CertCentral/CN=Simulated Intermediate CA',
      '-out',
      file('intermediate.csr'),
    ]);
    await run(OPENSSL, [
      'x509',
      '-req',
      '-in',
      file('intermediate.csr'),
      '-CA',
      file('root.pem'),
      '-CAkey',
      file('root.key'),
      '-set_serial',
      `0x${randomSerial()}`,
      '-days',
      '1825',
      '-sha256',
      '-extfile',
      file('ca.ext'),
      '-out',
      file('intermediate.pem'),
    ]);
    return {
      root: await readPem(file('root.pem')),
      intermediate: await readPem(file('intermediate.pem')),
    };
  }
}

/**
 * A PEM file as openssl wrote it, with LF line ends: a native OpenSSL on Windows may write CRLF, and the
 * simulator serves what CertCentral serves on every platform, so the tests compare like with like.
 */
async function readPem(path: string): Promise<string> {
  return (await readFile(path, 'utf8')).replace(/\r\n?/g, '\n').trim();
}

async function newKey(path: string): Promise<void> {
  await run(OPENSSL, ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', path]);
}

function subject(commonName: string): string {
  return `/O=Simulated Customer/CN=${commonName.replace(/[/\\=+]/g, ' ')}`;
}

function randomSerial(): string {
  // 16 random bytes with the top bit clear: a positive serial, as CAs issue them.
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] as number) & 0x7f) | 0x10;
  return bytes.toString('hex');
}

function isoDate(openSslDate: string): string {
  return new Date(openSslDate).toISOString().slice(0, 10);
}

/** A CSR's public key as openssl reads it, once openssl has verified its self-signature; undefined otherwise. */
export interface CsrKeyDetails {
  readonly type: string;
  readonly bits?: number;
  readonly curve?: string;
}

/**
 * Reads a PEM certificate request with openssl (not with the action's parser), as CertCentral reads the key out of
 * it: the self-signature is verified, then the public key's type and size are taken.
 */
export async function readCsrKey(pem: string): Promise<CsrKeyDetails | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'certcentral-simulator-csr-'));
  try {
    const file = join(dir, 'request.csr');
    await writeFile(file, pem);
    const { stdout, stderr } = await run(OPENSSL, ['req', '-in', file, '-noout', '-verify', '-pubkey']);
    // OpenSSL 3.0 exits with 0 when the signature does not verify; it says so on stderr.
    if (!/verify OK/.test(stderr)) return undefined;
    const key = createPublicKey(stdout);
    const details = key.asymmetricKeyDetails ?? {};
    const curves: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
    return {
      type: key.asymmetricKeyType ?? 'unknown',
      bits: details.modulusLength,
      curve: details.namedCurve ? (curves[details.namedCurve] ?? details.namedCurve) : undefined,
    };
  } catch {
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
