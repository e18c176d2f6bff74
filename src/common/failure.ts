/**
 * A failure of the action, by kind. The kind, never the message, decides the annotation's title, the summary's next
 * step and the troubleshooting link (action/failure-advice.ts); nothing matches strings. Wrapping keeps the class,
 * the fields and the cause.
 */

export type FailureKind =
  /** An input, or its combination with the order read, is not what DigiCert takes: nothing was sent. */
  | 'invalid-input'
  /** A proxy variable cannot be used: nothing was sent. */
  | 'invalid-proxy'
  /** CertCentral refused a request, or none could be made, or its answer could not be read. */
  | 'certcentral'
  /** An order or reissue may have been carried out or not, and no check could tell. */
  | 'unknown-fate'
  /** The order that carries the key failed (rejected, canceled…): nothing to hand over, nothing bought now. */
  | 'found-failed'
  /** Two orders carry one key, and this run could not withdraw its own, or tell which was its own. */
  | 'duplicate-orders'
  /** A pending reissue this run did not make stands on the order. */
  | 'reissue-pending'
  /** wait-timeout ran out before the order was issued. */
  | 'not-issued-in-time'
  /** The order is rejected, canceled, revoked or expired. */
  | 'order-failed'
  /** The renewal of the order is rejected or canceled. */
  | 'renewal-failed'
  | 'no-certificate-id'
  | 'files-not-written'
  | 'already-renewed'
  | 'not-eligible'
  | 'expiry-unknown'
  | 'unsupported-product'
  | 'renewal-not-found'
  /** Anything else: a defect, or the machine. */
  | 'unexpected';

export interface FailureOptions {
  /** What varies in the title: the order's status, for `Order rejected`. */
  readonly detail?: string;
  readonly cause?: unknown;
}

export class Failure extends Error {
  readonly kind: FailureKind;
  readonly detail: string | undefined;

  constructor(kind: FailureKind, message: string, options: FailureOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'Failure';
    this.kind = kind;
    this.detail = options.detail;
  }

  /**
   * The same failure, of the same class with the same fields, its message extended, and of another kind when given
   * (a POST's failure whose fate stays unknown); the original is its cause.
   */
  withNote(note: string, kind: FailureKind = this.kind, detail = this.detail): this {
    const noted = Object.create(Object.getPrototypeOf(this) as object) as this;
    Object.defineProperties(noted, Object.getOwnPropertyDescriptors(this));
    const define = (name: string, value: unknown) =>
      Object.defineProperty(noted, name, {
        value,
        writable: true,
        configurable: true,
        enumerable: name === 'kind' || name === 'detail',
      });
    define('message', note === '' ? this.message : `${this.message} ${note}`);
    define('cause', this);
    define('kind', kind);
    define('detail', detail);
    return noted;
  }
}

/** The kind of anything thrown: a Failure's own; anything else is unexpected. */
export function kindOf(error: unknown): FailureKind {
  return error instanceof Failure ? error.kind : 'unexpected';
}
