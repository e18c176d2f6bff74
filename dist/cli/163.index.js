"use strict";
exports.id = 163;
exports.ids = [163];
exports.modules = {

/***/ 9163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyConnectError: () => (/* binding */ ProxyConnectError),
/* harmony export */   TunnelAgent: () => (/* binding */ TunnelAgent),
/* harmony export */   agentFor: () => (/* binding */ agentFor)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _proxy_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(705);
/* harmony import */ var _common_timers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7971);
/**
 * HTTPS through the proxy that proxy-settings.ts finds, in a CONNECT tunnel, so TLS stays end to end and
 * NODE_EXTRA_CA_CERTS applies as usual.
 */





/** Why a proxy refused to open the tunnel; its message names the proxy's HTTP status. Nothing reached CertCentral. */
class ProxyConnectError extends Error {
    code = 'ERR_PROXY_CONNECT';
    constructor(message) {
        super(message);
        this.name = 'ProxyConnectError';
    }
}
/** How often a pending tunnel looks whether its request was aborted. */
const ABORT_CHECK_MS = 50;
/**
 * An https.Agent that reaches each host through a CONNECT tunnel of the proxy. A tunnel request ends
 * when it opens, after `connectTimeoutMs` in all (a proxy that trickles bytes cannot keep it open), or
 * when its request is aborted; so no tunnel outlives the request it was opened for.
 */
class TunnelAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent {
    proxy;
    connectTimeoutMs;
    /** The request createConnection is called for; Agent.addRequest calls it synchronously. */
    requestInHand;
    constructor(proxy, connectTimeoutMs, options = {}) {
        super({ keepAlive: false, ...options });
        this.proxy = proxy;
        this.connectTimeoutMs = connectTimeoutMs;
    }
    addRequest(request, options) {
        this.requestInHand = request;
        try {
            node_https__WEBPACK_IMPORTED_MODULE_1__.Agent.prototype.addRequest.call(this, request, options);
        }
        finally {
            this.requestInHand = undefined;
        }
    }
    createConnection(options, callback) {
        const request = this.requestInHand;
        const authority = `${options.host}:${options.port ?? 443}`;
        const proxyPort = this.proxy.port || (this.proxy.protocol === 'https:' ? '443' : '80');
        const headers = { Host: authority };
        if (this.proxy.username || this.proxy.password) {
            const credentials = `${decodeURIComponent(this.proxy.username)}:${decodeURIComponent(this.proxy.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
        }
        const send = this.proxy.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        const connect = send({
            host: this.proxy.hostname.replace(/^\[|\]$/g, ''),
            port: proxyPort,
            method: 'CONNECT',
            path: authority,
            headers,
            agent: false,
        });
        const giveUp = (message) => () => {
            connect.destroy(new ProxyConnectError(`the proxy ${this.proxy.host} ${message} (tunnel to ${authority})`));
        };
        // Not an idle timeout: bytes trickling in do not extend it.
        const deadline = setTimeout(giveUp('did not open the tunnel in time'), (0,_common_timers_js__WEBPACK_IMPORTED_MODULE_4__/* .timerMs */ .Q2)(this.connectTimeoutMs));
        const onAbort = giveUp('was left: the request was aborted before the tunnel opened');
        // A request destroyed before it has a socket emits nothing (only abort() emits 'abort'), so it is looked at.
        request?.once('abort', onAbort);
        const watch = request
            ? setInterval(() => {
                if (request.destroyed)
                    onAbort();
            }, ABORT_CHECK_MS).unref()
            : undefined;
        let done = false;
        const finish = (error, socket) => {
            if (done)
                return;
            done = true;
            clearTimeout(deadline);
            clearInterval(watch);
            request?.off('abort', onAbort);
            callback(error, socket);
        };
        connect.once('connect', (response, socket) => {
            if (response.statusCode !== 200) {
                socket.destroy();
                finish(new ProxyConnectError(`the proxy ${this.proxy.host} refused the tunnel to ${authority}: HTTP ${response.statusCode}`));
                return;
            }
            const servername = options.servername || (options.host && !/^[\d.:]+$/.test(options.host) ? options.host : undefined);
            finish(null, (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({ ...options, socket, servername }));
        });
        connect.once('error', (error) => finish(error));
        connect.once('close', () => finish(new ProxyConnectError(`the proxy ${this.proxy.host} closed the tunnel request to ${authority}`)));
        connect.end();
        return undefined;
    }
}
/** The agent for requests to `target`: a tunnel through the configured proxy, or undefined to connect directly. */
function agentFor(target, env, connectTimeoutMs) {
    if (target.protocol !== 'https:')
        return undefined;
    const proxy = (0,_proxy_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFor */ .iJ)(target, env);
    return proxy ? new TunnelAgent(proxy, connectTimeoutMs) : undefined;
}


/***/ })

};
;