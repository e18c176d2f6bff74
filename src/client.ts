import packageJson from '../package.json' with { type: 'json' };
import type { ApiRequest } from './request.ts';
import { redact } from './secrets.ts';

export const USER_AGENT = `${packageJson.name}/${packageJson.version}`;

export interface DigiCertError {
  readonly code: string;
  readonly message: string;
}

export interface ApiResponse {
  readonly status: number;
  /** The body as received. */
  readonly text: string;
  /** The parsed JSON body; undefined when the body is empty. */
  readonly json: unknown;
}

/** A failed call, with DigiCert's errors[] when it sent any. */
export class CertCentralError extends Error {
  readonly status: number | undefined;
  readonly errors: readonly DigiCertError[];

  constructor(message: string, status?: number, errors: readonly DigiCertError[] = []) {
    super(message);
    this.name = 'CertCentralError';
    this.status = status;
    this.errors = errors;
  }
}

export interface ClientOptions {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly debug?: (message: string) => void;
}

const EXCERPT_LENGTH = 200;

export class CertCentralClient {
  private readonly options: ClientOptions;

  constructor(options: ClientOptions) {
    this.options = options;
  }

  async send(request: ApiRequest): Promise<ApiResponse> {
    const { default: fetch } = await import('node-fetch');
    const url = `${this.options.baseUrl}${request.path}`;
    const label = `${request.method} ${request.path}`;
    this.debug(`${label}`);
    let status: number;
    let statusText: string;
    let text: string;
    try {
      const response = await fetch(url, {
        method: request.method,
        headers: {
          'X-DC-DEVKEY': this.options.apiKey,
          'Content-Type': 'application/json',
          Accept: request.answers === 'text' ? '*/*' : 'application/json',
          'User-Agent': USER_AGENT,
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        // node-fetch would forward X-DC-DEVKEY to wherever a redirect points; the key goes to the base URL only.
        redirect: 'error',
      });
      status = response.status;
      statusText = response.statusText;
      text = await response.text();
    } catch (error) {
      throw new CertCentralError(this.redact(`${label} to ${url} failed: ${(error as Error).message}`));
    }
    this.debug(`${label} answered HTTP ${status}`);
    const httpStatus = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;

    let json: unknown;
    const isText = request.answers === 'text' && status >= 200 && status <= 299;
    if (text.trim() !== '' && !isText) {
      try {
        json = JSON.parse(text);
      } catch {
        throw new CertCentralError(
          this.redact(`${label}: CertCentral answered ${httpStatus} with a body that is not JSON: "${excerpt(text)}"`),
          status,
        );
      }
    }
    if (status < 200 || status > 299) {
      const errors = digiCertErrors(json);
      const detail = errors.length > 0 ? errors.map((e) => `${e.code}: ${e.message}`).join('; ') : `"${excerpt(text)}"`;
      throw new CertCentralError(
        this.redact(`${label}: CertCentral answered ${httpStatus}: ${detail}`),
        status,
        errors,
      );
    }
    return { status, text, json };
  }

  private debug(message: string): void {
    this.options.debug?.(this.redact(message));
  }

  private redact(message: string): string {
    return redact(message, this.options.apiKey);
  }
}

function digiCertErrors(json: unknown): DigiCertError[] {
  const errors = (json as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((error: { code?: unknown; message?: unknown }) => ({
    code: String(error?.code ?? 'unknown'),
    message: String(error?.message ?? ''),
  }));
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}
