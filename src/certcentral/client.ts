import packageJson from '../../package.json' with { type: 'json' };
import type { Environment } from './proxy-settings.ts';
import type { ApiRequest } from './api-request.ts';
import { Attempts, parseRetryAfter, RETRYABLE_STATUSES, type RetryPolicy, seconds } from './retry.ts';
import { redact } from './secrets.ts';
import { shown } from '../common/untrusted.ts';
import { timerMs } from '../common/timers.ts';
import { CertCentralError, type DigiCertError, type FailureDetails } from './errors.ts';

export const USER_AGENT = `${packageJson.name}/${packageJson.version}`;

export interface ApiResponse {
  readonly status: number;
  /** The body as received. */
  readonly text: string;
  /** The parsed JSON body; undefined when the body is empty. */
  readonly json: unknown;
}

export interface ClientOptions {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly debug?: (message: string) => void;
  /** Retries, shown in the log. */
  readonly info?: (message: string) => void;
  /** How often and how long to try: max-attempts and request-timeout, from the inputs. */
  readonly retry: RetryPolicy;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read; process.env by default. */
  readonly env?: Environment;
}

const EXCERPT_LENGTH = 200;
/** The most of an answer that is read, after decompression: CertCentral's answers are a few kB. */
export const MAX_ANSWER_BYTES = 1_048_576;

/** An answer as received, before it is read as JSON. */
interface RawAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly retryAfter: string | null;
  readonly text: string;
}
/** Below this the pacing after a 429 ends. */
const MIN_PACING_MS = 200;

/** The certificate could not be verified: retrying does not help, a CA does. */
const TLS_ERROR = /^(CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|ERR_TLS_CERT|ERR_SSL_|HOSTNAME_MISMATCH)/;
/** No connection was made, so nothing was sent. */
const NOT_CONNECTED = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'];

export class CertCentralClient {
  readonly retry: RetryPolicy;
  private readonly options: ClientOptions;
  private agent: Promise<unknown> | undefined;
  /**
   * After a 429 the key's budget, shared by every pipeline, is spent: each later request of this run
   * starts after a random share of this, so that a fleet's follow-up requests do not arrive in bursts.
   * A success shortens it by a quarter.
   */
  private pacingMs = 0;

  constructor(options: ClientOptions) {
    this.options = options;
    this.retry = options.retry;
  }

  /**
   * Sends the request, trying again after 429, 502, 503, 504, timeouts and network errors while
   * max-attempts (429s aside) and the overall time allow. A POST or PUT is tried again only when
   * CertCentral surely did not carry it out; when that is unknown, the error goes to the caller, who
   * can check first.
   */
  async send(request: ApiRequest, attempts = this.retry.start()): Promise<ApiResponse> {
    for (;;) {
      attempts.count++;
      try {
        return await this.pacedAttempt(request, attempts);
      } catch (error) {
        if (!(error instanceof CertCentralError) || !error.retryable) throw error;
        if (request.method !== 'GET' && error.outcome === 'unknown') throw error;
        const rateLimited = error.status === 429;
        if (rateLimited) attempts.rateLimited++;
        const next = this.retry.next(attempts, error.retryAfterMs, rateLimited);
        if ('stop' in next) throw error.withNote(next.stop);
        const which = rateLimited
          ? `rate limited ${attempts.rateLimited} ${attempts.rateLimited === 1 ? 'time' : 'times'}`
          : `try ${attempts.count - attempts.rateLimited + 1} of ${this.retry.maxAttempts}`;
        this.info(`${error.message} Trying again in ${seconds(next.waitMs)} (${which}).`);
        await this.retry.sleep(next.waitMs);
      }
    }
  }

  /**
   * One try and no more: for reads that are repeated anyway, such as the polls of a wait for issuance. Given
   * `withinMs`, the try (its pacing wait included) ends by then, request-timeout or not: a wait's deadline holds.
   */
  sendOnce(request: ApiRequest, withinMs?: number): Promise<ApiResponse> {
    const attempts = withinMs === undefined ? this.retry.start() : new Attempts(this.retry.now() + withinMs);
    attempts.count = 1;
    return this.pacedAttempt(request, attempts);
  }

  /** One try, after the pacing wait; a 429 lengthens the pacing, a success shortens it. */
  private async pacedAttempt(request: ApiRequest, attempts: Attempts): Promise<ApiResponse> {
    if (this.pacingMs > 0) await this.retry.sleepWithin(attempts, this.retry.jitterMs(this.pacingMs));
    try {
      const response = await this.attempt(request, attempts);
      this.pacingMs = this.pacingMs < MIN_PACING_MS ? 0 : this.pacingMs * 0.75;
      return response;
    } catch (error) {
      if (error instanceof CertCentralError && error.status === 429) {
        this.pacingMs = Math.max(this.pacingMs, error.retryAfterMs ?? 0, 1_000);
      }
      throw error;
    }
  }

  /** One try, within request-timeout. */
  async attempt(request: ApiRequest, attempts: Attempts): Promise<ApiResponse> {
    const label = `${request.method} ${request.path}`;
    const answer = await this.exchange(request, label, this.retry.attemptTimeoutMs(attempts));
    this.debug(`${label} answered HTTP ${answer.status}`);
    return this.interpret(request, label, answer);
  }

  /**
   * Sends the request and reads the whole answer, at most MAX_ANSWER_BYTES of it after decompression: node-fetch
   * counts while it streams and stops there, so neither a huge answer nor a compressed bomb is held in memory.
   */
  private async exchange(request: ApiRequest, label: string, timeoutMs: number): Promise<RawAnswer> {
    const { default: fetch } = await import('node-fetch');
    const url = `${this.options.baseUrl}${request.path}`;
    const agent = await this.agentFor(url);
    this.debug(`${label}${agent ? ' (through the proxy)' : ''}`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timerMs(timeoutMs));
    let status: number | undefined;
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
        signal: controller.signal,
        size: MAX_ANSWER_BYTES,
        ...(agent ? { agent: agent as import('node:http').Agent } : {}),
      });
      status = response.status;
      const head = { status, statusText: response.statusText, retryAfter: response.headers.get('retry-after') };
      return { ...head, text: await response.text() };
    } catch (error) {
      if ((error as { type?: unknown }).type === 'max-size' && status !== undefined) throw this.tooLarge(label, status);
      throw this.networkFailure(error, label, url, controller.signal.aborted ? timeoutMs : undefined);
    } finally {
      clearTimeout(timer);
    }
  }

  /** An answer past MAX_ANSWER_BYTES: not read, not tried again; a 2xx may still have carried the request out. */
  private tooLarge(label: string, status: number): CertCentralError {
    return new CertCentralError(
      `${label}: CertCentral answered HTTP ${status}, and the answer is too large: more than ${MAX_ANSWER_BYTES / 1_048_576} MiB. It was not read.`,
      status,
      [],
      { outcome: status >= 200 && status < 300 ? 'unknown' : 'rejected', retryable: false },
    );
  }

  /** The answer as JSON (or text, for a download), or the failure it reports. */
  private interpret(request: ApiRequest, label: string, answer: RawAnswer): ApiResponse {
    const { status, statusText, retryAfter, text } = answer;
    const httpStatus = `HTTP ${status}${statusText ? ` ${this.shown(statusText)}` : ''}`;
    const retryable = RETRYABLE_STATUSES.includes(status);
    const details: FailureDetails = { retryable, retryAfterMs: retryable ? parseRetryAfter(retryAfter) : undefined };
    const success = status >= 200 && status <= 299;
    let json: unknown;
    if (text.trim() !== '' && !(request.answers === 'text' && success)) {
      try {
        json = JSON.parse(text);
      } catch {
        throw new CertCentralError(
          this.redact(
            `${label}: CertCentral answered ${httpStatus} with a body that is not JSON: "${this.shown(excerpt(this.redact(text)))}"`,
          ),
          status,
          [],
          // A 2xx that cannot be read may still have carried the request out.
          success ? { outcome: 'unknown', retryable: false } : details,
        );
      }
    }
    if (success) return { status, text, json };
    const errors = digiCertErrors(json);
    const body = text.trim() === '' ? '(empty body)' : `"${this.shown(excerpt(this.redact(text)))}"`;
    const detail =
      errors.length > 0 ? errors.map((e) => `${this.shown(e.code)}: ${this.shown(e.message)}`).join('; ') : body;
    throw new CertCentralError(
      this.redact(`${label}: CertCentral answered ${httpStatus}: ${detail}`),
      status,
      this.redactErrors(errors),
      details,
    );
  }

  private networkFailure(error: unknown, label: string, url: string, timeoutMs: number | undefined): CertCentralError {
    if (timeoutMs !== undefined) {
      return new CertCentralError(
        this.redact(`${label} to ${url}: no complete answer within ${seconds(timeoutMs)} (request-timeout).`),
        undefined,
        [],
        { outcome: 'unknown', retryable: true },
      );
    }
    const code = errorCode(error);
    // node-fetch says "request to <url> failed, reason: <reason>"; the url is named once.
    const message = this.shown((error as Error).message.replace(/^request to \S+ failed, reason: /, ''));
    const failed = `${label} to ${url} failed: ${message}`;
    if (TLS_ERROR.test(code)) {
      return new CertCentralError(
        this.redact(
          `${failed} (${code}). The server's certificate is not trusted. If a proxy or gateway of your network presents its own certificate, give its CA in a PEM file through NODE_EXTRA_CA_CERTS.`,
        ),
        undefined,
        [],
        { outcome: 'not-sent', retryable: false },
      );
    }
    if (code === 'ERR_PROXY_CONNECT') {
      // node-fetch keeps only the code and message of the proxy's refusal.
      const proxyStatus = Number(/HTTP (\d{3})/.exec(message)?.[1]);
      return new CertCentralError(
        this.redact(`${label} to ${url} failed: ${message}. Check HTTPS_PROXY and NO_PROXY.`),
        undefined,
        [],
        { outcome: 'not-sent', retryable: RETRYABLE_STATUSES.includes(proxyStatus) },
      );
    }
    const connected = !NOT_CONNECTED.includes(code);
    const named = code && !message.includes(code) ? ` (${code})` : '';
    return new CertCentralError(this.redact(`${failed}${named}.`), undefined, [], {
      outcome: connected ? 'unknown' : 'not-sent',
      retryable: true,
    });
  }

  private agentFor(url: string): Promise<unknown> {
    if (!url.startsWith('https:')) return Promise.resolve(undefined);
    this.agent ??= import('./proxy.ts').then(({ agentFor }) =>
      agentFor(new URL(url), this.options.env ?? process.env, this.retry.requestTimeoutMs),
    );
    return this.agent;
  }

  private info(message: string): void {
    (this.options.info ?? this.options.debug)?.(this.redact(message));
  }

  debug(message: string): void {
    this.options.debug?.(this.redact(message));
  }

  private redact(message: string): string {
    return redact(message, this.options.apiKey);
  }

  /** Server text for a message: the key hidden first (a key split by a line break is still found), then the gate. */
  private shown(text: string): string {
    return shown(this.redact(text));
  }

  private redactErrors(errors: readonly DigiCertError[]): DigiCertError[] {
    return errors.map(({ code, message }) => ({ code: this.redact(code), message: this.redact(message) }));
  }
}

/** The system or TLS error code of a failed fetch, from node-fetch's FetchError or its cause. */
function errorCode(error: unknown): string {
  const candidates = [error, (error as { cause?: unknown } | undefined)?.cause];
  for (const candidate of candidates) {
    const code = (candidate as { code?: unknown; errno?: unknown } | undefined)?.code;
    if (typeof code === 'string' && code !== 'ERR_STREAM_PREMATURE_CLOSE' && code !== 'FETCH_ERROR') return code;
    const errno = (candidate as { errno?: unknown } | undefined)?.errno;
    if (typeof errno === 'string') return errno;
  }
  return '';
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
