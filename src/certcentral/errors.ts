/**
 * A failed call to CertCentral, in a module of its own: whatever only reads a failure (the summary, the wait, the
 * never-twice checks) needs no HTTP client.
 */
import { Failure } from '../common/failure.ts';

export interface DigiCertError {
  readonly code: string;
  readonly message: string;
}

/**
 * What a failed request did at CertCentral:
 * - `rejected`: CertCentral answered and did nothing (4xx, 429 included);
 * - `not-sent`: the request never reached CertCentral (no connection, DNS, TLS or proxy failure);
 * - `unknown`: it may have been carried out (reset or timeout after sending, 5xx, an unreadable 2xx).
 */
export type Outcome = 'rejected' | 'not-sent' | 'unknown';

export interface FailureDetails {
  readonly outcome?: Outcome;
  /** Whether trying again can help: network errors, timeouts, 429, 502, 503, 504. */
  readonly retryable?: boolean;
  readonly retryAfterMs?: number;
}

/** A failed call, with DigiCert's errors[] when it sent any. */
export class CertCentralError extends Failure {
  readonly status: number | undefined;
  readonly errors: readonly DigiCertError[];
  readonly outcome: Outcome;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, status?: number, errors: readonly DigiCertError[] = [], details: FailureDetails = {}) {
    super('certcentral', message);
    this.name = 'CertCentralError';
    this.status = status;
    this.errors = errors;
    // An answer that failed with a 4xx did nothing; no answer, a 5xx or an unreadable 2xx may have.
    this.outcome = details.outcome ?? (status !== undefined && status >= 300 && status < 500 ? 'rejected' : 'unknown');
    this.retryable = details.retryable ?? false;
    this.retryAfterMs = details.retryAfterMs;
  }
}
