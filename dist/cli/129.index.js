"use strict";
exports.id = 129;
exports.ids = [129];
exports.modules = {

/***/ 3129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCsr: () => (/* binding */ readCsr)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_csr__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6474);
/* harmony import */ var _peculiar_asn1_csr__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_csr__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7300);
/* harmony import */ var _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__);
/**
 * A PKCS#10 certificate request, read before anything is bought: its structure (@peculiar/asn1-csr), its
 * self-signature and its public key (Node's crypto). Loaded only when a CSR is given.
 */





/** The hash of each signature algorithm Node can verify a request's self-signature with. */
const SIGNATURE_HASHES = {
    '1.2.840.113549.1.1.5': 'sha1',
    '1.2.840.113549.1.1.14': 'sha224',
    '1.2.840.113549.1.1.11': 'sha256',
    '1.2.840.113549.1.1.12': 'sha384',
    '1.2.840.113549.1.1.13': 'sha512',
    '1.2.840.10045.4.1': 'sha1',
    '1.2.840.10045.4.3.1': 'sha224',
    '1.2.840.10045.4.3.2': 'sha256',
    '1.2.840.10045.4.3.3': 'sha384',
    '1.2.840.10045.4.3.4': 'sha512',
    // Ed25519 and Ed448 sign the message itself.
    '1.3.101.112': null,
    '1.3.101.113': null,
};
const HASH_OIDS = {
    '1.3.14.3.2.26': 'sha1',
    '2.16.840.1.101.3.4.2.4': 'sha224',
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};
/** Node's curve names, as DigiCert writes them. */
const CURVES = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
/** Reads a PEM certificate request (already checked to be PEM around one DER SEQUENCE). */
function readCsr(pem) {
    const base64 = pem.replace(/-----(BEGIN|END) (NEW )?CERTIFICATE REQUEST-----/g, '').replace(/\s+/g, '');
    let request;
    try {
        request = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_3__.AsnConvert.parse(Buffer.from(base64, 'base64'), _peculiar_asn1_csr__WEBPACK_IMPORTED_MODULE_1__.CertificationRequest);
    }
    catch (error) {
        return { problem: `is not a PKCS#10 certificate request (${error.message})` };
    }
    let key;
    try {
        const spki = Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_3__.AsnConvert.serialize(request.certificationRequestInfo.subjectPKInfo));
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: spki, format: 'der', type: 'spki' });
    }
    catch (error) {
        return { problem: `holds a public key that cannot be read (${error.message})` };
    }
    const signed = request.certificationRequestInfoRaw;
    if (!signed)
        return { problem: 'cannot be read: its signed part is missing' };
    const checked = checkSignature(request, Buffer.from(signed), key);
    return checked ?? { key: describeKey(key) };
}
/** undefined when the self-signature verifies; otherwise why not. */
function checkSignature(request, signed, key) {
    const algorithm = request.signatureAlgorithm.algorithm;
    const signature = Buffer.from(request.signature);
    let valid;
    try {
        if (algorithm === _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_2__.id_RSASSA_PSS) {
            const pss = pssParameters(request);
            if (!pss)
                return { problem: `is signed with RSASSA-PSS parameters this action cannot verify` };
            valid = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(pss.hash, signed, { key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: pss.saltLength }, signature);
        }
        else if (algorithm in SIGNATURE_HASHES) {
            valid = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(SIGNATURE_HASHES[algorithm] ?? null, signed, key, signature);
        }
        else {
            return { problem: `is signed with an algorithm this action cannot verify (OID ${algorithm})` };
        }
    }
    catch (error) {
        return { problem: `has a signature that cannot be checked (${error.message})` };
    }
    return valid ? undefined : { problem: 'has a signature that does not verify: it was changed after it was signed' };
}
/** The hash and salt length of an RSASSA-PSS signature, when its mask uses the same hash, as Node verifies it. */
function pssParameters(request) {
    const parameters = request.signatureAlgorithm.parameters;
    if (!parameters)
        return undefined;
    const pss = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_3__.AsnConvert.parse(parameters, _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_2__.RsaSaPssParams);
    const hash = HASH_OIDS[pss.hashAlgorithm.algorithm];
    const mask = pss.maskGenAlgorithm;
    const maskHash = mask.parameters
        ? HASH_OIDS[_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_3__.AsnConvert.parse(mask.parameters, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.AlgorithmIdentifier).algorithm]
        : 'sha1';
    if (!hash || mask.algorithm !== _peculiar_asn1_rsa__WEBPACK_IMPORTED_MODULE_2__.id_mgf1 || maskHash !== hash)
        return undefined;
    return { hash, saltLength: pss.saltLength };
}
function describeKey(key) {
    const type = key.asymmetricKeyType ?? 'unknown';
    const details = key.asymmetricKeyDetails ?? {};
    if (type === 'rsa' || type === 'rsa-pss')
        return { type: 'rsa', bits: details.modulusLength };
    if (type === 'ec') {
        const curve = details.namedCurve ?? 'unknown';
        return { type, curve: CURVES[curve] ?? curve };
    }
    return { type };
}


/***/ })

};
;