"use strict";
exports.id = 826;
exports.ids = [826];
exports.modules = {

/***/ 7826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   order: () => (/* binding */ order)
/* harmony export */ });
/* harmony import */ var _rules_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(630);
/* harmony import */ var _requests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(158);
/* harmony import */ var _send_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2451);



async function order(job) {
    const { settings, host } = job;
    const { request, key } = (0,_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .orderRequest */ .QT)(settings, job.run);
    const what = `Ordering ${settings.product}`;
    const methodNote = (0,_rules_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultMethodNote */ .lv)(settings.product, settings.fields);
    if (methodNote)
        host.info(methodNote);
    if (key)
        host.info((0,_send_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKey */ .Rx)(key, 'order'));
    const submitted = await (0,_send_js__WEBPACK_IMPORTED_MODULE_2__/* .sendOnce */ .E4)(job, { kind: 'order', request, key }, what);
    await (0,_send_js__WEBPACK_IMPORTED_MODULE_2__/* .pickUpIfAsked */ .iz)(job, submitted);
}


/***/ })

};
;