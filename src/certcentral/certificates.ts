import { X509Certificate } from 'node:crypto';
import { resolve } from 'node:path';
import type { CertCentralClient } from './client.ts';
import { CertCentralError } from './errors.ts';
import { safeDirectory, writeFilesNoFollow, type Platform } from '../common/files.ts';

export const CERTIFICATE_FILE = 'certificate.pem';
export const CHAIN_FILE = 'chain.pem';

export interface SplitBundle {
  /** The end-entity certificate, PEM. */
  readonly leaf: string;
  /** The issuing certificates as served (intermediates, then the root), PEM, from the leaf's issuer up. */
  readonly chain: readonly string[];
  /** Upper-case hex, to compare with the order info. */
  readonly leafSerialNumber: string;
  /** SHA-1 of the leaf's DER, upper-case hex without colons, as CertCentral shows a thumbprint. */
  readonly leafThumbprint: string;
  /** The leaf's first and last day of validity, yyyy-MM-dd (UTC). */
  readonly leafValidFrom: string;
  readonly leafValidTill: string;
}

export interface CertificateFiles {
  readonly certificatePath: string;
  readonly chainPath: string;
}

/** GET /certificate/{certificate_id}/download/format/pem_all: leaf, intermediates and root in one PEM text. */
export async function downloadPemBundle(client: CertCentralClient, certificateId: number): Promise<string> {
  const path = `/certificate/${certificateId}/download/format/pem_all`;
  const response = await client.send({ method: 'GET', path, answers: 'text' });
  return response.text;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** A leaf and its issuers are three or four certificates; a bundle past this is refused unread. */
export const MAX_CERTIFICATES = 50;

/**
 * Finds the leaf by what the certificates say, not by their order: it is the one that
 * issued none of the others. The chain follows the issuers up from it.
 */
export function splitPemBundle(bundle: string, label: string): SplitBundle {
  const pems = (bundle.match(PEM_CERTIFICATE) ?? []).map((pem) => pem.replace(/\r\n/g, '\n'));
  if (pems.length === 0) throw new CertCentralError(`${label}: the download holds no PEM certificate.`);
  if (pems.length > MAX_CERTIFICATES) {
    throw new CertCentralError(
      `${label}: the answer is too large: ${pems.length} certificates, more than ${MAX_CERTIFICATES}. It was not read.`,
    );
  }
  const certificates = pems.map((pem, index) => {
    try {
      return { pem, x509: new X509Certificate(pem) };
    } catch (error) {
      throw new CertCentralError(
        `${label}: certificate ${index + 1} of the download cannot be read (${(error as Error).message}).`,
      );
    }
  });
  const issuedNone = certificates.filter(
    (candidate) => !certificates.some((other) => other !== candidate && other.x509.checkIssued(candidate.x509)),
  );
  const leaf = issuedNone.find((candidate) => !candidate.x509.ca) ?? issuedNone[0] ?? certificates[0];
  if (!leaf) throw new CertCentralError(`${label}: the download holds no PEM certificate.`);

  const chain: typeof certificates = [];
  let current = leaf;
  for (;;) {
    const issuer = certificates.find(
      (candidate) => candidate !== current && !chain.includes(candidate) && current.x509.checkIssued(candidate.x509),
    );
    if (!issuer || issuer === leaf) break;
    chain.push(issuer);
    current = issuer;
  }
  const rest = certificates.filter((candidate) => candidate !== leaf && !chain.includes(candidate));
  return {
    leaf: leaf.pem,
    chain: [...chain, ...rest].map((certificate) => certificate.pem),
    leafSerialNumber: leaf.x509.serialNumber.toUpperCase(),
    leafThumbprint: leaf.x509.fingerprint.replace(/:/g, '').toUpperCase(),
    leafValidFrom: isoDay(leaf.x509.validFrom),
    leafValidTill: isoDay(leaf.x509.validTo),
  };
}

/** X509Certificate's "Dec  7 21:12:00 2026 GMT" as yyyy-MM-dd (validFromDate is not in Node 20). */
function isoDay(text: string): string {
  const time = Date.parse(text);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
}

/**
 * Writes certificate.pem (the leaf) and chain.pem (the rest) under the directory, creating it if needed;
 * never through a symbolic link or junction (files.ts). The paths returned are under the directory as given.
 */
export async function writeCertificateFiles(
  dir: string,
  split: Pick<SplitBundle, 'leaf' | 'chain'>,
  platform: Platform = process.platform,
): Promise<CertificateFiles> {
  const folder = await safeDirectory(dir, platform);
  // As a pair: a failure (a full disk) leaves neither replaced, never a new leaf beside the old chain.
  await writeFilesNoFollow(
    folder,
    [
      { name: CERTIFICATE_FILE, text: `${split.leaf}\n` },
      { name: CHAIN_FILE, text: split.chain.map((pem) => `${pem}\n`).join('') },
    ],
    platform,
  );
  return { certificatePath: resolve(dir, CERTIFICATE_FILE), chainPath: resolve(dir, CHAIN_FILE) };
}
