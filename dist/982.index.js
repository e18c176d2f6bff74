"use strict";
exports.id = 982;
exports.ids = [982];
exports.modules = {

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reissue: () => (/* binding */ reissue),
/* harmony export */   reissueFindings: () => (/* binding */ reissueFindings)
/* harmony export */ });
/* harmony import */ var _certcentral_order_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1768);
/* harmony import */ var _common_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6191);
/* harmony import */ var _rules_products_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1803);
/* harmony import */ var _rules_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(630);
/* harmony import */ var _requests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(158);
/* harmony import */ var _send_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2451);
/** operation reissue: a new certificate on an existing order, sent at most once. */






/**
 * The order is read first: its product and provisioning method decide what the reissue takes (a CSR only for an HSM
 * or a client certificate, no common name on a signing order), and the check before sending needs the read anyway.
 */
async function reissue(job) {
    const { settings, host, client } = job;
    const { orderId } = settings;
    const { request, key } = (0,_requests_js__WEBPACK_IMPORTED_MODULE_4__/* .reissueRequest */ .WA)(settings, job.run);
    const what = `Reissuing order ${orderId}`;
    const info = await (0,_certcentral_order_info_js__WEBPACK_IMPORTED_MODULE_0__/* .getOrderInfo */ .vT)(client, orderId);
    const findings = reissueFindings(info, settings);
    for (const warning of findings.warnings)
        host.warning(warning);
    if (findings.problems.length > 0) {
        host.setOutput('order-id', String(orderId));
        throw new _common_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .Failure */ .H('invalid-input', `Invalid input for the reissue of order ${orderId}, a ${info.product || '(no product)'} order; only the order was read, nothing was sent:\n- ${findings.problems.join('\n- ')}`);
    }
    if (key)
        host.info((0,_send_js__WEBPACK_IMPORTED_MODULE_5__/* .describeKey */ .Rx)(key, 'reissue'));
    const submitted = await (0,_send_js__WEBPACK_IMPORTED_MODULE_5__/* .sendOnce */ .E4)(job, { kind: 'reissue', request, key, order: info }, what);
    await (0,_send_js__WEBPACK_IMPORTED_MODULE_5__/* .pickUpIfAsked */ .iz)(job, submitted);
}
/**
 * The reissue's inputs against the order as read: the product it is (a product given must be the same), the fields
 * a reissue of that product takes when no product was given, and the CSR the order's provisioning method asks for.
 */
function reissueFindings(info, settings) {
    const findings = { problems: [], warnings: [] };
    const orderProduct = (0,_rules_products_js__WEBPACK_IMPORTED_MODULE_2__/* .isProductId */ .F_)(info.product) ? info.product : undefined;
    if (settings.product && info.product && settings.product !== info.product) {
        findings.problems.push(`product: "${settings.product}" is given, but order ${info.id} is a ${info.product} order. Allowed: ${info.product}, or leave product out.`);
        return findings;
    }
    const product = settings.product ?? orderProduct;
    const given = new Set(Object.keys(settings.fields));
    if (!settings.product && orderProduct) {
        // Checked against the generic reissue table before the read; now against the order's product.
        const table = (0,_rules_products_js__WEBPACK_IMPORTED_MODULE_2__/* .reissueFieldsOf */ .db)(orderProduct);
        for (const name of given)
            if (!table[name])
                findings.problems.push((0,_rules_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .notApplicable */ .hH)(name, 'reissue', orderProduct));
        (0,_rules_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRequired */ .mp)(table, { values: settings.fields, given }, `a reissue of a ${orderProduct} order`, findings);
        const hashes = (0,_rules_products_js__WEBPACK_IMPORTED_MODULE_2__/* .allowedSignatureHashes */ .FT)('reissue', orderProduct);
        const hash = settings.fields['signature-hash'];
        if (hash !== undefined && !hashes.includes(String(hash))) {
            findings.problems.push(`signature-hash: "${String(hash)}" is not allowed for a reissue of a ${orderProduct} order. Allowed: ${hashes.join(', ')}.`);
        }
    }
    (0,_rules_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .checkReissueRules */ .M3)(product, { values: settings.fields, given, csrKey: settings.csrKey }, { read: true, method: info.provisioningMethod }, findings);
    return findings;
}


/***/ })

};
;