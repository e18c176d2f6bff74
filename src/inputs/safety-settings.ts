import { readBooleanInput, readSeconds, readWholeNumberInput } from './readers.ts';
import type { InputReader } from './readers.ts';
import type { Findings } from '../rules/validate.ts';

/** Idempotency and retries (README, "Safety"). */
export interface SafetySettings {
  /** Derive an alternative_order_id in GitHub Actions when none is given. */
  readonly idempotency: boolean;
  readonly maxAttempts: number;
  readonly requestTimeoutSeconds: number;
}

const MAX_ATTEMPTS = { min: 1, max: 20 };
const REQUEST_TIMEOUT_SECONDS = { min: 0.1, max: 3600, maxInWords: '1 hour' };

export function readSafetySettings(read: InputReader, findings: Findings): SafetySettings {
  return {
    idempotency: readBooleanInput(read, 'idempotency', findings),
    maxAttempts: readWholeNumberInput(read, 'max-attempts', MAX_ATTEMPTS, findings),
    requestTimeoutSeconds: readSeconds(read, 'request-timeout', REQUEST_TIMEOUT_SECONDS, findings),
  };
}
