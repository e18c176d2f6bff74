/** A certificate request's public key, as DigiCert's pages name key types (common/csr.ts reads it). */
export interface CsrKey {
  /** 'rsa', 'ec', or Node's name for another key type (ed25519, dsa…). */
  readonly type: string;
  /** RSA: the modulus length in bits. */
  readonly bits?: number;
  /** ECC: P-256, P-384, P-521, or the curve's own name. */
  readonly curve?: string;
}

/** The key in words: "RSA 2048", "ECC P-256", "ed25519". */
export function keyInWords(key: CsrKey): string {
  if (key.type === 'rsa') return `RSA ${key.bits ?? '?'}`;
  if (key.type === 'ec') return `ECC ${key.curve ?? '?'}`;
  return key.type;
}
