/**
 * A PKCS#10 certificate request, read before anything is bought: its structure (@peculiar/asn1-csr), its
 * self-signature and its public key (Node's crypto). Loaded only when a CSR is given.
 */
import { constants, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { CertificationRequest } from '@peculiar/asn1-csr';
import { id_mgf1, id_RSASSA_PSS, RsaSaPssParams } from '@peculiar/asn1-rsa';
import { AsnConvert } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import type { CsrKey } from './csr-key.ts';

export type CsrReading = { readonly key: CsrKey } | { readonly problem: string };

/** The hash of each signature algorithm Node can verify a request's self-signature with. */
const SIGNATURE_HASHES: Readonly<Record<string, string | null>> = {
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.1': 'sha224',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  // Ed25519 and Ed448 sign the message itself.
  '1.3.101.112': null,
  '1.3.101.113': null,
};

const HASH_OIDS: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Node's curve names, as DigiCert writes them. */
const CURVES: Readonly<Record<string, string>> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

/** Reads a PEM certificate request (already checked to be PEM around one DER SEQUENCE). */
export function readCsr(pem: string): CsrReading {
  const base64 = pem.replace(/-----(BEGIN|END) (NEW )?CERTIFICATE REQUEST-----/g, '').replace(/\s+/g, '');
  let request: CertificationRequest;
  try {
    request = AsnConvert.parse(Buffer.from(base64, 'base64'), CertificationRequest);
  } catch (error) {
    return { problem: `is not a PKCS#10 certificate request (${(error as Error).message})` };
  }
  let key: KeyObject;
  try {
    const spki = Buffer.from(AsnConvert.serialize(request.certificationRequestInfo.subjectPKInfo));
    key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  } catch (error) {
    return { problem: `holds a public key that cannot be read (${(error as Error).message})` };
  }
  const signed = request.certificationRequestInfoRaw;
  if (!signed) return { problem: 'cannot be read: its signed part is missing' };
  const checked = checkSignature(request, Buffer.from(signed), key);
  return checked ?? { key: describeKey(key) };
}

/** undefined when the self-signature verifies; otherwise why not. */
function checkSignature(
  request: CertificationRequest,
  signed: Buffer,
  key: KeyObject,
): { problem: string } | undefined {
  const algorithm = request.signatureAlgorithm.algorithm;
  const signature = Buffer.from(request.signature);
  let valid: boolean;
  try {
    if (algorithm === id_RSASSA_PSS) {
      const pss = pssParameters(request);
      if (!pss) return { problem: `is signed with RSASSA-PSS parameters this action cannot verify` };
      valid = verify(
        pss.hash,
        signed,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: pss.saltLength },
        signature,
      );
    } else if (algorithm in SIGNATURE_HASHES) {
      valid = verify(SIGNATURE_HASHES[algorithm] ?? null, signed, key, signature);
    } else {
      return { problem: `is signed with an algorithm this action cannot verify (OID ${algorithm})` };
    }
  } catch (error) {
    return { problem: `has a signature that cannot be checked (${(error as Error).message})` };
  }
  return valid ? undefined : { problem: 'has a signature that does not verify: it was changed after it was signed' };
}

/** The hash and salt length of an RSASSA-PSS signature, when its mask uses the same hash, as Node verifies it. */
function pssParameters(request: CertificationRequest): { hash: string; saltLength: number } | undefined {
  const parameters = request.signatureAlgorithm.parameters;
  if (!parameters) return undefined;
  const pss = AsnConvert.parse(parameters, RsaSaPssParams);
  const hash = HASH_OIDS[pss.hashAlgorithm.algorithm];
  const mask = pss.maskGenAlgorithm;
  const maskHash = mask.parameters
    ? HASH_OIDS[AsnConvert.parse(mask.parameters, AlgorithmIdentifier).algorithm]
    : 'sha1';
  if (!hash || mask.algorithm !== id_mgf1 || maskHash !== hash) return undefined;
  return { hash, saltLength: pss.saltLength };
}

function describeKey(key: KeyObject): CsrKey {
  const type = key.asymmetricKeyType ?? 'unknown';
  const details = key.asymmetricKeyDetails ?? {};
  if (type === 'rsa' || type === 'rsa-pss') return { type: 'rsa', bits: details.modulusLength };
  if (type === 'ec') {
    const curve = details.namedCurve ?? 'unknown';
    return { type, curve: CURVES[curve] ?? curve };
  }
  return { type };
}
