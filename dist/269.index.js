"use strict";
exports.id = 269;
exports.ids = [269];
exports.modules = {

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