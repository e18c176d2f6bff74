"use strict";
exports.id = 210;
exports.ids = [210,269];
exports.modules = {

/***/ 1210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CertCentralClient: () => (/* binding */ CertCentralClient),
  MAX_ANSWER_BYTES: () => (/* binding */ MAX_ANSWER_BYTES),
  USER_AGENT: () => (/* binding */ USER_AGENT)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"certcentral-order-action","rE":"1.0.0"}');
// EXTERNAL MODULE: ./src/certcentral/retry.ts
var retry = __webpack_require__(269);
// EXTERNAL MODULE: ./src/certcentral/secrets.ts
var secrets = __webpack_require__(1278);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/common/timers.ts
var timers = __webpack_require__(7971);
// EXTERNAL MODULE: ./src/certcentral/errors.ts
var certcentral_errors = __webpack_require__(7168);
;// CONCATENATED MODULE: ./src/certcentral/client.ts






const USER_AGENT = `${package_namespaceObject.UU}/${package_namespaceObject.rE}`;
const EXCERPT_LENGTH = 200;
/** The most of an answer that is read, after decompression: CertCentral's answers are a few kB. */
const MAX_ANSWER_BYTES = 1_048_576;
/** Below this the pacing after a 429 ends. */
const MIN_PACING_MS = 200;
/** The certificate could not be verified: retrying does not help, a CA does. */
const TLS_ERROR = /^(CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|ERR_TLS_CERT|ERR_SSL_|HOSTNAME_MISMATCH)/;
/** No connection was made, so nothing was sent. */
const NOT_CONNECTED = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'];
class CertCentralClient {
    retry;
    options;
    agent;
    /**
     * After a 429 the key's budget, shared by every pipeline, is spent: each later request of this run
     * starts after a random share of this, so that a fleet's follow-up requests do not arrive in bursts.
     * A success shortens it by a quarter.
     */
    pacingMs = 0;
    constructor(options) {
        this.options = options;
        this.retry = options.retry;
    }
    /**
     * Sends the request, trying again after 429, 502, 503, 504, timeouts and network errors while
     * max-attempts (429s aside) and the overall time allow. A POST or PUT is tried again only when
     * CertCentral surely did not carry it out; when that is unknown, the error goes to the caller, who
     * can check first.
     */
    async send(request, attempts = this.retry.start()) {
        for (;;) {
            attempts.count++;
            try {
                return await this.pacedAttempt(request, attempts);
            }
            catch (error) {
                if (!(error instanceof certcentral_errors/* CertCentralError */.c) || !error.retryable)
                    throw error;
                if (request.method !== 'GET' && error.outcome === 'unknown')
                    throw error;
                const rateLimited = error.status === 429;
                if (rateLimited)
                    attempts.rateLimited++;
                const next = this.retry.next(attempts, error.retryAfterMs, rateLimited);
                if ('stop' in next)
                    throw error.withNote(next.stop);
                const which = rateLimited
                    ? `rate limited ${attempts.rateLimited} ${attempts.rateLimited === 1 ? 'time' : 'times'}`
                    : `try ${attempts.count - attempts.rateLimited + 1} of ${this.retry.maxAttempts}`;
                this.info(`${error.message} Trying again in ${(0,retry.seconds)(next.waitMs)} (${which}).`);
                await this.retry.sleep(next.waitMs);
            }
        }
    }
    /**
     * One try and no more: for reads that are repeated anyway, such as the polls of a wait for issuance. Given
     * `withinMs`, the try (its pacing wait included) ends by then, request-timeout or not: a wait's deadline holds.
     */
    sendOnce(request, withinMs) {
        const attempts = withinMs === undefined ? this.retry.start() : new retry.Attempts(this.retry.now() + withinMs);
        attempts.count = 1;
        return this.pacedAttempt(request, attempts);
    }
    /** One try, after the pacing wait; a 429 lengthens the pacing, a success shortens it. */
    async pacedAttempt(request, attempts) {
        if (this.pacingMs > 0)
            await this.retry.sleepWithin(attempts, this.retry.jitterMs(this.pacingMs));
        try {
            const response = await this.attempt(request, attempts);
            this.pacingMs = this.pacingMs < MIN_PACING_MS ? 0 : this.pacingMs * 0.75;
            return response;
        }
        catch (error) {
            if (error instanceof certcentral_errors/* CertCentralError */.c && error.status === 429) {
                this.pacingMs = Math.max(this.pacingMs, error.retryAfterMs ?? 0, 1_000);
            }
            throw error;
        }
    }
    /** One try, within request-timeout. */
    async attempt(request, attempts) {
        const label = `${request.method} ${request.path}`;
        const answer = await this.exchange(request, label, this.retry.attemptTimeoutMs(attempts));
        this.debug(`${label} answered HTTP ${answer.status}`);
        return this.interpret(request, label, answer);
    }
    /**
     * Sends the request and reads the whole answer, at most MAX_ANSWER_BYTES of it after decompression: node-fetch
     * counts while it streams and stops there, so neither a huge answer nor a compressed bomb is held in memory.
     */
    async exchange(request, label, timeoutMs) {
        const { default: fetch } = await __webpack_require__.e(/* import() */ 816).then(__webpack_require__.bind(__webpack_require__, 816));
        const url = `${this.options.baseUrl}${request.path}`;
        const agent = await this.agentFor(url);
        this.debug(`${label}${agent ? ' (through the proxy)' : ''}`);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), (0,timers/* timerMs */.Q2)(timeoutMs));
        let status;
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
                ...(agent ? { agent: agent } : {}),
            });
            status = response.status;
            const head = { status, statusText: response.statusText, retryAfter: response.headers.get('retry-after') };
            return { ...head, text: await response.text() };
        }
        catch (error) {
            if (error.type === 'max-size' && status !== undefined)
                throw this.tooLarge(label, status);
            throw this.networkFailure(error, label, url, controller.signal.aborted ? timeoutMs : undefined);
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** An answer past MAX_ANSWER_BYTES: not read, not tried again; a 2xx may still have carried the request out. */
    tooLarge(label, status) {
        return new certcentral_errors/* CertCentralError */.c(`${label}: CertCentral answered HTTP ${status}, and the answer is too large: more than ${MAX_ANSWER_BYTES / 1_048_576} MiB. It was not read.`, status, [], { outcome: status >= 200 && status < 300 ? 'unknown' : 'rejected', retryable: false });
    }
    /** The answer as JSON (or text, for a download), or the failure it reports. */
    interpret(request, label, answer) {
        const { status, statusText, retryAfter, text } = answer;
        const httpStatus = `HTTP ${status}${statusText ? ` ${this.shown(statusText)}` : ''}`;
        const retryable = retry.RETRYABLE_STATUSES.includes(status);
        const details = { retryable, retryAfterMs: retryable ? (0,retry.parseRetryAfter)(retryAfter) : undefined };
        const success = status >= 200 && status <= 299;
        let json;
        if (text.trim() !== '' && !(request.answers === 'text' && success)) {
            try {
                json = JSON.parse(text);
            }
            catch {
                throw new certcentral_errors/* CertCentralError */.c(this.redact(`${label}: CertCentral answered ${httpStatus} with a body that is not JSON: "${this.shown(excerpt(this.redact(text)))}"`), status, [], 
                // A 2xx that cannot be read may still have carried the request out.
                success ? { outcome: 'unknown', retryable: false } : details);
            }
        }
        if (success)
            return { status, text, json };
        const errors = digiCertErrors(json);
        const body = text.trim() === '' ? '(empty body)' : `"${this.shown(excerpt(this.redact(text)))}"`;
        const detail = errors.length > 0 ? errors.map((e) => `${this.shown(e.code)}: ${this.shown(e.message)}`).join('; ') : body;
        throw new certcentral_errors/* CertCentralError */.c(this.redact(`${label}: CertCentral answered ${httpStatus}: ${detail}`), status, this.redactErrors(errors), details);
    }
    networkFailure(error, label, url, timeoutMs) {
        if (timeoutMs !== undefined) {
            return new certcentral_errors/* CertCentralError */.c(this.redact(`${label} to ${url}: no complete answer within ${(0,retry.seconds)(timeoutMs)} (request-timeout).`), undefined, [], { outcome: 'unknown', retryable: true });
        }
        const code = errorCode(error);
        // node-fetch says "request to <url> failed, reason: <reason>"; the url is named once.
        const message = this.shown(error.message.replace(/^request to \S+ failed, reason: /, ''));
        const failed = `${label} to ${url} failed: ${message}`;
        if (TLS_ERROR.test(code)) {
            return new certcentral_errors/* CertCentralError */.c(this.redact(`${failed} (${code}). The server's certificate is not trusted. If a proxy or gateway of your network presents its own certificate, give its CA in a PEM file through NODE_EXTRA_CA_CERTS.`), undefined, [], { outcome: 'not-sent', retryable: false });
        }
        if (code === 'ERR_PROXY_CONNECT') {
            // node-fetch keeps only the code and message of the proxy's refusal.
            const proxyStatus = Number(/HTTP (\d{3})/.exec(message)?.[1]);
            return new certcentral_errors/* CertCentralError */.c(this.redact(`${label} to ${url} failed: ${message}. Check HTTPS_PROXY and NO_PROXY.`), undefined, [], { outcome: 'not-sent', retryable: retry.RETRYABLE_STATUSES.includes(proxyStatus) });
        }
        const connected = !NOT_CONNECTED.includes(code);
        const named = code && !message.includes(code) ? ` (${code})` : '';
        return new certcentral_errors/* CertCentralError */.c(this.redact(`${failed}${named}.`), undefined, [], {
            outcome: connected ? 'unknown' : 'not-sent',
            retryable: true,
        });
    }
    agentFor(url) {
        if (!url.startsWith('https:'))
            return Promise.resolve(undefined);
        this.agent ??= __webpack_require__.e(/* import() */ 163).then(__webpack_require__.bind(__webpack_require__, 9163)).then(({ agentFor }) => agentFor(new URL(url), this.options.env ?? process.env, this.retry.requestTimeoutMs));
        return this.agent;
    }
    info(message) {
        (this.options.info ?? this.options.debug)?.(this.redact(message));
    }
    debug(message) {
        this.options.debug?.(this.redact(message));
    }
    redact(message) {
        return (0,secrets/* redact */.E$)(message, this.options.apiKey);
    }
    /** Server text for a message: the key hidden first (a key split by a line break is still found), then the gate. */
    shown(text) {
        return (0,untrusted/* shown */.SP)(this.redact(text));
    }
    redactErrors(errors) {
        return errors.map(({ code, message }) => ({ code: this.redact(code), message: this.redact(message) }));
    }
}
/** The system or TLS error code of a failed fetch, from node-fetch's FetchError or its cause. */
function errorCode(error) {
    const candidates = [error, error?.cause];
    for (const candidate of candidates) {
        const code = candidate?.code;
        if (typeof code === 'string' && code !== 'ERR_STREAM_PREMATURE_CLOSE' && code !== 'FETCH_ERROR')
            return code;
        const errno = candidate?.errno;
        if (typeof errno === 'string')
            return errno;
    }
    return '';
}
function digiCertErrors(json) {
    const errors = json?.errors;
    if (!Array.isArray(errors))
        return [];
    return errors.map((error) => ({
        code: String(error?.code ?? 'unknown'),
        message: String(error?.message ?? ''),
    }));
}
function excerpt(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}\u2026` : flat;
}


/***/ }),

/***/ 269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Attempts: () => (/* binding */ Attempts),
/* harmony export */   RETRYABLE_STATUSES: () => (/* binding */ RETRYABLE_STATUSES),
/* harmony export */   RetryPolicy: () => (/* binding */ RetryPolicy),
/* harmony export */   parseRetryAfter: () => (/* binding */ parseRetryAfter),
/* harmony export */   seconds: () => (/* binding */ seconds)
/* harmony export */ });
/* harmony import */ var _common_timers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7971);
/**
 * When to try a request again, and how long to wait first: exponential backoff with full jitter,
 * CertCentral's Retry-After (plus jitter) when it sends one, at most max-attempts tries of each request
 * (429s aside: they are waited out while time remains), and one overall deadline for each request's
 * tries (for an order: the look-ups, its tries and the checks between them).
 */

/** Statuses that say "try again later": rate limited, or a gateway or the service is unavailable. */
const RETRYABLE_STATUSES = [429, 502, 503, 504];
const DEFAULT_BASE_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 30_000;
/** The tries of one request so far, and when they must be over. */
class Attempts {
    count = 0;
    /** Tries answered with 429; they do not count against max-attempts. */
    rateLimited = 0;
    deadline;
    constructor(deadline) {
        this.deadline = deadline;
    }
}
class RetryPolicy {
    maxAttempts;
    requestTimeoutMs;
    overallMs;
    baseDelayMs;
    maxDelayMs;
    random;
    now;
    sleepFor;
    constructor(options) {
        this.maxAttempts = options.maxAttempts;
        this.requestTimeoutMs = options.requestTimeoutMs;
        this.baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
        this.maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
        this.random = options.random ?? Math.random;
        this.now = options.now ?? Date.now;
        this.sleepFor = options.sleep ?? _common_timers_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy;
        // Room for every try to time out and every wait to be the longest backoff.
        this.overallMs = options.overallMs ?? options.maxAttempts * (options.requestTimeoutMs + this.maxDelayMs);
    }
    /** The tries of a new request; a wait for issuance polls with a new one for every read. */
    start() {
        return new Attempts(this.now() + this.overallMs);
    }
    /** The time the next try may take: request-timeout, or less when the overall deadline is nearer. */
    attemptTimeoutMs(attempts) {
        return Math.max(1, Math.min(this.requestTimeoutMs, this.remainingMs(attempts)));
    }
    remainingMs(attempts) {
        return attempts.deadline - this.now();
    }
    /** Full jitter: a random wait between 0 and the exponential bound of this try. */
    backoffMs(attempt) {
        const bound = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.max(0, attempt - 1));
        return Math.floor(this.random() * bound);
    }
    /**
     * After `attempts` tries: how long to wait before the next one, or why there is none. A 429 is
     * waited out while the overall time allows, Retry-After plus a random share that grows with each
     * 429 in a row, so that pipelines sharing a key come back spread out instead of in lockstep.
     */
    next(attempts, retryAfterMs, rateLimited = false) {
        const tries = `${attempts.count} ${attempts.count === 1 ? 'try' : 'tries'}`;
        if (!rateLimited && attempts.count - attempts.rateLimited >= this.maxAttempts) {
            return { stop: `Gave up after ${tries} (max-attempts).` };
        }
        const waitMs = rateLimited
            ? this.rateLimitWaitMs(retryAfterMs, attempts.rateLimited)
            : (retryAfterMs ?? this.backoffMs(attempts.count));
        if (waitMs >= this.remainingMs(attempts)) {
            const asked = retryAfterMs === undefined
                ? 'The next try'
                : `CertCentral asked to wait ${seconds(retryAfterMs)} (Retry-After); that`;
            return {
                stop: `Gave up after ${tries}: ${asked} would pass the overall time limit (max-attempts \u00d7 (request-timeout + 30 s)).`,
            };
        }
        return { waitMs };
    }
    /** A random wait from 0 up to `boundMs`. */
    jitterMs(boundMs) {
        return Math.floor(this.random() * boundMs);
    }
    /** Retry-After (or the backoff) plus a random share of a spread that doubles with each 429 in a row. */
    rateLimitWaitMs(retryAfterMs, inARow) {
        const spread = Math.min(this.maxDelayMs, 2 * Math.max(this.baseDelayMs, retryAfterMs ?? 0) * 2 ** Math.max(0, inARow - 1));
        return (retryAfterMs ?? 0) + Math.floor(this.random() * spread);
    }
    /** Waits, but never past the deadline of `attempts`; false when no time was left for it. */
    async sleepWithin(attempts, ms) {
        const remaining = this.remainingMs(attempts);
        if (remaining <= 0)
            return false;
        await this.sleep(Math.min(ms, remaining));
        return ms < remaining;
    }
    sleep(ms) {
        return this.sleepFor(ms);
    }
}
/** Retry-After as delay-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null || value === undefined || value.trim() === '')
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1_000;
    const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function seconds(ms) {
    return `${Number((ms / 1_000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}


/***/ }),

/***/ 7971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ timerMs),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export MAX_TIMER_MS */
/**
 * Timers that cannot overflow. Node fires a setTimeout of more than 2^31 - 1 ms (about 24.8 days) at
 * once, with only a warning, so an unchecked delay would turn a long wait into a tight loop.
 */
/** The longest delay Node's timers keep. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The delay a timer can keep: from 0 (NaN too) to MAX_TIMER_MS. */
function timerMs(ms) {
    if (Number.isNaN(ms) || ms < 0)
        return 0;
    return Math.min(ms, MAX_TIMER_MS);
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, timerMs(ms)));
}


/***/ })

};
;