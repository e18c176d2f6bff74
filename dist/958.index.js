"use strict";
exports.id = 958;
exports.ids = [958];
exports.modules = {

/***/ 4958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renew: () => (/* binding */ renew)
});

// EXTERNAL MODULE: ./src/certcentral/errors.ts
var errors = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/certcentral/order-info.ts
var order_info = __webpack_require__(1768);
// EXTERNAL MODULE: ./src/certcentral/outputs.ts
var outputs = __webpack_require__(7749);
// EXTERNAL MODULE: ./src/common/failure.ts
var failure = __webpack_require__(6191);
// EXTERNAL MODULE: ./src/never-twice/keys.ts + 1 modules
var keys = __webpack_require__(7024);
// EXTERNAL MODULE: ./src/rules/body.ts
var body = __webpack_require__(4075);
// EXTERNAL MODULE: ./src/rules/products.ts
var products = __webpack_require__(1803);
// EXTERNAL MODULE: ./src/rules/validate.ts + 1 modules
var validate = __webpack_require__(630);
// EXTERNAL MODULE: ./src/operations/dry-run.ts
var dry_run = __webpack_require__(7691);
// EXTERNAL MODULE: ./src/operations/pick-up.ts + 2 modules
var pick_up = __webpack_require__(6364);
// EXTERNAL MODULE: ./src/rules/fields.ts
var fields = __webpack_require__(8162);
// EXTERNAL MODULE: ./src/common/parse.ts
var parse = __webpack_require__(5234);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/certcentral/statuses.ts
var statuses = __webpack_require__(5373);
;// CONCATENATED MODULE: ./src/operations/renew-plan.ts
/**
 * operation renew, the pure part: what an order's info says about its certificate and coverage, which action is
 * due, and the body of the renewal or reissue, from the order's own values and the given inputs.
 */






function renewalFacts(info) {
    const answer = parseObject(info.text);
    const certificate = object(answer.certificate);
    const product = (0,untrusted/* shown */.SP)((0,parse/* scalarText */.ws)(object(answer.product).name_id));
    const renewedOrderId = wholeNumber(answer.renewed_order_id);
    return {
        orderId: info.id,
        status: info.status,
        product,
        certificateId: info.certificate.id,
        serialNumber: info.certificate.serialNumber,
        validTill: info.certificate.validTill.slice(0, 10),
        daysRemaining: wholeNumber(certificate.days_remaining, 0),
        orderValidTill: (0,untrusted/* shown */.SP)((0,parse/* scalarText */.ws)(answer.order_valid_till).slice(0, 10)),
        isRenewed: answer.is_renewed === true || renewedOrderId !== undefined,
        renewedOrderId,
        pendingReissue: info.requests.some((request) => request.type === 'reissue' && !['approved', 'rejected'].includes(request.status)),
        own: ownValues(answer, certificate),
    };
}
/** The values a renewal copies, at the order-info paths DigiCert's page names (and the older ones, where present). */
function ownValues(answer, certificate) {
    const values = {};
    const set = (name, value) => {
        if (value !== undefined)
            values[name] = value;
    };
    const organizationId = wholeNumber(object(certificate.organization).id) ?? wholeNumber(object(answer.organization).id);
    set('organization-id', organizationId);
    set('container-id', wholeNumber(object(answer.container).id));
    set('server-platform-id', wholeNumber(object(certificate.server_platform).id, -1));
    set('signature-hash', (0,parse/* scalarText */.ws)(certificate.signature_hash) || undefined);
    set('cs-provisioning-method', (0,parse/* scalarText */.ws)(answer.cs_provisioning_method) || undefined);
    const units = textList(certificate.organization_units);
    if (units.length > 0)
        set('organization-units', units);
    // validity_years (the older example) is the order's term; cert_validity the certificate's, in years or days.
    const certValidity = object(certificate.cert_validity);
    const years = wholeNumber(answer.validity_years, 1) ?? wholeNumber(certValidity.years, 1);
    set('validity-years', years);
    if (years === undefined)
        set('validity-days', wholeNumber(certValidity.days, 1));
    // Sent only where the product takes them: client and Secure Email certificates.
    set('common-name', (0,parse/* scalarText */.ws)(certificate.common_name) || undefined);
    const emails = textList(certificate.emails);
    if (emails.length > 0)
        set('emails', emails);
    Object.assign(values, secureEmailValues(certificate));
    return values;
}
/**
 * A Secure Email order's own choices, where its order info shows them at the paths of the order body: DigiCert's
 * order-info page does not list them (certcentral-2026.md \u00a71), so they are read only where present.
 */
function secureEmailValues(certificate) {
    const usage = object(certificate.usage_designation);
    const individual = Object.fromEntries(Object.entries(object(certificate.individual)).filter(([, value]) => typeof value === 'string' && value !== ''));
    const additional = textList(usage.additional_usages);
    const values = {
        'profile-type': (0,parse/* scalarText */.ws)(certificate.profile_type),
        'common-name-indicator': (0,parse/* scalarText */.ws)(certificate.common_name_indicator),
        'primary-usage': (0,parse/* scalarText */.ws)(usage.primary_usage),
        ...(additional.length > 0 && { 'additional-usages': additional }),
        ...(Object.keys(individual).length > 0 && { individual }),
    };
    return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}
/** Revoked, rejected or canceled: no certificate, and no renewal or reissue of it (an expired order is renewed). */
function isDeadEnd(status) {
    return (0,statuses/* statusKind */.BE)(status) === 'failed' && status !== 'expired';
}
/**
 * The action due for an order:
 * - renewed already (is_renewed / renewed_order_id), whatever its status: follow the renewal;
 * - revoked, rejected or canceled: failed, order anew;
 * - not issued yet, or with a reissue under way: pending, nothing is sent;
 * - expired: renew;
 * - issued: nothing while the certificate is valid longer than the window; then a reissue while the order's
 *   coverage runs more than the window past the certificate (or today, if later), else a renewal.
 */
function decideRenewal(facts, windowDays, now) {
    const order = `Order ${facts.orderId}`;
    if (facts.isRenewed) {
        const renewal = facts.renewedOrderId === undefined ? '' : ` by order ${facts.renewedOrderId}`;
        return { action: 'renewed-already', reason: `${order} is already renewed${renewal}; no renewal is placed.` };
    }
    if (isDeadEnd(facts.status)) {
        return {
            action: 'failed',
            kind: 'order-failed',
            detail: facts.status,
            reason: `${order} is ${facts.status}: it can be neither renewed nor reissued.`,
            anew: true,
        };
    }
    if (facts.status === 'expired') {
        const till = facts.validTill ? ` (its certificate was valid till ${facts.validTill})` : '';
        return { action: 'renew', reason: `${order} is expired${till}: a renewal, a new order, takes its place.` };
    }
    if (facts.status !== statuses/* ISSUED */.GU || facts.pendingReissue) {
        const what = facts.status === 'reissue_pending' || facts.pendingReissue ? 'a reissue is under way' : 'not issued yet';
        const known = (0,statuses/* statusKind */.BE)(facts.status) === 'pending' ? '' : ' (a status this action does not know)';
        return {
            action: 'pending',
            reason: `${order} is ${facts.status || '(no status)'}${known}: ${what}, so nothing is sent now.`,
        };
    }
    return decideIssued(facts, windowDays, now);
}
/** An issued order: nothing while its certificate is valid longer than the window; then a reissue or a renewal. */
function decideIssued(facts, windowDays, now) {
    const today = now.toISOString().slice(0, 10);
    const expiry = (0,parse/* parseIsoDate */.jT)(facts.validTill);
    const daysLeft = expiry ? (0,parse/* daysAhead */.Vv)(expiry, now) : facts.daysRemaining;
    if (daysLeft === undefined) {
        return {
            action: 'failed',
            kind: 'expiry-unknown',
            reason: `Order ${facts.orderId} is issued, but its order info shows neither the certificate's valid_till nor days_remaining, so the action cannot tell when it expires. Nothing was sent.`,
        };
    }
    const certificate = `Certificate ${facts.certificateId === undefined ? '' : `${facts.certificateId} `}of order ${facts.orderId}`;
    const validity = !expiry
        ? `has ${daysText(daysLeft)} left (days_remaining) on ${today}`
        : daysLeft >= 0
            ? `is valid till ${facts.validTill}, ${daysText(daysLeft)} from today (${today})`
            : `was valid till ${facts.validTill}, ${daysText(-daysLeft)} before today (${today})`;
    if (daysLeft > windowDays) {
        return {
            action: 'none',
            reason: `${certificate} ${validity}: more than renew-within-days (${windowDays}). Nothing to do.`,
        };
    }
    return decideWithin(facts, `${certificate} ${validity}: within renew-within-days (${windowDays}).`, daysLeft, windowDays, now);
}
/** Within the window: a reissue while the order's coverage runs more than the window past the certificate, else a renewal. */
function decideWithin(facts, within, daysLeft, windowDays, now) {
    const coverageEnd = (0,parse/* parseIsoDate */.jT)(facts.orderValidTill);
    if (!coverageEnd) {
        return {
            action: 'renew',
            reason: `${within} The order has no coverage past its certificate (no order_valid_till): a renewal, a new order.`,
        };
    }
    const from = Math.max(daysLeft, 0);
    const coverageDays = (0,parse/* daysAhead */.Vv)(coverageEnd, now) - from;
    const past = daysLeft >= 0 ? "the certificate's expiry" : 'today';
    if (coverageDays > windowDays) {
        return {
            action: 'reissue',
            reason: `${within} The order's coverage runs till ${facts.orderValidTill} (order_valid_till), ${daysText(coverageDays)} past ${past}, more than ${windowDays}: a reissue of the same order, at no cost.`,
        };
    }
    return {
        action: 'renew',
        reason: `${within} The order's coverage ends ${facts.orderValidTill} (order_valid_till), ${daysText(coverageDays)} past ${past}, not more than ${windowDays}: a renewal, a new order.`,
    };
}
/** The action an issued order will need once its certificate comes within the window. */
function actionWhenDue(facts, windowDays) {
    const expiry = (0,parse/* parseIsoDate */.jT)(facts.validTill);
    const coverageEnd = (0,parse/* parseIsoDate */.jT)(facts.orderValidTill);
    if (!expiry || !coverageEnd)
        return 'renew';
    return (0,parse/* daysAhead */.Vv)(coverageEnd, expiry) > windowDays ? 'reissue' : 'renew';
}
function daysText(days) {
    return Math.abs(days) === 1 ? `${days} day` : `${days} days`;
}
/** The fields a renewal copies from the order it renews; given inputs replace them. */
const COPIED_BY_RENEWAL = [
    'organization-id',
    'container-id',
    'server-platform-id',
    'cs-provisioning-method',
    'signature-hash',
    'organization-units',
    'validity-years',
    'validity-days',
    'common-name',
    'emails',
    'profile-type',
    'common-name-indicator',
    'individual',
    'primary-usage',
    'additional-usages',
];
/** The order's own values a renewal copies: those its product's orders take, where no input replaces them. */
function copiedByRenewal(facts, product, inputs, notes) {
    const values = {};
    const table = products/* PRODUCTS */.zv[product].fields;
    for (const name of COPIED_BY_RENEWAL) {
        const own = facts.own[name];
        if (own === undefined || inputs[name] !== undefined)
            continue;
        const why = whyNotCopied(name, own, product);
        if (why === undefined)
            values[name] = own;
        // The common name of a signing order is the organization's; it has no field in a signing order.
        else if (name !== 'common-name' || table[name]) {
            notes.push(`${name} ${(0,untrusted/* shown */.SP)(JSON.stringify(own))} of order ${facts.orderId} is not copied: ${why}.`);
        }
    }
    // New organization details, or a term given another way, take the place of what the order had.
    if (inputs.organization !== undefined)
        delete values['organization-id'];
    if (inputs['custom-expiration-date'] !== undefined || inputs['validity-days'] !== undefined) {
        delete values['validity-years'];
    }
    if (inputs['custom-expiration-date'] !== undefined || inputs['validity-years'] !== undefined) {
        delete values['validity-days'];
    }
    return values;
}
/** Why the order's own value cannot go into the renewal, or undefined when it can. */
function whyNotCopied(name, own, product) {
    if (!products/* PRODUCTS */.zv[product].fields[name])
        return `${product} orders take no ${name}`;
    if (name === 'cs-provisioning-method' && !(0,products/* isProvisioningMethod */.Ju)(own)) {
        // DigiCert's documented order info shows "none"; it is no value an order takes.
        return "it is not a method an order takes, so DigiCert applies the account's default method";
    }
    if (!allowedValue(name, own))
        return `it is not one of ${(0,fields/* specOf */.rI)(name).allowed?.join(', ')}`;
    return undefined;
}
/**
 * A renewal: a new order of the same product, with the order's own values where no input is given, naming the
 * order it renews and carrying its key. It must pass the same checks as an order.
 */
function renewalFields(facts, product, inputs, alternativeOrderId, now, csrKey) {
    const table = products/* PRODUCTS */.zv[product].fields;
    const notes = [];
    const values = copiedByRenewal(facts, product, inputs, notes);
    if (values['signature-hash'] !== undefined && values['signature-hash'] !== 'sha256') {
        notes.push(`signature_hash ${(0,untrusted/* shown */.SP)(String(values['signature-hash']))} of order ${facts.orderId} is not copied: an order takes sha256 only.`);
        values['signature-hash'] = 'sha256';
    }
    if (table['signature-hash'])
        values['signature-hash'] ??= 'sha256';
    const findings = { problems: [], warnings: [] };
    const unused = [];
    for (const [name, value] of Object.entries(inputs)) {
        if (table[name])
            values[name] = value;
        else
            unused.push(name);
    }
    neverSent(unused, (0,validate/* applicableFields */.pm)('reissue', product) ?? {}, product, facts.orderId, findings);
    if (inputs['signature-hash'] !== undefined && inputs['signature-hash'] !== 'sha256') {
        findings.problems.push(`signature-hash: "${String(inputs['signature-hash'])}" is not allowed for a renewal, a new order. Allowed: sha256.`);
    }
    values['renewal-of-order-id'] = facts.orderId;
    values['alternative-order-id'] = alternativeOrderId;
    const given = { values, given: new Set(Object.keys(values)), csrKey };
    (0,validate/* checkRequired */.mp)(table, given, `${product} orders`, findings);
    (0,validate/* checkOrderRules */.Si)(product, given, now, findings);
    return { values, notes, unused, findings };
}
/**
 * A reissue of the same order: its own platform, signature hash and, where the product needs one, common name,
 * with the given inputs in their place; a CSR as the order's provisioning method asks (validate.ts).
 */
function reissueFields(facts, product, inputs, csrKey) {
    const table = (0,validate/* applicableFields */.pm)('reissue', product) ?? {};
    const values = {};
    const notes = [];
    const own = facts.own;
    const hashes = (0,products/* allowedSignatureHashes */.FT)('reissue', product);
    if (own['server-platform-id'] !== undefined)
        values['server-platform-id'] = own['server-platform-id'];
    const ownHash = own['signature-hash'];
    if (ownHash !== undefined && hashes.includes(String(ownHash)))
        values['signature-hash'] = ownHash;
    else if (ownHash !== undefined && inputs['signature-hash'] === undefined) {
        notes.push(`signature_hash ${(0,untrusted/* shown */.SP)(String(ownHash))} of order ${facts.orderId} is not copied: a reissue of a ${product} order takes ${hashes.join(', ')}.`);
    }
    // DigiCert leaves common_name out of code and document signing reissues.
    if (products/* PRODUCTS */.zv[product].family === 'client_certificate') {
        if (own['common-name'] !== undefined)
            values['common-name'] = own['common-name'];
    }
    const unused = [];
    for (const [name, value] of Object.entries(inputs)) {
        if (table[name])
            values[name] = value;
        else
            unused.push(name);
    }
    values['signature-hash'] ??= 'sha256';
    const findings = { problems: [], warnings: [] };
    // Before the read the product was not known, so every hash a reissue may take was accepted.
    const givenHash = inputs['signature-hash'];
    if (givenHash !== undefined && !hashes.includes(String(givenHash))) {
        findings.problems.push(`signature-hash: "${String(givenHash)}" is not allowed for a reissue of order ${facts.orderId}, a ${product} order. Allowed: ${hashes.join(', ')}.`);
    }
    neverSent(unused, products/* PRODUCTS */.zv[product].fields, product, facts.orderId, findings);
    const given = { values, given: new Set(Object.keys(values)), csrKey };
    (0,validate/* checkRequired */.mp)(table, given, 'a reissue', findings);
    const method = facts.own['cs-provisioning-method'];
    (0,validate/* checkReissueRules */.M3)(product, given, { read: true, method: typeof method === 'string' ? method : undefined }, findings);
    return { values, notes, unused, findings };
}
/** Inputs neither a renewal nor a reissue of this order has a field for: they could never be sent. */
function neverSent(unused, otherTable, product, orderId, findings) {
    for (const name of unused.filter((candidate) => !otherTable[candidate])) {
        findings.problems.push(`${name} does not apply to ${product} orders or their reissues, so it can never be sent for order ${orderId}.`);
    }
}
/**
 * The renewal's alternative_order_id: it depends only on the order and its certificate, so any run, from any
 * workflow, that would renew this certificate finds a renewal made before it. Letters and digits, as DigiCert asks.
 */
function renewalKey(facts) {
    return `renew${facts.orderId}${certificatePart(facts)}`.slice(0, 64);
}
/**
 * The key of operation renew's reissue, carried in its comments: like the renewal's, it depends only on the order and
 * the certificate it replaces, so a re-run for this certificate finds the reissue, and next year's (for the
 * certificate this one makes) does not.
 */
function reissueKey(facts) {
    return `reissue${facts.orderId}${certificatePart(facts)}`.slice(0, 64);
}
function certificatePart(facts) {
    if (facts.certificateId !== undefined)
        return `c${facts.certificateId}`;
    return facts.serialNumber ? `s${facts.serialNumber.replace(/[^0-9A-Za-z]/g, '')}` : '';
}
/** A copied value of an enumerated field is one the field allows (every item, for a list). */
function allowedValue(name, value) {
    const allowed = (0,fields/* specOf */.rI)(name).allowed;
    if (!allowed)
        return true;
    const items = Array.isArray(value) ? value : [value];
    return items.every((item) => allowed.includes(String(item)));
}
function parseObject(text) {
    try {
        return object(JSON.parse(text));
    }
    catch {
        return {};
    }
}
function object(value) {
    return (0,parse/* isPlainObject */.Qd)(value) ? value : {};
}
function wholeNumber(value, min = 1) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : undefined;
}
function textList(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string' && item !== '') : [];
}

// EXTERNAL MODULE: ./src/operations/send.ts + 6 modules
var send = __webpack_require__(2451);
;// CONCATENATED MODULE: ./src/operations/renew.ts












/** A renewal that is followed through more renewals than this is reported where the chain stops being read. */
const MAX_RENEWALS_FOLLOWED = 5;
/** DigiCert's refusals of a renewal: final, so not retried. */
const REFUSALS = {
    order_renewed_already: {
        kind: 'already-renewed',
        advice: (hints) => `DigiCert says the order is renewed already, by an order this action cannot see from the order info or the alternative_order_id. Nothing was ordered. Find the renewal in CertCentral (Orders) and watch it instead: ${hints.watchOther}.`,
    },
    order_not_eligible_for_renewal: {
        kind: 'not-eligible',
        advice: (hints) => `DigiCert will not renew this order (renewals open 90 days before the certificate expires, in the same account). Nothing was ordered. Look at the order in CertCentral; to replace it: ${hints.orderAnew}`,
    },
};
async function renew(job, now = new Date()) {
    const { settings, client, host } = job;
    const info = await (0,order_info/* getOrderInfo */.vT)(client, settings.orderId);
    const facts = renewalFacts(info);
    host.readOrder?.({ orderId: facts.orderId, product: facts.product, validTill: facts.validTill });
    const decision = decideRenewal(facts, settings.renewWithinDays, now);
    if (decision.action === 'failed') {
        host.setOutput('order-id', String(settings.orderId));
        host.setOutput('order-status', info.exact.status);
        const advice = decision.anew ? ` ${host.hints.orderAnew}` : '';
        throw new failure/* Failure */.H(decision.kind, `${decision.reason}${advice}`, { detail: decision.detail });
    }
    host.info(decision.reason);
    switch (decision.action) {
        case 'renewed-already':
            return reportRenewal(job, facts, decision.reason);
        case 'none':
        case 'pending':
            return reportNothingDue(job, info, facts, { action: decision.action, reason: decision.reason }, now);
        case 'reissue':
        case 'renew':
            return sendDue(job, info, facts, { action: decision.action, reason: decision.reason }, now);
    }
}
/** The order is renewed: its renewal, followed, is what the run reports. */
async function reportRenewal({ settings, client, host }, facts, reason) {
    const renewal = await followRenewals(client, facts, host);
    setAction(host, 'renewed-already', `${reason} ${renewal.note}`);
    await handOver(client, renewal.info, settings, host);
}
/** Nothing to send: the certificate is valid long enough, or the order is not issued yet or being reissued. */
async function reportNothingDue({ settings, client, host }, info, facts, decision, now) {
    setAction(host, decision.action, decision.reason);
    if (decision.action === 'none')
        warnAhead(facts, settings, host, now);
    if (decision.action === 'pending' && settings.pickUp.waitForIssuance && !settings.dryRun) {
        const reissuing = facts.status === 'reissue_pending' || facts.pendingReissue;
        await handOver(client, info, settings, host, reissuing ? facts.certificateId : undefined);
        return;
    }
    setCertificateOutputs(info, host);
}
/** A reissue or a renewal is due: planned from the order and the inputs, checked, then sent at most once. */
async function sendDue(job, info, facts, decision, now) {
    const { settings, host } = job;
    const { action } = decision;
    const product = orderProduct(facts, settings.product);
    const planned = plan(action, facts, product, settings, now);
    for (const note of planned.notes)
        host.info(note);
    for (const warning of planned.findings.warnings)
        host.warning(warning);
    if (planned.findings.problems.length > 0) {
        host.setOutput('order-id', String(facts.orderId));
        throw new failure/* Failure */.H('invalid-input', `Invalid input for the ${action === 'reissue' ? 'reissue' : 'renewal'} of order ${facts.orderId}; only the order was read, nothing was sent:\n- ${planned.findings.problems.join('\n- ')}\nValues not given as inputs are copied from the order, where its order info shows them.`);
    }
    if (planned.unused.length > 0)
        host.warning(unusedWarning(planned.unused, action, facts.orderId));
    const methodNote = action === 'renew' ? (0,validate/* defaultMethodNote */.lv)(product, planned.values) : undefined;
    if (methodNote)
        host.info(methodNote);
    const submission = submissionOf(action, facts, info, product, (0,body/* buildBody */.z)(planned.values));
    if (settings.dryRun) {
        setAction(host, action, decision.reason);
        return (0,dry_run/* showDryRun */.W)(settings.baseUrl, host, submission.request, 'only the order was read; nothing else is sent.');
    }
    await place(job, facts, submission, decision.reason);
}
/**
 * The reissue or renewal, with a key derived from the order and its certificate: the renewal's as its
 * alternative_order_id, the reissue's in its comments.
 */
function submissionOf(action, facts, info, product, body) {
    if (action === 'reissue') {
        const key = { kind: 'renewal', value: reissueKey(facts), orderId: facts.orderId };
        const path = `/order/certificate/${facts.orderId}/reissue`;
        const request = { method: 'POST', path, body: (0,keys/* bodyWithKey */.uc)(body, key, 'reissue') };
        return { kind: 'reissue', request, key, order: info };
    }
    const key = { kind: 'renewal', value: renewalKey(facts), renews: facts.orderId };
    const request = {
        method: 'POST',
        path: `/order/certificate/${product}`,
        body: (0,keys/* bodyWithKey */.uc)(body, key, 'order'),
    };
    return { kind: 'order', request, key };
}
function plan(action, facts, product, settings, now) {
    return action === 'reissue'
        ? reissueFields(facts, product, settings.fields, settings.csrKey)
        : renewalFields(facts, product, settings.fields, renewalKey(facts), now, settings.csrKey);
}
/**
 * With nothing to do today, checks the reissue or renewal the order will need once its certificate comes within the
 * window, so that what would stop it can be fixed before then.
 */
function warnAhead(facts, settings, host, now) {
    const action = actionWhenDue(facts, settings.renewWithinDays);
    const what = action === 'reissue' ? 'reissue' : 'renewal';
    const issue = productProblem(facts, settings.product);
    const problems = issue.kind === 'problem' ? [issue.problem] : plan(action, facts, issue.product, settings, now).findings.problems;
    if (problems.length === 0)
        return;
    host.warning(`Nothing to do today, but once the certificate of order ${facts.orderId} is within renew-within-days (${settings.renewWithinDays}), its ${what} will fail with these inputs:\n- ${problems.join('\n- ')}`);
}
/**
 * Sends the reissue or renewal through the never-twice machinery of an order or reissue, then waits if asked. A
 * renewal that DigiCert refuses as renewed already may have been placed meanwhile by another run with the same key.
 */
async function place(job, facts, submission, reason) {
    const { settings, client, host } = job;
    const action = submission.kind === 'reissue' ? 'reissue' : 'renew';
    if (submission.key)
        host.info((0,send/* describeKey */.Rx)(submission.key, submission.kind));
    const what = `${action === 'reissue' ? 'Reissuing' : 'Renewing'} order ${facts.orderId}`;
    let submitted;
    try {
        submitted = await (0,send/* sendOnce */.E4)(job, submission, what);
    }
    catch (error) {
        const renewal = action === 'renew' && isRefusal(error, 'order_renewed_already');
        const placedMeanwhile = renewal && submission.key ? await renewalPlacedMeanwhile(client, submission.key.value) : undefined;
        if (placedMeanwhile && submission.key) {
            setAction(host, 'renewed-already', `Order ${facts.orderId} was renewed meanwhile by order ${placedMeanwhile.id}, which carries alternative_order_id ${submission.key.value} (DigiCert answered order_renewed_already); no renewal is placed.`);
            await handOver(client, placedMeanwhile, settings, host);
            return;
        }
        // Nothing was placed: the order read is the one to watch.
        host.setOutput('order-id', String(facts.orderId));
        throw renewalFailure(error, facts.orderId, host.hints);
    }
    if (submitted.how === 'found' && submitted.when === 'before-sending' && action === 'renew') {
        const renewalId = submitted.outputs['order-id'];
        setAction(host, 'renewed-already', `Order ${facts.orderId} is already renewed by order ${renewalId}, which carries alternative_order_id ${submission.key?.value}; no renewal is placed.`);
    }
    else {
        setAction(host, action, reason);
    }
    await (0,send/* pickUpIfAsked */.iz)(job, submitted);
}
/** A failure of the reissue or renewal, in renew's terms: a found renewal that failed, or DigiCert's refusal. */
function renewalFailure(error, orderId, hints) {
    if (error instanceof failure/* Failure */.H && error.kind === 'found-failed')
        return error.withNote('', 'renewal-failed');
    if (!(error instanceof errors/* CertCentralError */.c))
        return error;
    const code = error.errors.map((entry) => entry.code).find((candidate) => candidate in REFUSALS);
    const known = code ? REFUSALS[code] : undefined;
    return known ? error.withNote(`Order ${orderId}: ${known.advice(hints)}`, known.kind) : error;
}
/** The order's product; a given product must be the same, as a renewal keeps it. */
function orderProduct(facts, given) {
    const issue = productProblem(facts, given);
    if (issue.kind === 'problem')
        throw issue.failure;
    return issue.product;
}
function productProblem(facts, given) {
    if (!(0,products/* isProductId */.F_)(facts.product)) {
        const problem = `order ${facts.orderId} is a ${facts.product || '(no product)'} order, which this action does not order or reissue.`;
        return { kind: 'problem', problem, failure: new failure/* Failure */.H('unsupported-product', `${problem} Nothing was sent.`) };
    }
    if (given !== undefined && given !== facts.product) {
        const problem = `product: "${given}" is given, but order ${facts.orderId} is a ${facts.product} order, and a renewal or reissue keeps the product. Allowed: ${facts.product}, or leave product out.`;
        const message = `Invalid input; only the order was read, nothing was sent:\n- ${problem}`;
        return { kind: 'problem', problem, failure: new failure/* Failure */.H('invalid-input', message) };
    }
    return { kind: 'product', product: facts.product };
}
/** Follows renewed_order_id to the newest renewal, or finds the renewal by its key when the order names none. */
async function followRenewals(client, facts, host) {
    let renewalId = facts.renewedOrderId ?? (await renewalByKey(client, facts, host));
    const chain = [facts.orderId];
    for (;;) {
        const info = await (0,order_info/* getOrderInfo */.vT)(client, renewalId);
        chain.push(info.id);
        const next = renewalFacts(info).renewedOrderId;
        if (next === undefined || chain.length > MAX_RENEWALS_FOLLOWED)
            return lastRenewal(info, chain, facts, host);
        renewalId = next;
    }
}
/** An order renewed (is_renewed) whose order info names no renewed_order_id: its renewal, by the renewal's key. */
async function renewalByKey(client, facts, host) {
    const key = renewalKey(facts);
    const [renewalId] = await (0,order_info/* findOrdersByAlternativeId */.Gs)(client, key);
    if (renewalId !== undefined)
        return renewalId;
    throw new failure/* Failure */.H('renewal-not-found', `Order ${facts.orderId} is renewed (is_renewed), but its order info names no renewed_order_id, and no order carries alternative_order_id ${key}. Nothing was ordered. Find the renewal in CertCentral (Orders) and ${host.hints.watchOther}.`);
}
/** The renewal where following stops: reported, unless it is a dead end. */
function lastRenewal(info, chain, facts, host) {
    const path = chain.length > 2 ? ` (renewals followed: ${chain.join(' \u2192 ')})` : '';
    if (isDeadEnd(info.status)) {
        host.setOutput('order-id', String(facts.orderId));
        throw new failure/* Failure */.H('renewal-failed', `Order ${facts.orderId} is renewed by order ${info.id}${path}, which is ${info.status}: there is no certificate to hand over, and DigiCert renews an order only once. Nothing was ordered. ${host.hints.orderAnew}`, { detail: info.status });
    }
    host.info(`Watching order ${info.id} from now on${path}.`);
    return { info, note: `Reported: order ${info.id}${path}, ${info.status || '(no status)'}.` };
}
/** The order's outputs: waits for it and downloads the certificate when asked, or shows what the read gave. */
async function handOver(client, info, settings, host, 
/** With a reissue under way: the certificate it replaces, which is not handed over. */
replacing) {
    host.setOutput('order-id', String(info.id));
    if (settings.pickUp.waitForIssuance && !settings.dryRun) {
        await (0,pick_up.pickUp)(client, info.id, settings.pickUp, host, replacing);
        return;
    }
    setCertificateOutputs(info, host);
}
function setCertificateOutputs(info, host) {
    host.setOutput('order-id', String(info.id));
    for (const [name, value] of Object.entries((0,outputs/* orderInfoOutputs */.fO)(info)))
        host.setOutput(name, value);
}
function setAction(host, action, reason) {
    host.setOutput('renewal-action', action);
    host.setOutput('renewal-reason', reason);
}
/** Inputs today's action has no field for, though the other would send them: said, as they are not sent today. */
function unusedWarning(names, action, orderId) {
    const today = action === 'reissue' ? 'a reissue' : 'a renewal, a new order';
    const other = action === 'reissue' ? 'renewal' : 'reissue';
    const lines = names.map((name) => `- ${name}: ${today} has no field for it; a ${other} of the order would send it.`);
    return `Not sent today: order ${orderId} gets ${today}, so these inputs are left out:\n${lines.join('\n')}`;
}
/** Another run may have renewed the order since the look-up: its renewal carries the same key. */
async function renewalPlacedMeanwhile(client, key) {
    try {
        const [renewalId] = await (0,order_info/* findOrdersByAlternativeId */.Gs)(client, key);
        return renewalId === undefined ? undefined : await (0,order_info/* getOrderInfo */.vT)(client, renewalId);
    }
    catch (error) {
        // DigiCert's refusal, which says what to do, is the better message.
        if (error instanceof errors/* CertCentralError */.c)
            return undefined;
        throw error;
    }
}
function isRefusal(error, code) {
    return error instanceof errors/* CertCentralError */.c && error.errors.some((entry) => entry.code === code);
}


/***/ })

};
;