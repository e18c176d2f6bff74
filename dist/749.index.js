"use strict";
exports.id = 749;
exports.ids = [749,269];
exports.modules = {

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

/***/ 9986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   status: () => (/* binding */ status)
/* harmony export */ });
/* harmony import */ var _certcentral_api_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1459);
/* harmony import */ var _pick_up_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6364);
/* harmony import */ var _requests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(158);
/** operation status: reads an existing order, and picks its certificate up once issued. */



async function status(job) {
    const { settings, host, client } = job;
    const request = (0,_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .statusRequest */ .oR)(settings);
    const what = `Reading order ${settings.orderId}`;
    host.info(`${what}: ${request.method} ${(0,_certcentral_api_request_js__WEBPACK_IMPORTED_MODULE_2__/* .requestUrl */ .F)(settings.baseUrl, request)}`);
    host.setOutput('order-id', String(settings.orderId));
    await (0,_pick_up_js__WEBPACK_IMPORTED_MODULE_0__.pickUp)(client, settings.orderId, settings.pickUp, host);
}


/***/ })

};
;