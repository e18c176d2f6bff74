"use strict";
exports.id = 451;
exports.ids = [451,269];
exports.modules = {

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CertCentralError)
/* harmony export */ });
/* harmony import */ var _common_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6191);
/**
 * A failed call to CertCentral, in a module of its own: whatever only reads a failure (the summary, the wait, the
 * never-twice checks) needs no HTTP client.
 */

/** A failed call, with DigiCert's errors[] when it sent any. */
class CertCentralError extends _common_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .Failure */ .H {
    status;
    errors;
    outcome;
    retryable;
    retryAfterMs;
    constructor(message, status, errors = [], details = {}) {
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


/***/ }),

/***/ 1768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ findOrdersByAlternativeId),
/* harmony export */   N4: () => (/* binding */ cancelOrder),
/* harmony export */   fk: () => (/* binding */ rejectRequest),
/* harmony export */   vT: () => (/* binding */ getOrderInfo)
/* harmony export */ });
/* unused harmony export parseOrderInfo */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7168);
/* harmony import */ var _common_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5234);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4891);



/** GET /order/certificate/{order_id}. */
async function getOrderInfo(client, orderId, options = {}) {
    const path = `/order/certificate/${orderId}`;
    const request = { method: 'GET', path };
    const response = options.once
        ? await client.sendOnce(request, options.withinMs)
        : await client.send(request, options.attempts);
    const info = parseOrderInfo(response.json, response.text);
    if (!info) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CertCentralError */ .c(`GET ${path}: CertCentral answered HTTP ${response.status} without an order id and status, or with an ID that is not a positive whole number; the answer cannot be read.`, response.status);
    }
    return info;
}
/**
 * An order info answer, read; undefined when it has no order id and status, or when an ID in it (the order's, its
 * certificate's or a request's) is not a positive safe integer: such an answer cannot be read.
 */
function parseOrderInfo(answer, answerText) {
    if (!(0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(answer) || typeof answer.status !== 'string')
        return undefined;
    const id = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveId */ .xf)(answer.id);
    const certificate = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(answer.certificate) ? answer.certificate : {};
    const certificateId = certificate.id === undefined || certificate.id === null ? undefined : (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveId */ .xf)(certificate.id);
    const requests = Array.isArray(answer.requests) ? answer.requests.filter(_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd) : [];
    const requestIds = requests.map((request) => (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveId */ .xf)(request.id)).filter((requestId) => requestId !== undefined);
    const badCertificateId = certificate.id !== undefined && certificate.id !== null && certificateId === undefined;
    if (id === undefined || badCertificateId || requestIds.length < requests.length)
        return undefined;
    const exact = {
        status: answer.status,
        serialNumber: (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(certificate.serial_number),
        thumbprint: (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(certificate.thumbprint),
        validFrom: (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(certificate.valid_from),
        validTill: (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(certificate.valid_till),
    };
    return {
        id,
        status: (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(exact.status),
        product: (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)((0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)((0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(answer.product) ? answer.product.name_id : undefined)),
        provisioningMethod: (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)((0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(answer.cs_provisioning_method)),
        certificate: {
            id: certificateId,
            serialNumber: (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(exact.serialNumber),
            thumbprint: (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(exact.thumbprint),
            validFrom: (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(exact.validFrom),
            validTill: (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(exact.validTill),
            csr: (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(certificate.csr),
        },
        requests: requests.map((request, index) => ({
            id: requestIds[index] ?? 0,
            status: (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)((0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(request.status)),
            type: (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)((0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(request.type)),
            comments: (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(request.comments),
            exactStatus: (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(request.status),
        })),
        exact,
        text: answerText,
    };
}
/**
 * GET /order/alternate/{alternative_order_id}: the ids of the orders carrying that id, lowest first.
 * DigiCert documents only the answer with orders. No order may come back as a 404, as `orders: []`, or as a page
 * with no `orders` key at all, the shape of its real empty list answer (certcentral-2026.md \u00a75): all three mean none.
 * Any other answer is unreadable, and nothing is ordered on it.
 */
async function findOrdersByAlternativeId(client, alternativeOrderId, attempts) {
    const path = `/order/alternate/${encodeURIComponent(alternativeOrderId)}`;
    let response;
    try {
        response = await client.send({ method: 'GET', path }, attempts);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CertCentralError */ .c) || error.status !== 404)
            throw error;
        client.debug(`GET ${path} answered 404: no order carries alternative_order_id ${alternativeOrderId} yet.`);
        return [];
    }
    const answer = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(response.json) ? response.json : undefined;
    if (answer && noOrders(answer)) {
        client.debug(`GET ${path} answered an empty list: no order carries alternative_order_id ${alternativeOrderId} yet.`);
        return [];
    }
    const orders = answer?.orders;
    if (!Array.isArray(orders)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CertCentralError */ .c(`GET ${path}: CertCentral answered HTTP ${response.status} without an orders list.`);
    }
    const ids = orders
        .map((order) => ((0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(order) ? (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveId */ .xf)(order.order_id) : undefined))
        .filter((orderId) => orderId !== undefined);
    if (ids.length < orders.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CertCentralError */ .c(`GET ${path}: CertCentral answered HTTP ${response.status} with an order ID that is not a positive whole number; the answer cannot be read.`);
    }
    return ids.sort((a, b) => a - b);
}
/** An empty list: `orders: []`, or a page of no orders with no `orders` key. */
function noOrders(answer) {
    if (Array.isArray(answer.orders))
        return answer.orders.length === 0;
    if (answer.orders !== undefined || !(0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(answer.page))
        return false;
    const total = answer.page.total;
    // A page that says it holds orders but lists none cannot be read as "none".
    return total === undefined || total === 0;
}
/**
 * PUT /order/certificate/{order_id}/status `{status: "canceled", note}`: the current page's two fields (note is
 * required for a cancellation; send_emails is no longer listed).
 */
async function cancelOrder(client, orderId, note, attempts) {
    await client.send({ method: 'PUT', path: `/order/certificate/${orderId}/status`, body: { status: 'canceled', note } }, attempts);
}
/**
 * PUT /request/{request_id}/status `{status: "rejected", processor_comment}`: how a request waiting for approval
 * (order status needs_approval, which cannot be canceled) is turned down.
 */
async function rejectRequest(client, requestId, comment, attempts) {
    await client.send({ method: 'PUT', path: `/request/${requestId}/status`, body: { status: 'rejected', processor_comment: comment } }, attempts);
}


/***/ }),

/***/ 7749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fO: () => (/* binding */ orderInfoOutputs),
/* harmony export */   wg: () => (/* binding */ resultOutputs),
/* harmony export */   xm: () => (/* binding */ issuedChain)
/* harmony export */ });
/* unused harmony exports RESULT_OUTPUTS, ORDER_INFO_OUTPUTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7168);
/* harmony import */ var _common_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5234);


const RESULT_OUTPUTS = (/* unused pure expression or super */ null && ([
    'order-id',
    'request-id',
    'request-status',
    'certificate-id',
    'organization-id',
    'response',
]));
/** The step outputs of an order or reissue answer; '' where DigiCert gave nothing. */
function resultOutputs(response, label) {
    const answer = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(response.json) ? response.json : {};
    const firstRequest = Array.isArray(answer.requests) && (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(answer.requests[0]) ? answer.requests[0] : {};
    const organization = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(answer.organization) ? answer.organization : {};
    const ids = {
        order: (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveId */ .xf)(answer.id),
        request: optionalId(firstRequest.id),
        certificate: optionalId(answer.certificate_id),
        organization: optionalId(organization.id),
    };
    if (ids.order === undefined || Object.values(ids).includes(null)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CertCentralError */ .c(`${label}: CertCentral answered HTTP ${response.status} without an order ID, or with an ID that is not a positive whole number; the result is unknown. Check the orders in CertCentral before running again.`, response.status);
    }
    return {
        'order-id': String(ids.order),
        'request-id': ids.request === undefined ? '' : String(ids.request),
        'request-status': (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(firstRequest.status),
        'certificate-id': ids.certificate === undefined ? '' : String(ids.certificate),
        'organization-id': ids.organization === undefined ? '' : String(ids.organization),
        response: response.text,
    };
}
/** An ID the answer may leave out: undefined when absent, null when it is there but not a positive safe integer. */
function optionalId(value) {
    if (value === undefined || value === null)
        return undefined;
    return (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveId */ .xf)(value) ?? null;
}
/**
 * The PEMs of `certificate_chain` ([{subject_common_name, pem}], in any order), when an order or reissue answer
 * carries it: the certificate was issued at once. certificate_id alone does not prove issuance (certcentral-2026.md
 * \u00a76). undefined when there is no chain.
 */
function issuedChain(answer) {
    const chain = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(answer) ? answer.certificate_chain : undefined;
    if (!Array.isArray(chain))
        return undefined;
    const pems = chain
        .filter(_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)
        .map((entry) => entry.pem)
        .filter((pem) => typeof pem === 'string' && pem.includes('BEGIN CERTIFICATE'));
    return pems.length > 0 ? pems : undefined;
}
const ORDER_INFO_OUTPUTS = (/* unused pure expression or super */ null && ([
    'order-status',
    'certificate-id',
    'serial-number',
    'thumbprint',
    'valid-from',
    'valid-till',
]));
/** The outputs an order info gives: the order's status and its certificate's details, as answered; '' where none. */
function orderInfoOutputs(info) {
    return {
        'order-status': info.exact.status,
        'certificate-id': info.certificate.id === undefined ? '' : String(info.certificate.id),
        'serial-number': info.exact.serialNumber,
        thumbprint: info.exact.thumbprint,
        'valid-from': info.exact.validFrom,
        'valid-till': info.exact.validTill,
    };
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

/***/ 5373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ statusKind),
/* harmony export */   GU: () => (/* binding */ ISSUED),
/* harmony export */   Qk: () => (/* binding */ OPEN_REQUEST_STATUSES),
/* harmony export */   ll: () => (/* binding */ AWAITING_APPROVAL),
/* harmony export */   sA: () => (/* binding */ CANCELABLE_STATUSES)
/* harmony export */ });
/* unused harmony exports FAILED_STATUSES, PENDING_STATUSES */
/** CertCentral's order statuses (certcentral-2026.md \u00a77), by what they mean for a run. */
const ISSUED = 'issued';
/** Final statuses without a usable certificate. */
const FAILED_STATUSES = ['rejected', 'canceled', 'revoked', 'expired'];
/** Documented statuses that move on; any status not listed anywhere counts as pending too. */
const PENDING_STATUSES = [
    'needs_approval',
    'pending',
    'processing',
    'waiting_pickup',
    'reissue_pending',
];
const FAILED = new Set(FAILED_STATUSES);
const PENDING = new Set(PENDING_STATUSES);
function statusKind(status) {
    if (status === ISSUED)
        return 'issued';
    if (FAILED.has(status))
        return 'failed';
    if (PENDING.has(status))
        return 'pending';
    return 'unknown';
}
/** The order statuses DigiCert cancels, at no cost (certcentral-2026.md \u00a74); `reissue_pending` cancels the reissue. */
const CANCELABLE_STATUSES = ['pending', 'waiting_pickup'];
/** An order waiting for approval is not canceled: its request is rejected instead. */
const AWAITING_APPROVAL = 'needs_approval';
/** Request statuses that wait for approval: such a request can still be rejected. */
const OPEN_REQUEST_STATUSES = ['pending', 'submitted'];


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


/***/ }),

/***/ 2451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rx: () => (/* binding */ describeKey),
  iz: () => (/* binding */ pickUpIfAsked),
  E4: () => (/* binding */ sendOnce)
});

// EXTERNAL MODULE: ./src/certcentral/order-info.ts
var order_info = __webpack_require__(1768);
// EXTERNAL MODULE: ./src/certcentral/retry.ts
var retry = __webpack_require__(269);
;// CONCATENATED MODULE: ./src/never-twice/calls.ts


/** The calls through the client; each read or write has its own tries, within the deadline. */
function clientCalls(client) {
    const within = (deadline) => new retry.Attempts(deadline);
    return {
        retry: client.retry,
        post: (request, tries) => client.send(request, tries),
        ordersWithKey: (key, deadline) => (0,order_info/* findOrdersByAlternativeId */.Gs)(client, key, within(deadline)),
        readOrder: (orderId, deadline) => (0,order_info/* getOrderInfo */.vT)(client, orderId, { attempts: within(deadline) }),
        cancelOrder: (orderId, note, deadline) => (0,order_info/* cancelOrder */.N4)(client, orderId, note, within(deadline)),
        rejectRequest: (requestId, comment, deadline) => (0,order_info/* rejectRequest */.fk)(client, requestId, comment, within(deadline)),
    };
}

// EXTERNAL MODULE: ./src/never-twice/keys.ts + 1 modules
var keys = __webpack_require__(7024);
// EXTERNAL MODULE: ./src/certcentral/api-request.ts
var api_request = __webpack_require__(1459);
// EXTERNAL MODULE: ./src/certcentral/errors.ts
var errors = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/certcentral/outputs.ts
var outputs = __webpack_require__(7749);
// EXTERNAL MODULE: ./src/common/failure.ts
var failure = __webpack_require__(6191);
// EXTERNAL MODULE: ./src/common/parse.ts
var parse = __webpack_require__(5234);
;// CONCATENATED MODULE: ./src/never-twice/decide.ts
/** Looks after a POST of unknown fate that find nothing before the run decides: at once, after backoff, then after request-timeout. */
const LOOKS = 3;
function decide(moment, holding) {
    switch (holding.kind) {
        case 'one':
        case 'reissue':
        case 'changed':
            return { kind: 'reuse', holding };
        case 'failed':
            return { kind: 'fail', why: 'found-failed', holding };
        case 'foreign-reissue':
            return { kind: 'fail', why: 'reissue-pending', holding };
        case 'several':
            return moment.kind === 'after-unknown' && !moment.lookedAgainForSeveral
                ? { kind: 'look', after: 'request-timeout' }
                : { kind: 'fail', why: 'duplicate-orders', holding };
        case 'nothing':
            return nothingHeld(moment, holding);
    }
}
function nothingHeld(moment, holding) {
    if (moment.kind === 'before-sending')
        return { kind: 'send' };
    if (moment.looks < LOOKS)
        return { kind: 'look', after: moment.looks === 1 ? 'backoff' : 'request-timeout' };
    if (moment.answered)
        return { kind: 'fail', why: 'answered-absent', holding };
    return moment.cannotResend === undefined ? { kind: 'send' } : { kind: 'fail', why: 'absent', holding };
}

// EXTERNAL MODULE: ./src/certcentral/statuses.ts
var statuses = __webpack_require__(5373);
;// CONCATENATED MODULE: ./src/never-twice/messages.ts

/** "the order" or "the reissue". */
function what(kind) {
    return kind === 'reissue' ? 'the reissue' : 'the order';
}
function checkedFirst(kind) {
    return `Nothing was sent to ${kind === 'reissue' ? 'reissue' : 'order'}: the action checks first.`;
}
function nothingNow(kind) {
    return `Nothing was ${kind === 'reissue' ? 'reissued' : 'ordered'} now.`;
}
/** After a POST of unknown fate: what may have happened. */
function mayHaveHappened(kind, answered) {
    return answered
        ? `CertCentral may have carried out ${what(kind)}.`
        : `The request was sent, so CertCentral may have carried out ${what(kind)}.`;
}
function withoutKey(advice) {
    return `It was not sent again: the order carries no alternative_order_id to look it up by. It may exist: check the orders in CertCentral before running again. ${advice.checksByItself}`;
}
const orderMessages = {
    reused: (info, key) => key.kind === 'renewal'
        ? `Order ${key.renews} is already renewed by order ${info.id}, which carries alternative_order_id ${key.value}; no renewal is placed.`
        : `Order ${info.id} (${info.status}) already carries alternative_order_id ${key.value} (${(0,keys/* keySource */.JC)(key)}): it is reused, and no order is placed.`,
    reusedAfter: (info, key) => `Order ${info.id} (${info.status}) already carries alternative_order_id ${key.value} (${(0,keys/* keySource */.JC)(key)}): it is reused, and no order is placed.`,
    several: (ids, key) => `${ids.length} orders carry alternative_order_id ${key.value}: ${ids.join(', ')}. Using the first, ${ids[0]}.`,
    failed: (info, key, advice) => {
        const anew = key.kind === 'renewal'
            ? `It is the renewal of order ${key.renews}, so no other renewal of this certificate is placed. ${advice.orderAnew}`
            : advice.anotherKey;
        return `Order ${info.id} carries alternative_order_id ${key.value} (${(0,keys/* keySource */.JC)(key)}), and it is ${info.status}: there is no certificate to hand over. ${anew}`;
    },
    severalOpen: (orders, key, advice) => {
        const ids = orders.map((info) => info.id);
        return `Orders ${ids.join(', ')} carry alternative_order_id ${key.value} (${(0,keys/* keySource */.JC)(key)}), and none of them is failed: a concurrent run with the same key ordered at the same moment, and as this run got no clear answer, it cannot tell which one it placed. It canceled none of them: keep the oldest, ${ids[0]}, and cancel the others in CertCentral while they are pending (at no cost). ${advice.laterRunFinds}`;
    },
    absent: (key) => `No order carries alternative_order_id ${key.value}, so CertCentral did not create one.`,
    howToCheck: (key, advice) => `Check with GET /order/alternate/${key.value} before ordering again; ${advice.laterRunFinds}`,
};
const reissueMessages = {
    /** How the key or CSR matched a reissue request. */
    byKey: (key) => key.kind === 'renewal'
        ? `carries reissue key ${key.value} (${(0,keys/* keySource */.JC)(key)})`
        : `carries this run's reissue key ${key.value}`,
    byCsr: 'is for this CSR',
    reused: (orderId, request, by) => `Order ${orderId} already has reissue request ${request.id} (${request.status || 'no status'}), which ${by}: it is reused, and no reissue is sent.`,
    foreign: (orderId, request) => `Order ${orderId} has a pending reissue${request ? ` (request ${request.id})` : ''} that this run did not make (neither its key nor its CSR matches); a reissue now would replace it. Approve or reject the pending reissue in CertCentral, then run again. ${reissueMessages.howToCheck(orderId)}`,
    made: (orderId, evidence, request, by) => `Order ${orderId} now has ${evidence.join(' and ') || `request ${request?.id}`}, which it did not have before: the reissue was made, so it was not sent again.${by && request ? ` Request ${request.id} ${by}.` : ''}`,
    absent: (orderId) => `Order ${orderId} has no new request and the same certificate, so CertCentral did not reissue it.`,
    howToCheck: (orderId) => `Check the requests of order ${orderId} with GET /order/certificate/${orderId} before reissuing again.`,
};
const raceMessages = {
    bothOrders: (older, own, key) => `Orders ${older} and ${own} both carry alternative_order_id ${key.value} (${(0,keys/* keySource */.JC)(key)}): a concurrent run with the same key ordered at the same moment.`,
    orderNote: (older, key) => `Duplicate of order ${older} (alternative_order_id ${key.value}), placed by a concurrent run; withdrawn by the CertCentral order action.`,
    orderWithdrawn: (both, how, own, older) => `${both} This run ${how} its own, newer order ${own} (not issued, so at no cost); the older order ${older.id} (${older.status}) is the result.`,
    orderStands: (both, own) => `${both} This run's order ${own} could not be withdrawn, so both stand: decide which to keep, and cancel or revoke the other in CertCentral. The outputs are this run's order ${own}.`,
    lookFailed: (own, key, error) => `Order ${own} was placed, but looking up alternative_order_id ${key.value} once more, to see whether a concurrent run ordered too, failed: ${error}`,
    cannotWithdraw: (own, status) => `Order ${own} is ${status || '(no status)'}, which DigiCert neither cancels (only pending and waiting_pickup) nor turns down by rejecting its request (needs_approval).`,
    bothReissues: (orderId, earlier, own, key) => `Order ${orderId} has reissue requests ${earlier.id} and ${own} that both carry reissue key ${key.value} (${(0,keys/* keySource */.JC)(key)}): a concurrent run reissued at the same moment.`,
    reissueNote: (earlier, key) => `Duplicate of reissue request ${earlier} (reissue key ${key.value}), sent by a concurrent run; withdrawn by the CertCentral order action.`,
    reissueWithdrawn: (both, own, earlier) => `${both} This run rejected its own, later request ${own}; the earlier request ${earlier.id} (${earlier.status || 'no status'}) is the result.`,
    reissueStands: (both, own) => `${both} This run's request ${own} could not be rejected, so both stand: approve one and reject the other in CertCentral. The outputs are this run's request ${own}.`,
    reissueLookFailed: (orderId, error) => `The reissue of order ${orderId} was sent, but reading the order once more, to see whether a concurrent run reissued too, failed: ${error}`,
};

;// CONCATENATED MODULE: ./src/never-twice/holdings.ts



/**
 * Before sending: the first order that carries the key (`others` carry it too), read; nothing when none does.
 * After a POST of unknown fate: every order that carries it, read, since a concurrent run may have ordered too.
 */
async function orderHolding(calls, key, deadline, beforeSending) {
    const ids = await calls.ordersWithKey(key.value, deadline);
    const [first, ...others] = ids;
    if (first === undefined)
        return { kind: 'nothing' };
    if (beforeSending) {
        const order = await calls.readOrder(first, deadline);
        return isFailed(order) ? { kind: 'failed', order } : { kind: 'one', order, others };
    }
    const orders = [];
    for (const id of ids)
        orders.push(await calls.readOrder(id, deadline));
    const open = orders.filter((order) => !isFailed(order));
    if (open.length === 0)
        return { kind: 'failed', order: orders[0] };
    return open.length === 1
        ? { kind: 'one', order: open[0], others: [] }
        : { kind: 'several', orders: open };
}
function isFailed(order) {
    return (0,statuses/* statusKind */.BE)(order.status) === 'failed';
}
function reissues(order) {
    return order.requests.filter((request) => request.type === 'reissue');
}
/**
 * The newest reissue request carrying this key; else the newest reissue request, when it is not approved yet and the
 * order shows this CSR. An approved one has made its certificate: the same CSR again (a year later) asks for a new one.
 */
function matchingReissue(order, match) {
    const { key } = match;
    const byKey = key ? reissues(order).findLast((request) => (0,keys/* carriesReissueKey */.b6)(request.comments, key.value)) : undefined;
    if (byKey && key)
        return { request: byKey, by: reissueMessages.byKey(key) };
    const newest = reissues(order).at(-1);
    const open = newest !== undefined && ['pending', 'submitted'].includes(newest.status);
    return open && sameCsr(order.certificate.csr, match.csr) ? { request: newest, by: reissueMessages.byCsr } : undefined;
}
/** Before sending, from the order as the operation read it: a matching reissue, a pending one of another's, or none. */
function reissueHoldingBefore(order, match) {
    const found = matchingReissue(order, match);
    if (found)
        return { kind: 'reissue', order, ...found };
    if (order.status === 'reissue_pending')
        return { kind: 'foreign-reissue', order, request: reissues(order).at(-1) };
    return { kind: 'nothing' };
}
/**
 * After a reissue of unknown fate: the order read again, and compared with the order before. A request carrying the
 * key (or for the CSR), a request it did not have, or another certificate shows the reissue was made.
 */
async function reissueHoldingAfter(calls, before, match, deadline) {
    const after = await calls.readOrder(before.id, deadline);
    const found = matchingReissue(after, match);
    const known = new Set(before.requests.map((request) => request.id));
    const added = after.requests.filter((request) => !known.has(request.id));
    const certificateChanged = after.certificate.id !== before.certificate.id;
    if (!found && added.length === 0 && !certificateChanged)
        return { kind: 'nothing' };
    const request = found?.request ?? added.findLast((entry) => entry.type === 'reissue') ?? added.at(-1);
    const evidence = [
        ...added.map((entry) => `request ${entry.id} (${entry.type || 'request'}, ${entry.status || 'no status'})`),
        ...(certificateChanged
            ? [`certificate ${after.certificate.id ?? 'none'} instead of ${before.certificate.id ?? 'none'}`]
            : []),
    ];
    return { kind: 'changed', order: after, request, evidence, certificateChanged, by: found?.by };
}
/** Whitespace aside, so that line breaks and PEM wrapping do not matter. */
function sameCsr(a, b) {
    return a !== '' && a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

;// CONCATENATED MODULE: ./src/never-twice/settle.ts
/**
 * Two runs with one key can both find nothing and both send. After its POST is answered, a run looks once more: when
 * an earlier order (a lower order ID) or reissue request (a lower request ID) that is not failed carries the key too,
 * the run withdraws its own, later one, as DigiCert allows for its status, and reports the earlier, so every run
 * converges on the earliest. It withdraws only what it sent itself; when that cannot be withdrawn, it fails and names
 * both.
 */






/** How DigiCert lets an order of this status be withdrawn (certcentral-2026.md \u00a74); undefined: it cannot be. */
function withdrawal(status) {
    if (statuses/* CANCELABLE_STATUSES */.sA.includes(status))
        return 'cancel';
    return status === statuses/* AWAITING_APPROVAL */.ll ? 'reject' : undefined;
}
/** After this run's order `own` was answered: the earlier order with its key, if any, is the result. */
async function settleOrderRace(calls, key, own, deadline, log) {
    let earlier;
    try {
        const ids = (await calls.ordersWithKey(key.value, deadline)).filter((id) => id < own.orderId);
        for (const id of ids) {
            const order = await calls.readOrder(id, deadline);
            if (!isFailed(order)) {
                earlier = order;
                break;
            }
        }
    }
    catch (error) {
        if (!(error instanceof errors/* CertCentralError */.c))
            throw error;
        log.warning(raceMessages.lookFailed(own.orderId, key, error.message));
        return { kind: 'own' };
    }
    if (!earlier)
        return { kind: 'own' };
    const both = raceMessages.bothOrders(earlier.id, own.orderId, key);
    let how;
    try {
        how = await withdrawOrder(calls, own, raceMessages.orderNote(earlier.id, key), deadline);
    }
    catch (error) {
        if (!(error instanceof errors/* CertCentralError */.c))
            throw error;
        throw new failure/* Failure */.H('duplicate-orders', `${error.message} ${raceMessages.orderStands(both, own.orderId)}`, {
            cause: error,
        });
    }
    log.warning(raceMessages.orderWithdrawn(both, how, own.orderId, earlier));
    return { kind: 'earlier', earlier };
}
/** Cancels the order, or rejects its request while it waits for approval; says which. */
async function withdrawOrder(calls, own, note, deadline) {
    const info = await calls.readOrder(own.orderId, deadline);
    const how = withdrawal(info.exact.status);
    const requestId = own.requestId ?? info.requests[0]?.id;
    if (how === 'cancel') {
        await calls.cancelOrder(own.orderId, note, deadline);
        return 'canceled';
    }
    if (how === 'reject' && requestId !== undefined) {
        await calls.rejectRequest(requestId, note, deadline);
        return 'rejected the request of';
    }
    throw new errors/* CertCentralError */.c(raceMessages.cannotWithdraw(own.orderId, info.status), undefined, [], {
        outcome: 'not-sent',
    });
}
/**
 * After this run's reissue request `own` was answered: an earlier open request on the order with the same key is the
 * result, and this run rejects its own (a request of its own, by its ID: canceling the order's pending reissue could
 * hit the other's).
 */
async function settleReissueRace(calls, key, orderId, own, deadline, log) {
    let order;
    try {
        order = await calls.readOrder(orderId, deadline);
    }
    catch (error) {
        if (!(error instanceof errors/* CertCentralError */.c))
            throw error;
        log.warning(raceMessages.reissueLookFailed(orderId, error.message));
        return { kind: 'own' };
    }
    const earlier = order.requests.find((request) => request.id < own &&
        request.type === 'reissue' &&
        statuses/* OPEN_REQUEST_STATUSES */.Qk.includes(request.exactStatus) &&
        (0,keys/* carriesReissueKey */.b6)(request.comments, key.value));
    if (!earlier)
        return { kind: 'own' };
    const both = raceMessages.bothReissues(orderId, earlier, own, key);
    try {
        await calls.rejectRequest(own, raceMessages.reissueNote(earlier.id, key), deadline);
    }
    catch (error) {
        if (!(error instanceof errors/* CertCentralError */.c))
            throw error;
        throw new failure/* Failure */.H('duplicate-orders', `${error.message} ${raceMessages.reissueStands(both, own)}`, {
            cause: error,
        });
    }
    log.warning(raceMessages.reissueWithdrawn(both, own, earlier));
    return { kind: 'earlier', earlier: { order, request: earlier } };
}

;// CONCATENATED MODULE: ./src/never-twice/submit.ts
/**
 * Sends an order or reissue at most once at CertCentral: one visible loop around the decision table (decide.ts). It
 * looks first, reuses what already carries the key, sends, and after a POST whose fate is unknown looks at once, then
 * after delays, and sends again only when the looks prove CertCentral did not carry it out. Every look, try and wait
 * counts against one deadline, max-attempts \u00d7 (request-timeout + 30 s), set when the submission starts.
 */









function checkOf(calls, submission, advice) {
    if (submission.kind === 'order') {
        const { key } = submission;
        if (!key)
            return undefined;
        return {
            before: (deadline) => orderHolding(calls, key, deadline, true),
            after: (deadline) => orderHolding(calls, key, deadline, false),
            absent: orderMessages.absent(key),
            howToCheck: orderMessages.howToCheck(key, advice),
        };
    }
    const { order } = submission;
    const certificate = submission.request.body?.certificate;
    const match = {
        key: submission.key,
        csr: (0,parse/* isPlainObject */.Qd)(certificate) && typeof certificate.csr === 'string' ? certificate.csr : '',
    };
    return {
        before: () => Promise.resolve(reissueHoldingBefore(order, match)),
        after: (deadline) => reissueHoldingAfter(calls, order, match, deadline),
        absent: reissueMessages.absent(order.id),
        howToCheck: reissueMessages.howToCheck(order.id),
    };
}
async function submit_submit(calls, submission, reporter) {
    const { retry } = calls;
    const tries = retry.start();
    const { deadline } = tries;
    const check = checkOf(calls, submission, reporter.advice);
    let holding;
    try {
        holding = check ? await check.before(deadline) : { kind: 'nothing' };
    }
    catch (error) {
        if (!(error instanceof errors/* CertCentralError */.c))
            throw error;
        throw error.withNote(checkedFirst(submission.kind));
    }
    let state = { kind: 'before-sending' };
    for (;;) {
        const moment = momentOf(state, tries, calls);
        const step = decide(moment, holding);
        if (step.kind === 'reuse')
            return reused(submission, step.holding, state, reporter);
        if (step.kind === 'fail')
            throw failed(submission, step, moment, state, check, reporter.advice);
        if (step.kind === 'look') {
            [holding, state] = await lookAgain(step.after, holding, state, check, tries, calls, submission);
            continue;
        }
        if (state.kind === 'before-sending')
            reporter.sending();
        else
            reporter.info(resendLine(state.unknown, check, tries, calls));
        const sent = await sendAndRead(calls, submission.request, tries);
        if ('outputs' in sent)
            return answered(calls, submission, sent, deadline, reporter);
        const { unknown } = sent;
        if (!check) {
            const said = mayHaveHappened(submission.kind, isAnswered(unknown));
            throw unknown.withNote(`${said} ${withoutKey(reporter.advice)}`, 'unknown-fate');
        }
        holding = await lookAfter(check, deadline, submission, unknown);
        state = { kind: 'after-unknown', unknown, looks: 1, lookedAgainForSeveral: false };
    }
}
/** Waits as the step says, then looks. */
async function lookAgain(after, holding, state, check, tries, calls, submission) {
    if (state.kind !== 'after-unknown' || !check)
        throw new Error('never-twice: a look again comes only after a POST');
    const { retry } = calls;
    const waitMs = after === 'backoff' ? Math.max(retry.backoffMs(tries.count), retry.requestTimeoutMs) : retry.requestTimeoutMs;
    // No time left to wait: no more looks, so what is known decides.
    if (!(await retry.sleepWithin(tries, waitMs))) {
        return [holding, { ...state, looks: LOOKS, lookedAgainForSeveral: true }];
    }
    const looked = await lookAfter(check, tries.deadline, submission, state.unknown);
    return [looked, { ...state, looks: state.looks + 1, lookedAgainForSeveral: holding.kind === 'several' }];
}
/** The decision table's view of the state: after a POST of unknown fate, whether it may be sent again. */
function momentOf(state, tries, calls) {
    if (state.kind === 'before-sending')
        return state;
    const { unknown, looks, lookedAgainForSeveral } = state;
    return {
        kind: 'after-unknown',
        looks,
        lookedAgainForSeveral,
        answered: isAnswered(unknown),
        cannotResend: cannotResend(unknown, tries, calls),
    };
}
/** Why the POST cannot be sent again: not retryable (''), or no try or time left; undefined when it can. */
function cannotResend(failure, tries, calls) {
    if (!failure.retryable)
        return '';
    const next = calls.retry.next(tries);
    return 'stop' in next ? ` ${next.stop}` : undefined;
}
/** A 2xx whose body could not be read: CertCentral said it succeeded, so the POST is never sent again. */
function isAnswered(failure) {
    return failure.status !== undefined && failure.status >= 200 && failure.status < 300;
}
/** A look after a POST of unknown fate; when the look itself fails, nothing can be proved. */
async function lookAfter(check, deadline, submission, unknown) {
    try {
        return await check.after(deadline);
    }
    catch (error) {
        if (!(error instanceof errors/* CertCentralError */.c))
            throw error;
        const said = mayHaveHappened(submission.kind, isAnswered(unknown));
        throw unknown.withNote(`${said} Checking whether it did failed too: ${error.message} ${check.howToCheck}`, 'unknown-fate');
    }
}
function resendLine(unknown, check, tries, calls) {
    const attempt = `try ${tries.count - tries.rateLimited + 1} of ${calls.retry.maxAttempts}`;
    return `${unknown.message} ${check?.absent} Sending it again (${attempt}).`;
}
/**
 * One send of the POST: its answer read, or a failure that leaves its fate unknown. Only these two steps can leave the
 * fate unknown; every other failure is thrown, and what follows a readable answer has an order ID.
 */
async function sendAndRead(calls, request, tries) {
    try {
        const response = await calls.post(request, tries);
        return {
            outputs: (0,outputs/* resultOutputs */.wg)(response, `${request.method} ${request.path}`),
            chain: (0,outputs/* issuedChain */.xm)(response.json),
        };
    }
    catch (error) {
        if (!(error instanceof errors/* CertCentralError */.c) || error.outcome !== 'unknown')
            throw error;
        return { unknown: error };
    }
}
/** This run's POST was answered: its outputs are recorded at once, then a race with a concurrent run is settled. */
async function answered(calls, submission, sent, deadline, reporter) {
    reporter.answered(sent.outputs);
    const own = Number(sent.outputs['order-id']);
    const ownRequest = (0,parse/* positiveId */.xf)(sent.outputs['request-id']);
    if (submission.kind === 'order') {
        const { key } = submission;
        const settled = key
            ? await settleOrderRace(calls, key, { orderId: own, requestId: ownRequest }, deadline, reporter)
            : { kind: 'own' };
        if (settled.kind === 'earlier') {
            return {
                how: 'found',
                when: 'after-sending',
                outputs: orderOutputs(settled.earlier, submission.request),
                replacing: undefined,
            };
        }
        return { how: 'sent', outputs: sent.outputs, chain: sent.chain, replacing: undefined };
    }
    const replacing = submission.order.certificate.id;
    const { key } = submission;
    if (key && ownRequest !== undefined) {
        const settled = await settleReissueRace(calls, key, own, ownRequest, deadline, reporter);
        if (settled.kind === 'earlier') {
            const { order, request } = settled.earlier;
            return { how: 'found', when: 'after-sending', outputs: reissueOutputs(order, request, false), replacing };
        }
    }
    return { how: 'sent', outputs: sent.outputs, chain: sent.chain, replacing };
}
/** What a check found stands for this run's order or reissue. */
function reused(submission, holding, state, reporter) {
    const unknown = state.kind === 'after-unknown' ? state.unknown : undefined;
    const when = unknown ? 'after-sending' : 'before-sending';
    const said = (note) => reporter.info(unknown ? `${unknown.message} ${note}` : note);
    if (submission.kind === 'order' && submission.key && holding.kind === 'one') {
        const { key } = submission;
        const { order, others } = holding;
        if (others.length > 0)
            reporter.warning(orderMessages.several([order.id, ...others], key));
        said(unknown ? orderMessages.reusedAfter(order, key) : orderMessages.reused(order, key));
        return { how: 'found', when, outputs: orderOutputs(order, submission.request), replacing: undefined };
    }
    if (submission.kind === 'reissue' && holding.kind === 'reissue') {
        const { order, request, by } = holding;
        said(reissueMessages.reused(order.id, request, by));
        const approved = request.exactStatus === 'approved';
        const outputs = reissueOutputs(order, request, order.exact.status === 'issued' && approved);
        // Until its request is approved, the certificate the order shows is the one it replaces.
        return { how: 'found', when, outputs, replacing: approved ? undefined : order.certificate.id };
    }
    if (submission.kind === 'reissue' && holding.kind === 'changed') {
        const { order, request, evidence, certificateChanged, by } = holding;
        said(reissueMessages.made(order.id, evidence, request, by));
        const outputs = reissueOutputs(order, request, certificateChanged);
        return { how: 'found', when, outputs, replacing: submission.order.certificate.id };
    }
    throw new Error(`never-twice: a ${holding.kind} holding does not stand for a ${submission.kind}`);
}
/** The failure a check ends in, with what the run knows and how to check by hand. */
function failed(submission, step, moment, state, check, advice) {
    const { holding } = step;
    const unknown = state.kind === 'after-unknown' ? state.unknown : undefined;
    if (holding.kind === 'failed' && submission.kind === 'order' && submission.key) {
        const note = orderMessages.failed(holding.order, submission.key, advice);
        const status = holding.order.status;
        return unknown
            ? unknown.withNote(note, 'found-failed', status)
            : new failure/* Failure */.H('found-failed', `${note} ${nothingNow('order')}`, { detail: status });
    }
    if (holding.kind === 'foreign-reissue') {
        return new failure/* Failure */.H('reissue-pending', `${reissueMessages.foreign(holding.order.id, holding.request)} ${nothingNow('reissue')}`);
    }
    if (holding.kind === 'several' && submission.kind === 'order' && submission.key && unknown) {
        return unknown.withNote(orderMessages.severalOpen(holding.orders, submission.key, advice), 'duplicate-orders');
    }
    if (holding.kind === 'nothing' && unknown && check && moment.kind === 'after-unknown') {
        if (step.why === 'answered-absent') {
            return unknown.withNote(`${mayHaveHappened(submission.kind, true)} ${check.howToCheck}`, 'unknown-fate');
        }
        return unknown.withNote(`${check.absent}${moment.cannotResend ?? ''} Running again is safe.`);
    }
    return new failure/* Failure */.H('unexpected', `never-twice: no failure for ${step.why} on a ${holding.kind} holding`);
}
/** The outputs of an order found by its key, from its order info. */
function orderOutputs(info, request) {
    const [first] = info.requests;
    const answer = JSON.parse(info.text);
    const organization = (0,parse/* isPlainObject */.Qd)(answer.organization) ? answer.organization : {};
    const ordered = request.body?.organization;
    // organization-id is set only when the order created the organization, as on a fresh order.
    const createdOrganization = (0,parse/* isPlainObject */.Qd)(ordered) && ordered.id === undefined ? organization.id : undefined;
    return {
        'order-id': String(info.id),
        'request-id': first ? String(first.id) : '',
        'request-status': first?.exactStatus ?? '',
        'certificate-id': (0,outputs/* orderInfoOutputs */.fO)(info)['certificate-id'],
        'organization-id': (0,parse/* positiveId */.xf)(createdOrganization)?.toString() ?? '',
        response: info.text,
    };
}
/** The outputs of a reissue found on its order: its request, and the certificate once it is issued. */
function reissueOutputs(info, request, certificateChanged) {
    return {
        'order-id': String(info.id),
        'request-id': request ? String(request.id) : '',
        'request-status': request?.exactStatus ?? '',
        'certificate-id': certificateChanged ? (0,outputs/* orderInfoOutputs */.fO)(info)['certificate-id'] : '',
        'organization-id': '',
        response: info.text,
    };
}
/** The line that says what is sent, before the POST leaves. */
function sendingLine(what, baseUrl, request) {
    return `${what}: ${request.method} ${(0,api_request/* requestUrl */.F)(baseUrl, request)}`;
}

// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
;// CONCATENATED MODULE: ./src/operations/send.ts




/**
 * Sends the order or reissue at most once (never-twice/), sets its outputs the moment it is answered and says what
 * CertCentral made of it; an order or reissue found by a check was described by the check. A certificate the answer
 * carried is handed over at once.
 */
async function sendOnce({ settings, host, client }, submission, what) {
    const setOutputs = (outputs) => {
        for (const [name, value] of Object.entries(outputs))
            host.setOutput(name, value);
    };
    const submitted = await submit_submit(clientCalls(client), submission, {
        advice: host.hints,
        info: (message) => host.info(message),
        warning: (message) => host.warning(message),
        sending: () => host.info(sendingLine(what, settings.baseUrl, submission.request)),
        answered: (outputs) => {
            setOutputs(outputs);
            host.info(describeResult(submission.kind, outputs));
        },
    });
    if (submitted.how === 'found')
        setOutputs(submitted.outputs);
    if (submitted.how === 'sent' && submitted.chain) {
        const { outputs, chain } = submitted;
        // Picking up (waiting, downloading, writing files) is loaded only by a run that does it.
        const { handOverIssued } = await __webpack_require__.e(/* import() */ 364).then(__webpack_require__.bind(__webpack_require__, 6364));
        await handOverIssued(chain, Number(outputs['order-id']), outputs['certificate-id'], settings.pickUp, host);
    }
    return submitted;
}
/** With wait-for-issuance: waits for the order and hands its certificate over, unless the answer carried it. */
async function pickUpIfAsked({ settings, host, client }, submitted) {
    if (!settings.pickUp.waitForIssuance || (submitted.how === 'sent' && submitted.chain))
        return;
    const orderId = Number(submitted.outputs['order-id']);
    const { pickUp } = await __webpack_require__.e(/* import() */ 364).then(__webpack_require__.bind(__webpack_require__, 6364));
    await pickUp(client, orderId, settings.pickUp, host, submitted.replacing);
}
/** What CertCentral made of the order or reissue, naming only what it answered. */
function describeResult(kind, outputs) {
    const request = outputs['request-id'] ? `request ${outputs['request-id']}` : '';
    const status = outputs['request-status'] ? ` ${(0,untrusted/* shown */.SP)(outputs['request-status'])}` : '';
    const certificate = outputs['certificate-id'] ? `certificate ${outputs['certificate-id']}` : '';
    const parts = [request && `${request}${status}`, certificate].filter(Boolean);
    const what = kind === 'reissue' ? `Reissue of order ${outputs['order-id']} accepted` : `Order ${outputs['order-id']} placed`;
    return parts.length > 0 ? `${what}: ${parts.join(', ')}.` : `${what}.`;
}
/** Said before the look-up, so the log tells why the action reads before it sends. */
function describeKey(key, kind) {
    if (kind === 'reissue') {
        return key.kind === 'renewal'
            ? `Reissue key ${key.value}, ${(0,keys/* keySource */.JC)(key)}, added to the reissue's comments: the order's requests are checked first, so a reissue made by any earlier run for this certificate is found instead of reissuing again.`
            : `Reissue key ${key.value}, derived from this run, job, step, order ID and CSR, added to the reissue's comments: the order's requests are checked first, so a re-run of this job finds this reissue instead of reissuing again.`;
    }
    if (key.kind === 'renewal') {
        return `alternative_order_id ${key.value}, ${(0,keys/* keySource */.JC)(key)}: looked up first, so a renewal placed by any earlier run is found instead of renewing again.`;
    }
    return key.kind === 'run'
        ? `Looking up alternative_order_id ${key.value}, derived from this run, job, step and request, before ordering, so that a re-run of this job finds its order instead of ordering again.`
        : `Looking up alternative_order_id ${key.value} before ordering, so that an order that already carries it is reused.`;
}


/***/ })

};
;