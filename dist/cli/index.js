#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 1459:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ requestUrl)
/* harmony export */ });
function requestUrl(baseUrl, request) {
    return `${baseUrl}${request.path}`;
}


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony exports ProxySettingError, bypassesProxy */
/* harmony import */ var _common_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5234);
/* harmony import */ var _common_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6191);
/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY, read the way the Actions runner's own HTTP client reads them
 * (@actions/http-client): lower case first, loopback never proxied, NO_PROXY entries matched as host,
 * host:port, domain suffix or `*`. Read before any request (execute.ts), without loading Node's HTTP modules.
 */


/** A proxy variable that cannot be used: found before any request, so nothing was sent. */
class ProxySettingError extends _common_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .Failure */ .H {
    constructor(message) {
        super('invalid-proxy', `${message} Nothing was sent to CertCentral.`);
        this.name = 'ProxySettingError';
    }
}
/**
 * The proxy a request to `target` goes through, or undefined to connect directly. Throws ProxySettingError, naming
 * the variable, when the one that applies is not a URL or its credentials are not valid %-escapes; its value is not
 * quoted, as it may hold credentials.
 */
function proxyFor(target, env) {
    if (bypassesProxy(target, env))
        return undefined;
    const names = target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    const name = names.find((candidate) => env[candidate]);
    const value = name ? env[name] : '';
    if (!name)
        return undefined;
    let proxy;
    try {
        // `proxy.corp:8080` would parse as a URL with the scheme `proxy.corp:`; it means http.
        proxy = new URL(/^https?:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        throw new ProxySettingError(`${name} is set but is not a URL such as http://proxy.example:3128.`);
    }
    try {
        decodeURIComponent(proxy.username);
        decodeURIComponent(proxy.password);
    }
    catch {
        throw new ProxySettingError(`${name} holds a user name or password with a % that does not start a valid %-escape (such as %40 for @). Write % itself as %25.`);
    }
    return proxy;
}
function bypassesProxy(target, env) {
    const host = target.hostname.toLowerCase();
    if ((0,_common_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .cW)(host))
        return true;
    const noProxy = env.no_proxy || env.NO_PROXY || '';
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    const names = [host.toUpperCase(), `${host.toUpperCase()}:${port}`];
    return noProxy
        .split(',')
        .map((entry) => entry.trim().toUpperCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' ||
        names.some((name) => name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry))));
}


/***/ }),

/***/ 1278:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony exports MIN_RUN, redactDecoded */
/**
 * Removes the API key from a text in every form a server could echo it in: as is, in any case, JSON-
 * or URL-escaped, base64 or hex, broken by whitespace, or any run of MIN_RUN or more of its characters
 * (a prefix or suffix a server cut it to). Each run found becomes `***`.
 */
/** Runs of the key this long or longer are hidden; a shorter key is hidden whole. */
const MIN_RUN = 12;
const MASK = '***';
/** Keys shorter than this (only in tests) are looked for as is, not encoded. */
const MIN_ENCODED_KEY = 8;
let cached;
function targetsFor(secret) {
    if (cached?.secret !== secret)
        cached = { secret, targets: targetsOf(secret) };
    return cached.targets;
}
/** Linear in the text's length, in time and in memory (the text decoded, and where each character came from). */
function redact(text, secret) {
    if (!secret || !text)
        return text;
    return mayHoldRun(text, targetsFor(secret)) ? redactDecoded(text, secret) : text;
}
/**
 * What redact does for a text that may hold the key: decodes it character by character, keeping where each decoded
 * character came from, and masks every run found. Exported for the test that compares it with redact.
 */
function redactDecoded(text, secret) {
    const decoded = decode(text);
    const spans = [];
    for (const target of targetsFor(secret))
        spans.push(...findRuns(decoded, target));
    if (spans.length === 0)
        return text;
    spans.sort((a, b) => a[0] - b[0]);
    let clean = '';
    let at = -1;
    for (const [start, end] of spans) {
        // Overlapping or touching runs (the key and its hex, say) make one mask.
        if (start > at)
            clean += `${text.slice(Math.max(at, 0), start)}${MASK}`;
        at = Math.max(at, end);
    }
    return clean + text.slice(at);
}
/** What isWhitespace() matches: the characters decode() leaves out. */
const WHITESPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
/**
 * False only when no form of the key can be in the text, found with the engine's own string search: most texts
 * (every log line) hold none, and this rules them out for less than decoding them character by character
 * (docs/performance.md). Without an escape (a backslash or a percent sign), the decoded text is the text without
 * whitespace; a run of a form is there exactly when one of its minRun-character windows is.
 */
function mayHoldRun(text, targets) {
    if (text.includes('\\') || text.includes('%'))
        return true;
    const chars = text.replace(WHITESPACE, '');
    let lowered;
    return targets.some((target) => {
        const searched = target.ignoreCase ? (lowered ??= asciiLower(chars)) : chars;
        for (const window of target.runs.keys())
            if (searched.includes(window))
                return true;
        return false;
    });
}
function targetsOf(secret) {
    const key = secret.replace(/\s/g, '');
    const keyRun = Math.min(MIN_RUN, key.length);
    const bytes = Buffer.from(key, 'utf8');
    const targets = [target(key, keyRun, true)];
    // The encoded forms of a key of a few characters would mask ordinary words; real keys are far longer.
    if (keyRun < MIN_ENCODED_KEY)
        return targets;
    targets.push(target(bytes.toString('hex'), 2 * keyRun, true));
    // The key inside a longer base64 text starts at any of three offsets of a 3-byte group; only the
    // characters that depend on the key's bytes alone are looked for.
    const base64Run = Math.ceil((4 * keyRun) / 3) - 1;
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        const first = offset === 0 ? 0 : offset + 1;
        const last = Math.floor(((offset + bytes.length) * 4) / 3);
        const core = encoded.slice(first, last);
        if (core.length === 0)
            continue;
        const minRun = Math.max(1, Math.min(base64Run, core.length));
        targets.push(target(core, minRun, false));
        const urlSafe = core.replace(/\+/g, '-').replace(/\//g, '_');
        if (urlSafe !== core)
            targets.push(target(urlSafe, minRun, false));
    }
    return targets;
}
function target(form, minRun, ignoreCase) {
    const text = ignoreCase ? asciiLower(form) : form;
    const runs = new Map();
    for (let start = 0; start + minRun <= text.length; start++) {
        const run = text.slice(start, start + minRun);
        runs.set(run, [...(runs.get(run) ?? []), start]);
    }
    const alphabet = new Set([...text].map((char) => char.charCodeAt(0)));
    return { text, minRun, ignoreCase, runs, alphabet };
}
/** A-Z as a-z, and nothing else: the text keeps its length, so positions stay where they were. */
function asciiLower(text) {
    return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
const JSON_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
function decode(text) {
    const codes = new Uint16Array(text.length);
    const starts = new Uint32Array(text.length);
    const ends = new Uint32Array(text.length);
    let count = 0;
    for (let i = 0; i < text.length;) {
        let code = text.charCodeAt(i);
        // Most characters are no escape: only a backslash or a percent sign may start one.
        let length = 1;
        if (code === BACKSLASH || code === PERCENT) {
            length = escapeLength(text, i);
            if (length > 1)
                code = escapedCode(text, i, length);
        }
        if (!isWhitespace(code)) {
            codes[count] = code;
            starts[count] = i;
            ends[count] = i + length;
            count++;
        }
        i += length;
    }
    return { chars: fromCodes(codes, count), starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}
/** The string of the first `count` UTF-16 codes, built a slice at a time (a call takes a bounded number of arguments). */
function fromCodes(codes, count) {
    let chars = '';
    for (let from = 0; from < count; from += 8192) {
        chars += String.fromCharCode(...codes.subarray(from, Math.min(from + 8192, count)));
    }
    return chars;
}
const BACKSLASH = 0x5c;
const PERCENT = 0x25;
/** How many characters the escape at `i` takes: 6 (`\uXXXX`), 2 (`\n`\u2026), 3 (`%XX`), or 1 for no escape. */
function escapeLength(text, i) {
    if (text.charCodeAt(i) === BACKSLASH && i + 1 < text.length) {
        const next = text[i + 1];
        if (next === 'u' && isHex(text, i + 2, 4))
            return 6;
        if (JSON_ESCAPES[next] !== undefined)
            return 2;
        return 1;
    }
    return text.charCodeAt(i) === PERCENT && isHex(text, i + 1, 2) ? 3 : 1;
}
/** The character an escape of that length stands for (its UTF-16 code). */
function escapedCode(text, i, length) {
    if (length === 6)
        return parseInt(text.slice(i + 2, i + 6), 16);
    if (length === 3)
        return parseInt(text.slice(i + 1, i + 3), 16);
    return JSON_ESCAPES[text[i + 1]].charCodeAt(0);
}
function isHex(text, from, length) {
    if (from + length > text.length)
        return false;
    for (let i = from; i < from + length; i++) {
        const code = text.charCodeAt(i) | 0x20;
        if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66)))
            return false;
    }
    return true;
}
/** What \s matches, and U+0085 (NEL). */
function isWhitespace(code) {
    if (code <= 0x20)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (code < 0x85)
        return false;
    return (code === 0x85 ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
/**
 * The spans of the text of every run of at least target.minRun decoded characters that matches consecutive
 * characters of the target: a window of minRun characters is looked up among the target's, then the match grows.
 */
function findRuns({ chars, starts, ends }, target) {
    const text = target.ignoreCase ? asciiLower(chars) : chars;
    const spans = [];
    for (let i = 0; i + target.minRun <= text.length;) {
        // No run of the target can cover a character that is not in it: skip past it.
        if (!target.alphabet.has(text.charCodeAt(i + target.minRun - 1))) {
            i += target.minRun;
            continue;
        }
        const at = target.runs.get(text.slice(i, i + target.minRun));
        let longest = 0;
        for (const start of at ?? []) {
            let length = target.minRun;
            while (i + length < text.length && target.text[start + length] === text[i + length])
                length++;
            longest = Math.max(longest, length);
        }
        if (longest === 0) {
            i++;
            continue;
        }
        spans.push([starts[i], ends[i + longest - 1]]);
        i += longest;
    }
    return spans;
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ API_KEY_VARIABLE),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   T3: () => (/* binding */ commandUsage),
/* harmony export */   tK: () => (/* binding */ SHORT_USAGE),
/* harmony export */   u_: () => (/* binding */ USAGE)
/* harmony export */ });
/* unused harmony exports SUBCOMMANDS, FLAG_NAMES, commandFlags, flagTable, EXAMPLES */
/* harmony import */ var _rules_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8162);
/* harmony import */ var _common_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5234);
/* harmony import */ var _rules_products_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1803);
/* harmony import */ var _rules_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(630);
/* harmony import */ var _inputs_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9011);
/* harmony import */ var _inputs_readers_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8961);
/** The command line of `certcentral`: a command, then flags named like the action's inputs. */






const SUBCOMMANDS = ['order', 'reissue', 'status', 'renew'];
/** The action's inputs that are not request body fields, with their help; `api-key` and `operation` have no flag. */
const OTHER_INPUTS = {
    region: 'CertCentral region: us or eu',
    'base-url': 'API base URL, instead of region; https, or http on loopback (the simulator)',
    product: `Product id: ${_rules_products_js__WEBPACK_IMPORTED_MODULE_2__/* .PRODUCT_IDS */ .fd.join(', ')}`,
    'order-id': 'The order to reissue, to read with status, or to keep alive with renew',
    'dry-run': 'Check the input and print the request; send nothing (renew: only the read of the order)',
    'csr-file': 'Path to a PEM certificate signing request, instead of --csr',
    'wait-for-issuance': 'Poll the order until it is final; once issued, write certificate.pem and chain.pem',
    'wait-timeout': 'Seconds to wait for issuance',
    'poll-interval': 'Seconds before the second read; later waits grow 1.5 times, up to 120',
    'output-dir': 'Folder for certificate.pem and chain.pem; created if missing',
    idempotency: 'Inside GitHub Actions: derive an alternative order id, so a re-run never orders twice',
    'max-attempts': 'Tries of each request after 429, 5xx, timeouts and network errors',
    'request-timeout': 'Seconds each request may take',
    'renew-within-days': 'renew acts only when the certificate expires within this many days, 1 to 90',
};
/** Every input that has a flag of the same name. */
const FLAG_NAMES = [...Object.keys(OTHER_INPUTS), ..._rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NAMES */ .Yr];
const BOOLEAN_FLAGS = new Set([
    'dry-run',
    'wait-for-issuance',
    'idempotency',
    ..._rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NAMES */ .Yr.filter((name) => _rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELDS */ .cJ[name].kind === 'boolean' || _rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELDS */ .cJ[name].kind === 'flag-number'),
]);
/** Flags that also take 1 or 0 (csa-agreed-to). */
const FLAG_NUMBER_FLAGS = new Set(_rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NAMES */ .Yr.filter((name) => _rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELDS */ .cJ[name].kind === 'flag-number'));
const LIST_FLAGS = new Set(_rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NAMES */ .Yr.filter((name) => _rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELDS */ .cJ[name].kind.endsWith('list')));
/** Words other tools read as booleans, which the action's boolean inputs do not take. */
const OTHER_BOOLEAN_WORDS = ['yes', 'no', 'on', 'off', 'y', 'n', '1', '0'];
const API_KEY_VARIABLE = 'DIGICERT_API_KEY';
function isSubcommand(word) {
    return SUBCOMMANDS.includes(word);
}
function parseCommandLine(args) {
    const [first, ...rest] = args;
    if (first === undefined)
        return { kind: 'usage' };
    if (first === '--help' || first === '-h')
        return { kind: 'help' };
    if (first === '--version')
        return { kind: 'version' };
    if (first === 'help')
        return helpOf(rest[0]);
    if (!isSubcommand(first)) {
        const suggestion = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .closestMatch */ .h0)(first, [...SUBCOMMANDS, 'help']);
        const hint = suggestion ? ` Did you mean ${suggestion}?` : '';
        return {
            kind: 'usage-error',
            problems: [`"${first}" is not a command.${hint} Allowed: ${SUBCOMMANDS.join(', ')}.`],
        };
    }
    if (rest.includes('--help') || rest.includes('-h'))
        return { kind: 'help', command: first };
    return parseFlags(first, rest);
}
/** `certcentral help [command]`. */
function helpOf(word) {
    if (word === undefined)
        return { kind: 'help' };
    if (isSubcommand(word))
        return { kind: 'help', command: word };
    return { kind: 'usage-error', problems: [`"${word}" is not a command. Allowed: ${SUBCOMMANDS.join(', ')}.`] };
}
function parseFlags(subcommand, rest) {
    const problems = [];
    const inputs = new Map();
    let verbose = false;
    for (let i = 0; i < rest.length;) {
        const arg = rest[i];
        if (arg === '--verbose') {
            verbose = true;
            i++;
            continue;
        }
        const read = readFlag(arg, rest[i + 1]);
        i += read.took;
        if ('problem' in read) {
            problems.push(read.problem);
            continue;
        }
        const earlier = inputs.get(read.name);
        if (earlier !== undefined && !LIST_FLAGS.has(read.name))
            problems.push(`--${read.name} is given more than once.`);
        else
            inputs.set(read.name, earlier === undefined ? read.value : `${earlier}\n${read.value}`);
    }
    if (problems.length > 0)
        return { kind: 'usage-error', problems, command: subcommand };
    return { kind: 'run', subcommand, inputs, verbose };
}
/** The flag at `arg`, written as --name value or --name=value, with `next` the argument after it. */
function readFlag(arg, next) {
    const flag = /^--([^=]+)(?:=([\s\S]*))?$/.exec(arg);
    if (!flag)
        return { problem: `"${arg}" is not a flag. Flags look like --name value or --name=value.`, took: 1 };
    const name = flag[1];
    const inline = flag[2];
    const refused = refusedFlag(name);
    if (refused)
        return { problem: refused, took: inline === undefined && next !== undefined && !next.startsWith('--') ? 2 : 1 };
    if (!FLAG_NAMES.includes(name)) {
        const suggestion = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .closestMatch */ .h0)(name, FLAG_NAMES);
        const took = inline === undefined && next !== undefined && !next.startsWith('--') ? 2 : 1;
        return { problem: `--${name} is not a flag.${suggestion ? ` Did you mean --${suggestion}?` : ''}`, took };
    }
    if (inline !== undefined)
        return { name, value: inline, took: 1 };
    return BOOLEAN_FLAGS.has(name) ? readBooleanFlag(name, next) : readValueFlag(name, next);
}
/** The key and the operation have no flag: the key comes from the environment, the operation is the command. */
function refusedFlag(name) {
    if (name === 'api-key') {
        return `--api-key is not accepted: a key on the command line ends up in shell history and process lists. Set ${API_KEY_VARIABLE} instead.`;
    }
    if (name === 'operation')
        return `--operation is not a flag: the command (${SUBCOMMANDS.join(', ')}) is the operation.`;
    return undefined;
}
/**
 * A bare boolean flag means true; a following boolean, as the action's boolean inputs take them, is its value. A word
 * other tools read as a boolean (yes, on, 1\u2026) is refused with what to write instead.
 */
function readBooleanFlag(name, next) {
    if (next !== undefined &&
        ((0,_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(next) !== undefined || (FLAG_NUMBER_FLAGS.has(name) && /^[01]$/.test(next)))) {
        return { name, value: next, took: 2 };
    }
    if (next !== undefined && OTHER_BOOLEAN_WORDS.includes(next.toLowerCase())) {
        return {
            problem: `--${name} ${next}: "${next}" is not a boolean here. Allowed: ${_common_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOLEAN_VALUES */ .uv.join(', ')}, or --${name} alone for true.`,
            took: 2,
        };
    }
    return { name, value: 'true', took: 1 };
}
function readValueFlag(name, next) {
    if (next === undefined || /^--./.test(next))
        return { problem: `--${name} needs a value.`, took: 1 };
    return { name, value: next, took: 2 };
}
/** The flags a command takes: the inputs of its operation. */
function commandFlags(command) {
    const fields = _rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NAMES */ .Yr.filter((name) => {
        if (command === 'order')
            return !(0,_rules_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .appliesToNoOrder */ .j6)(name);
        return (0,_rules_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .applicableFields */ .pm)(command, undefined)?.[name] !== undefined;
    });
    const others = Object.keys(OTHER_INPUTS).filter((name) => {
        const operations = _inputs_readers_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT_OPERATIONS */ .AI[name];
        if (name === 'csr-file')
            return fields.includes('csr');
        return operations === undefined || operations.includes(command);
    });
    return [...others, ...fields];
}
/** The help of a flag: what it sets, and its default. */
function flagDescription(name) {
    const described = name in OTHER_INPUTS
        ? OTHER_INPUTS[name]
        : ((field) => field.allowed ? `${field.description}: ${field.allowed.join(', ')}` : field.description)(_rules_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELDS */ .cJ[name]);
    return (0,_inputs_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .hasDefault */ .e)(name) ? `${described} (default ${_inputs_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_DEFAULTS */ .W[name]})` : described;
}
function flagSyntax(name) {
    const values = FLAG_NUMBER_FLAGS.has(name)
        ? ' [true|false|1|0]'
        : BOOLEAN_FLAGS.has(name)
            ? ' [true|false]'
            : ' <value>';
    return `--${name}${values}`;
}
const HELP_WIDTH = 100;
/** Two columns: the flags, and their descriptions wrapped at HELP_WIDTH and aligned under each other. */
function flagTable(rows) {
    const column = Math.max(...rows.map(([flag]) => flag.length)) + 4;
    return rows
        .map(([flag, description]) => {
        const lines = [];
        let line = '';
        for (const word of description.split(' ')) {
            if (line && column + line.length + 1 + word.length > HELP_WIDTH) {
                lines.push(line);
                line = word;
            }
            else {
                line = line ? `${line} ${word}` : word;
            }
        }
        lines.push(line);
        return lines
            .map((text, index) => `${index === 0 ? `  ${flag}`.padEnd(column) : ' '.repeat(column)}${text}`)
            .join('\n');
    })
        .join('\n');
}
const GENERAL_ROWS = [
    ['--verbose', 'Log every HTTP call to stderr'],
    ['--help, -h', 'Show this help'],
    ['--version', 'Show the version'],
];
const FLAG_ROWS = [
    ...FLAG_NAMES.map((name) => [flagSyntax(name), flagDescription(name)]),
    ...GENERAL_ROWS,
];
/**
 * One example per command. Each that would spend money shows --dry-run: pasted as it is, it sends nothing, and
 * removing --dry-run is a decision.
 */
const EXAMPLES = {
    order: 'certcentral order --dry-run --product code_signing --organization-id 123456 --validity-years 1 \\\n    --server-platform-id 52 --wait-for-issuance',
    reissue: 'certcentral reissue --dry-run --order-id 112233 --product code_signing --csr-file new.csr --server-platform-id 52',
    status: 'certcentral status --order-id 112233 --output-dir certs',
    renew: 'certcentral renew --dry-run --order-id 112233 --renew-within-days 30',
};
const DESCRIPTIONS = {
    order: "Orders a certificate, checked against DigiCert's parameter tables first; never twice for one key.",
    reissue: 'Reissues an existing order, read first: its product and provisioning method decide what it takes.',
    status: 'Reads an order, waits for it with --wait-for-issuance, and writes its certificate once issued.',
    renew: "Keeps an order's certificate alive: nothing, a reissue within the order, or a renewal, as due.",
};
const KEY_AND_OUTPUTS = `The API key comes from the ${API_KEY_VARIABLE} environment variable, never from a flag. The outputs
are printed to stdout as one JSON object, keyed by the action's output names; progress, warnings and
errors go to stderr. Exit codes: 0 done, 1 failed, 2 bad command line or input.`;
/** Bare `certcentral`: what to type next. */
const SHORT_USAGE = `Usage: certcentral <order|reissue|status|renew> [--flag value]...
       certcentral help [command]
`;
const USAGE = `Usage: certcentral <order|reissue|status|renew> [--flag value]...
       certcentral help [command]

Orders or reissues a DigiCert CertCentral certificate, reads an order ("status"), or
keeps an order's certificate alive ("renew": nothing, a reissue or a renewal, as due),
with the same checks as the GitHub Action. The flags are the action's input names.

${SUBCOMMANDS.map((command) => `  ${EXAMPLES[command]}`).join('\n')}

Flags:
${flagTable(FLAG_ROWS)}

${KEY_AND_OUTPUTS}
`;
/** `certcentral <command> --help`: that command's flags and an example. */
function commandUsage(command) {
    const rows = [
        ...commandFlags(command).map((name) => [flagSyntax(name), flagDescription(name)]),
        ...GENERAL_ROWS,
    ];
    return `Usage: certcentral ${command} [--flag value]...

${DESCRIPTIONS[command]}

  ${EXAMPLES[command]}

Flags:
${flagTable(rows)}

${KEY_AND_OUTPUTS}
`;
}


/***/ }),

/***/ 486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8330);
/* harmony import */ var _inputs_api_key_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(2887);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7593);
/* harmony import */ var _operations_execute_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4269);
/* harmony import */ var _operations_github_run_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6163);
/* harmony import */ var _operations_hints_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4580);
/* harmony import */ var _inputs_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8713);
/* harmony import */ var _certcentral_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(1278);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(4891);
/**
 * `certcentral`: the action's core on a terminal. It shares readSettings and execute with the
 * action, and never touches @actions/core. Outputs go to stdout as JSON; everything else to stderr.
 */










const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
async function main(args) {
    const command = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandLine */ .Du)(args);
    if (command.kind === 'help') {
        process.stdout.write(command.command ? (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .commandUsage */ .T3)(command.command) : _args_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE */ .u_);
        return 0;
    }
    if (command.kind === 'usage') {
        process.stderr.write(_args_js__WEBPACK_IMPORTED_MODULE_2__/* .SHORT_USAGE */ .tK);
        return EXIT_USAGE;
    }
    if (command.kind === 'version') {
        process.stdout.write(`${_package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE}\n`);
        return 0;
    }
    if (command.kind === 'usage-error') {
        // One line per problem and a pointer to the help, which would bury them.
        const help = command.command ? `certcentral ${command.command} --help` : 'certcentral --help';
        process.stderr.write(`certcentral: ${command.problems.join('\ncertcentral: ')}\nRun ${help} for the flags.\n`);
        return EXIT_USAGE;
    }
    const apiKey = process.env[_args_js__WEBPACK_IMPORTED_MODULE_2__/* .API_KEY_VARIABLE */ .C6]?.trim() ?? '';
    // Every line printed passes the key redaction and the last net of the gate for server text.
    const clean = (text) => (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_8__/* .printable */ .g$)((0,_certcentral_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(text, apiKey));
    if (!apiKey) {
        process.stderr.write(`certcentral: ${_args_js__WEBPACK_IMPORTED_MODULE_2__/* .API_KEY_VARIABLE */ .C6} is not set. Set it to your CertCentral API key.\n`);
        return EXIT_USAGE;
    }
    const keyWarning = (0,_inputs_api_key_js__WEBPACK_IMPORTED_MODULE_9__/* .shortKeyWarning */ .A)(apiKey, _args_js__WEBPACK_IMPORTED_MODULE_2__/* .API_KEY_VARIABLE */ .C6);
    if (keyWarning)
        process.stderr.write(`warning: ${keyWarning}\n`);
    const read = (name) => {
        if (name === 'api-key')
            return apiKey;
        if (name === 'operation')
            return command.subcommand;
        return command.inputs.get(name)?.trim() ?? '';
    };
    const check = await (0,_inputs_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .readSettings */ .s)(read);
    for (const warning of check.warnings)
        process.stderr.write(`warning: ${clean(warning)}\n`);
    if (!check.settings) {
        const problems = check.problems.map(clean);
        process.stderr.write(`error: Invalid input; nothing was sent to CertCentral:\n- ${problems.join('\n- ')}\n`);
        return EXIT_USAGE;
    }
    const outputs = {};
    const printedOutputs = () => `${(0,_certcentral_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)((0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_8__/* .printableJson */ .et)(outputs), apiKey)}\n`;
    let indent = '';
    const host = {
        info: (message) => process.stderr.write(`${indent}${clean(message)}\n`),
        warning: (message) => process.stderr.write(`${indent}warning: ${clean(message)}\n`),
        debug: (message) => {
            if (command.verbose)
                process.stderr.write(`${indent}debug: ${clean(message)}\n`);
        },
        setOutput: (name, value) => {
            outputs[name] = value;
        },
        group: async (title, work) => {
            process.stderr.write(`${clean(title)}\n`);
            indent = '  ';
            try {
                return await work();
            }
            finally {
                indent = '';
            }
        },
        hints: _operations_hints_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_HINTS */ .I,
        // Ctrl-C during a wait: the order ID known so far, written at once as the process is about to end.
        interrupted: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(1, printedOutputs()),
    };
    let code = 0;
    try {
        // Inside a GitHub Actions job (a `run:` step) the CLI derives order keys as the action does.
        await (0,_operations_execute_js__WEBPACK_IMPORTED_MODULE_3__/* .execute */ .g)(check.settings, host, { run: _operations_github_run_js__WEBPACK_IMPORTED_MODULE_4__/* .githubRun */ .p });
    }
    catch (error) {
        process.stderr.write(`error: ${clean(error instanceof Error ? error.message : String(error))}\n`);
        code = EXIT_FAILED;
    }
    // On a failure too: the order id of a timed-out wait is what a later `status` needs.
    if (code === 0 || Object.keys(outputs).length > 0) {
        process.stdout.write(printedOutputs());
    }
    return code;
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6191:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ Failure)
/* harmony export */ });
/* unused harmony export kindOf */
/**
 * A failure of the action, by kind. The kind, never the message, decides the annotation's title, the summary's next
 * step and the troubleshooting link (action/failure-advice.ts); nothing matches strings. Wrapping keeps the class,
 * the fields and the cause.
 */
class Failure extends Error {
    kind;
    detail;
    constructor(kind, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'Failure';
        this.kind = kind;
        this.detail = options.detail;
    }
    /**
     * The same failure, of the same class with the same fields, its message extended, and of another kind when given
     * (a POST's failure whose fate stays unknown); the original is its cause.
     */
    withNote(note, kind = this.kind, detail = this.detail) {
        const noted = Object.create(Object.getPrototypeOf(this));
        Object.defineProperties(noted, Object.getOwnPropertyDescriptors(this));
        const define = (name, value) => Object.defineProperty(noted, name, {
            value,
            writable: true,
            configurable: true,
            enumerable: name === 'kind' || name === 'detail',
        });
        define('message', note === '' ? this.message : `${this.message} ${note}`);
        define('cause', this);
        define('kind', kind);
        define('detail', detail);
        return noted;
    }
}
/** The kind of anything thrown: a Failure's own; anything else is unexpected. */
function kindOf(error) {
    return error instanceof Failure ? error.kind : 'unexpected';
}


/***/ }),

/***/ 5234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   MO: () => (/* binding */ joinAnd),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Vv: () => (/* binding */ daysAhead),
/* harmony export */   Wi: () => (/* binding */ isJsonValue),
/* harmony export */   XH: () => (/* binding */ isPemCertificateRequest),
/* harmony export */   Z6: () => (/* binding */ isEmailAddress),
/* harmony export */   aG: () => (/* binding */ keepWrittenText),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   h0: () => (/* binding */ closestMatch),
/* harmony export */   j3: () => (/* binding */ isHeaderValue),
/* harmony export */   jT: () => (/* binding */ parseIsoDate),
/* harmony export */   oA: () => (/* binding */ parseWholeNumber),
/* harmony export */   uv: () => (/* binding */ BOOLEAN_VALUES),
/* harmony export */   ws: () => (/* binding */ scalarText),
/* harmony export */   xf: () => (/* binding */ positiveId),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/** Parsers for input strings. Each returns undefined (or an error text) instead of throwing. */
/** Newline- or comma-separated; blanks dropped. */
function parseList(raw) {
    return raw
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
const BOOLEAN_VALUES = [...TRUE_VALUES, ...FALSE_VALUES];
/** The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them. */
function parseBoolean(raw) {
    if (TRUE_VALUES.includes(raw))
        return true;
    if (FALSE_VALUES.includes(raw))
        return false;
    return undefined;
}
/**
 * An ID read from an answer: a positive safe integer, as a number or as canonical digits. Anything else (0, -5, 1e23,
 * "0012", 1.5) is undefined: such an ID is never put in a path or read back.
 */
function positiveId(value) {
    const number = typeof value === 'string' && /^[1-9]\d*$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number >= 1 ? number : undefined;
}
function parseWholeNumber(raw) {
    if (!/^[+-]?\d+$/.test(raw))
        return undefined;
    const value = Number(raw);
    return Number.isSafeInteger(value) ? value : undefined;
}
/** A number of seconds such as 60, 2.5 or .5. */
function parseSeconds(raw) {
    return /^(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : undefined;
}
/** yyyy-MM-dd, a real calendar date, as midnight UTC. */
function parseIsoDate(raw) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    if (!match)
        return undefined;
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    const isRealDate = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return isRealDate ? date : undefined;
}
const DAY_MS = 86_400_000;
/** Whole days from today (UTC) to the date. */
function daysAhead(date, now) {
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    return Math.round((date.getTime() - today) / DAY_MS);
}
/**
 * localhost, ::1 or an address in 127.0.0.0/8, as a URL's hostname gives them (IPv4 in canonical
 * form, IPv6 in brackets). Names that merely start with "127." are not loopback.
 */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** Text an HTTP header value can carry: tab, printable ASCII and Latin-1, no line breaks or control characters. */
function isHeaderValue(text) {
    return /^[\t\x20-\x7e\x80-\xff]*$/.test(text);
}
function isEmailAddress(text) {
    return /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>.]+$/.test(text);
}
const CSR_PEM = /^-----BEGIN (NEW )?CERTIFICATE REQUEST-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END (NEW )?CERTIFICATE REQUEST-----$/;
/** A PEM certificate request whose body is base64 of a DER SEQUENCE spanning it exactly. */
function isPemCertificateRequest(text) {
    const match = CSR_PEM.exec(text.trim());
    if (!match?.[2])
        return false;
    const der = Buffer.from(match[2].replace(/\s/g, ''), 'base64');
    return der.length > 2 && der[0] === 0x30 && derLength(der) === der.length;
}
function derLength(der) {
    const first = der[1];
    if (first === undefined)
        return undefined;
    if (first < 0x80)
        return 2 + first;
    const octets = first & 0x7f;
    if (octets === 0 || octets > 4 || der.length < 2 + octets)
        return undefined;
    let length = 0;
    for (let i = 0; i < octets; i++)
        length = length * 256 + der[2 + i];
    return 2 + octets + length;
}
/**
 * A YAML value read with the core schema, where a number or boolean that would not print back as
 * written keeps the written text (from the failsafe reading): zip 02134 stays "02134", 1.50 stays
 * "1.50", while 12 and true stay a number and a boolean, and null stays null.
 */
function keepWrittenText(core, written) {
    if (Array.isArray(core) && Array.isArray(written)) {
        return core.map((item, index) => keepWrittenText(item, written[index]));
    }
    if (isPlainObject(core) && isPlainObject(written)) {
        return Object.fromEntries(Object.entries(core).map(([key, item]) => [key, keepWrittenText(item, written[key])]));
    }
    const isNumberOrBoolean = typeof core === 'number' || typeof core === 'boolean';
    return isNumberOrBoolean && typeof written === 'string' && String(core) !== written ? written : core;
}
/** A field of an answer as text: a string, or a number written out; anything else (absent, an object) as ''. */
function scalarText(value) {
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
/** An object as JSON or YAML's core schema makes it: not an array, a Date, a Uint8Array, a Set or a Map. */
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
/** Text, a finite number, a boolean, null, or lists and plain mappings of these: what JSON can carry as it is. */
function isJsonValue(value) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return true;
    if (typeof value === 'number')
        return Number.isFinite(value);
    if (Array.isArray(value))
        return value.every(isJsonValue);
    return isPlainObject(value) && Object.values(value).every(isJsonValue);
}
/** The candidate nearest to the word, if it is near enough to be a typo. */
function closestMatch(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const typed = word.toLowerCase();
    for (const candidate of candidates) {
        const distance = closeness(typed, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // A short word two letters off is another word ("cash" is not "card").
    return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
/**
 * How far a typed word (lower case) is from a candidate: 0 when only the case differs, then the same words in another
 * order ("ev_code_signing" for "code_signing_ev"), then a cut-off id ("client_premium") as a one-letter typo, else
 * the edit distance.
 */
function closeness(typed, candidate) {
    const lower = candidate.toLowerCase();
    if (typed === lower)
        return 0;
    if (sameWords(typed, lower))
        return 0.5;
    if (typed.length >= 4 && lower.startsWith(typed))
        return 1;
    return editDistance(typed, lower);
}
function sameWords(a, b) {
    const words = (text) => text
        .split(/[_\-\s.]+/)
        .filter(Boolean)
        .sort()
        .join(' ');
    return words(a) === words(b);
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
/** "a", "a and b", "a, b and c". */
function joinAnd(items) {
    return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}


/***/ }),

/***/ 4891:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   et: () => (/* binding */ printableJson),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony export SHOWN_MAX */
/**
 * The one gate for text that came from a server (CertCentral, a proxy, anything answering on its behalf). The runner
 * executes a stdout line that starts with `::`, and the legacy `##[command]` anywhere in a line; a line break in
 * server text would start such a line, or forge a line of the action's own. So:
 * - `shown()` is what server text looks like wherever it is shown: on one line, every control, line-break and
 *   direction character written as an escape, `::` and `##[` broken apart, and at most SHOWN_MAX characters;
 * - `printable()` is the last net on everything a face prints, the action's own text included: no line starts with
 *   `::`, no `##[`, no control character but the line break. Both faces (action/, cli/) print only through it.
 * Outputs stay exact: the runner's output file holds whatever they carry between its delimiters.
 */
/** The most characters of one server text a log line shows. */
const SHOWN_MAX = 500;
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
/** C0 (but tab) and C1 controls, DEL, and the characters that reorder or hide text (bidi controls and marks). */
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
function escaped(char) {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Server text as it may appear in a log line, an annotation, an error message or the summary. */
function shown(text) {
    const flat = text.replace(LINE_BREAKS, '\\n').replace(HIDDEN, escaped).replace(/::/g, ': :').replace(/##\[/g, '## [');
    return flat.length > SHOWN_MAX ? `${flat.slice(0, SHOWN_MAX)}\u2026` : flat;
}
/**
 * Every message a face prints, whatever its source: CRLF and CR become LF, no line starts with `::` (even after
 * spaces), `##[` is broken apart, and control characters other than the line break are escaped.
 */
function printable(message) {
    return message
        .replace(/\r\n?/g, '\n')
        .replace(HIDDEN, escaped)
        .replace(/##\[/g, '## [')
        .replace(/^(\s*):(?=:)/gm, '$1: ');
}
/**
 * A value as JSON a terminal or a runner can print: what JSON.stringify leaves raw among the characters `shown()`
 * escapes is written as a \u escape, so the JSON still parses to the exact value, and no `##[` appears.
 */
function printableJson(value) {
    const unicodeEscape = (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return JSON.stringify(value, null, 2).replace(HIDDEN, unicodeEscape).replace(/##\[/g, '#\\u0023[');
}


/***/ }),

/***/ 2887:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ shortKeyWarning)
/* harmony export */ });
/* unused harmony export MIN_API_KEY_LENGTH */
/**
 * A CertCentral API key is a long random string. A much shorter one is a placeholder or a mistake, and
 * since the key is hidden wherever it appears, a short one also hides parts of ordinary words.
 */
const MIN_API_KEY_LENGTH = 16;
/** The warning for a key too short to be a CertCentral key; undefined for a plausible (or missing) key. */
function shortKeyWarning(apiKey, name) {
    if (apiKey === '' || apiKey.length >= MIN_API_KEY_LENGTH)
        return undefined;
    return (`${name} is ${apiKey.length} characters long: too short to be a CertCentral API key, which is a long random string. ` +
        `CertCentral will refuse it, and because the key is hidden wherever it appears, words that contain it show *** in the log and outputs. ` +
        `For a dry run or the simulator, use a placeholder of ${MIN_API_KEY_LENGTH} characters or more.`);
}


/***/ }),

/***/ 9011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   e: () => (/* binding */ hasDefault)
/* harmony export */ });
/**
 * Every input's default, in one table: action.yml declares the same (a test keeps them equal), the README and the
 * CLI help show them from here, and the readers parse a missing input from here. The runner hands a default over
 * exactly as if the user had written it, so an input holding its default counts as not written: it is never refused
 * as not applying, and a run given the default by the runner behaves exactly as one given nothing.
 */
const INPUT_DEFAULTS = {
    region: 'us',
    operation: 'order',
    'renew-within-days': '30',
    'wait-for-issuance': 'false',
    'wait-timeout': '900',
    'poll-interval': '15',
    'dry-run': 'false',
    'signature-hash': 'sha256',
    idempotency: 'true',
    'max-attempts': '5',
    'request-timeout': '60',
};
function hasDefault(name) {
    return Object.hasOwn(INPUT_DEFAULTS, name);
}


/***/ }),

/***/ 8961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ INPUT_OPERATIONS),
/* harmony export */   FZ: () => (/* binding */ defaultNumber),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   On: () => (/* binding */ notBoolean),
/* harmony export */   Tw: () => (/* binding */ readWholeNumberInput),
/* harmony export */   UW: () => (/* binding */ readSeconds),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   n2: () => (/* binding */ appliesToOperation),
/* harmony export */   z1: () => (/* binding */ readBooleanInput)
/* harmony export */ });
/* harmony import */ var _common_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5234);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9011);
/** Readers for inputs that are not request body fields, shared by the settings modules. */


/** The operations each input that is not a body field applies to; one written for another operation is refused. */
const INPUT_OPERATIONS = {
    product: ['order', 'reissue', 'renew'],
    'order-id': ['reissue', 'status', 'renew'],
    idempotency: ['order', 'reissue', 'renew'],
    'renew-within-days': ['renew'],
};
/**
 * Whether the input applies to the operation. When it does not and it was written, the problem names the operations
 * it applies to, with `why` after them.
 */
function appliesToOperation(read, name, operation, findings, why = '') {
    const operations = INPUT_OPERATIONS[name];
    if (operations.includes(operation))
        return true;
    if (read(name) !== '') {
        const listed = `${operations.length === 1 ? 'operation' : 'operations'} ${(0,_common_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .joinAnd */ .MO)(operations)}`;
        findings.problems.push(`${name} does not apply to operation ${operation}. It applies to ${listed}${why}; remove it.`);
    }
    return false;
}
/** The input as written, or its default (defaults.ts) when not written. */
function writtenOrDefault(read, name) {
    return read(name) || _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .W[name];
}
function readChoice(read, name, allowed, findings) {
    const raw = writtenOrDefault(read, name);
    if (allowed.includes(raw))
        return raw;
    findings.problems.push(`${name}: "${raw}" is not allowed.${didYouMean(raw, allowed)} Allowed: ${allowed.join(', ')}.`);
    return undefined;
}
function notBoolean(name, raw) {
    return `${name}: "${raw}" is not a boolean. Allowed: ${_common_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOLEAN_VALUES */ .uv.join(', ')}.`;
}
/** A boolean input; one that is not a boolean is a problem, and reads as its default meanwhile. */
function readBooleanInput(read, name, findings) {
    const value = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)(writtenOrDefault(read, name));
    if (value !== undefined)
        return value;
    findings.problems.push(notBoolean(name, read(name)));
    return (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)(_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .W[name]) ?? false;
}
function rangeText({ min, max, maxInWords }) {
    if (max === undefined)
        return `from ${min}`;
    return `from ${min} to ${max}${maxInWords ? ` (${maxInWords})` : ''}`;
}
function inRange(value, { min, max }) {
    return value !== undefined && value >= min && (max === undefined || value <= max);
}
/** A number in the range, read by `parse`; its default when not set, or (with a problem) when not allowed. */
function readNumber(read, name, range, findings, parse, kind) {
    const fallback = parse(_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .W[name]) ?? range.min;
    const raw = read(name);
    if (raw === '')
        return fallback;
    const value = parse(raw);
    if (inRange(value, range))
        return value;
    // 400 nines read as Infinity: too large too.
    const tooLarge = value !== undefined && range.max !== undefined && value > range.max;
    findings.problems.push(`${name}: "${raw}" is ${tooLarge ? 'too large' : kind.not}. Allowed: ${kind.allowed} ${rangeText(range)}.`);
    return fallback;
}
/** Seconds, fractions allowed. */
function readSeconds(read, name, range, findings) {
    const kind = { not: 'not a number of seconds', allowed: 'a number' };
    return readNumber(read, name, range, findings, _common_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSeconds */ .fL, kind);
}
function readWholeNumberInput(read, name, range, findings) {
    const kind = { not: 'not allowed', allowed: 'a whole number' };
    return readNumber(read, name, range, findings, _common_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWholeNumber */ .oA, kind);
}
/** A number input's default, parsed as the input would be. */
function defaultNumber(name) {
    return Number(_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .W[name]);
}
/** ` Did you mean "x"?` for a value close to an allowed one (in another case, or its words in another order). */
function didYouMean(raw, allowed) {
    const suggestion = (0,_common_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .closestMatch */ .h0)(raw, allowed);
    return suggestion ? ` Did you mean "${suggestion}"?` : '';
}


/***/ }),

/***/ 8713:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ readSettings)
});

// UNUSED EXPORTS: BASE_URLS

// EXTERNAL MODULE: ./src/rules/fields.ts
var fields = __nccwpck_require__(8162);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/common/parse.ts
var parse = __nccwpck_require__(5234);
// EXTERNAL MODULE: ./src/rules/products.ts
var products = __nccwpck_require__(1803);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __nccwpck_require__(8961);
;// CONCATENATED MODULE: ./src/inputs/safety-settings.ts

const MAX_ATTEMPTS = { min: 1, max: 20 };
const REQUEST_TIMEOUT_SECONDS = { min: 0.1, max: 3600, maxInWords: '1 hour' };
function readSafetySettings(read, findings) {
    return {
        idempotency: (0,readers/* readBooleanInput */.z1)(read, 'idempotency', findings),
        maxAttempts: (0,readers/* readWholeNumberInput */.Tw)(read, 'max-attempts', MAX_ATTEMPTS, findings),
        requestTimeoutSeconds: (0,readers/* readSeconds */.UW)(read, 'request-timeout', REQUEST_TIMEOUT_SECONDS, findings),
    };
}

// EXTERNAL MODULE: ./src/rules/validate.ts + 1 modules
var validate = __nccwpck_require__(630);
;// CONCATENATED MODULE: ./src/inputs/text-inputs.ts
/** C0 and C1 controls and DEL; line breaks too, except in a multi-line message. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Bidirectional overrides, embeddings, isolates and marks, and zero-width characters. */
const REORDERING = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
/** The problems of a parsed input's texts, each naming where the text is: "subject.name", "item 2". */
function textProblems(spec, value) {
    const problems = [];
    for (const { where, text, key } of texts(value)) {
        const named = where ? `${where} ` : '';
        const control = (spec.multiline ? CONTROL_BUT_LINE_BREAKS : CONTROL).exec(text);
        if (control) {
            problems.push(`${named}holds a control character (${codePoint(control[0])}). Allowed: printable text${spec.multiline ? ' and line breaks' : ', on one line'}.`);
        }
        const reordering = REORDERING.exec(text);
        if (reordering) {
            problems.push(`${named}holds ${codePoint(reordering[0])}, a character that reorders or hides text, so what is shown differs from what is sent. Allowed: text without it.`);
        }
        const max = (key !== undefined ? spec.keyMaxLength?.[key] : undefined) ?? spec.maxLength;
        if (max !== undefined && text.length > max) {
            problems.push(`${named}is ${text.length} characters long. Allowed: at most ${max} characters.`);
        }
    }
    return problems;
}
function codePoint(char) {
    return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/** Every text in a value: itself, the items of a list, the values of an object (nested too), with where they are. */
function texts(value, path = []) {
    if (typeof value === 'string') {
        const where = path
            .join('.')
            .replace(/^\[(\d+)\]\.?/, (_all, index) => `item ${Number(index) + 1} `)
            .trim();
        const key = path.find((part) => !part.startsWith('['));
        return [{ where, text: value, key }];
    }
    if (Array.isArray(value))
        return value.flatMap((item, index) => texts(item, [...path, `[${index}]`]));
    if (typeof value === 'object' && value !== null) {
        return Object.entries(value).flatMap(([name, item]) => texts(item, [...path, name]));
    }
    return [];
}

;// CONCATENATED MODULE: ./src/inputs/field-parsers.ts
/** Each kind of request field, parsed from its input text into the value the body carries, or a problem. */




function parseText(raw, { name, spec }, context, problem) {
    const allowed = name === 'signature-hash' ? context.signatureHashes : spec.allowed;
    if (allowed && !allowed.includes(raw)) {
        return problem(`"${raw}" is not allowed.${(0,readers/* didYouMean */.au)(raw, allowed)} Allowed: ${allowed.join(', ')}.`);
    }
    if (spec.alphanumeric && !/^[A-Za-z0-9]+$/.test(raw)) {
        return problem(`"${raw}" is not alphanumeric. Allowed: letters A-Z and a-z and digits 0-9 only.`);
    }
    return raw;
}
function parseTextList(raw, { spec }, _context, problem) {
    const items = (0,parse/* parseList */.E1)(raw);
    if (items.length === 0)
        return problem('holds no item. Allowed: a list separated by newlines or commas.');
    const invalid = spec.kind === 'email-list' ? items.filter((item) => !(0,parse/* isEmailAddress */.Z6)(item)) : [];
    if (invalid.length > 0) {
        return problem(`not an e-mail address: ${quoteAll(invalid)}. Allowed: addresses such as name@example.com.`);
    }
    const allowed = spec.allowed;
    const notAllowed = allowed ? items.filter((item) => !allowed.includes(item)) : [];
    if (allowed && notAllowed.length > 0) {
        return problem(`${quoteAll(notAllowed)} ${notAllowed.length === 1 ? 'is' : 'are'} not allowed. Allowed: ${allowed.join(', ')}.`);
    }
    const repeated = items.filter((item, index) => items.indexOf(item) !== index);
    if (repeated.length > 0)
        return problem(`${quoteAll([...new Set(repeated)])} is given more than once.`);
    return items;
}
function parseNumberList(raw, { spec }, _context, problem) {
    const items = (0,parse/* parseList */.E1)(raw);
    if (items.length === 0)
        return problem('holds no item. Allowed: whole numbers separated by newlines or commas.');
    const numbers = items.map((item) => wholeNumber(item, spec, problem));
    return numbers.every((n) => n !== undefined) ? numbers : undefined;
}
/** The page's example writes 1; true and false are read as 1 and 0. */
function parseFlagNumber(raw, _field, _context, problem) {
    const value = FLAG_NUMBERS[raw] ?? (0,parse/* parseBoolean */.yG)(raw);
    if (value === undefined) {
        return problem(`"${raw}" is not allowed. Allowed: 1, 0, ${parse/* BOOLEAN_VALUES */.uv.join(', ')} (true sends 1).`);
    }
    return value === true || value === 1 ? 1 : 0;
}
/** CRLF (a Windows checkout) is sent as LF, so the request and its derived key are the same on every runner. */
function parseCsr(raw, _field, _context, problem) {
    const pem = raw.replace(/\r\n?/g, '\n').trim();
    return (0,parse/* isPemCertificateRequest */.XH)(pem)
        ? pem
        : problem('is not a PEM certificate request. Allowed: text from -----BEGIN CERTIFICATE REQUEST----- to -----END CERTIFICATE REQUEST-----.');
}
function parseObject(raw, { name }, context, problem) {
    let value;
    try {
        value = context.parseYaml(raw);
    }
    catch (error) {
        if (error instanceof UnknownTagError) {
            return problem(`uses the YAML tag ${error.tags.join(', ')}, which is not allowed. Allowed: ${ALLOWED_TAGS}.`);
        }
        return problem(`is not valid YAML or JSON (${firstLine(error.message)}).`);
    }
    const check = OBJECT_CHECKS[name];
    return check ? check(value, problem) : undefined;
}
const PARSERS = {
    text: parseText,
    list: parseTextList,
    'email-list': parseTextList,
    'whole-number': (raw, { spec }, _context, problem) => wholeNumber(raw, spec, problem),
    'whole-number-list': parseNumberList,
    boolean: (raw, { name }, _context, problem) => (0,parse/* parseBoolean */.yG)(raw) ?? problem((0,readers/* notBoolean */.On)(name, raw).slice(name.length + 2)),
    'flag-number': parseFlagNumber,
    date: (raw, _field, _context, problem) => (0,parse/* parseIsoDate */.jT)(raw) ? raw : problem(`"${raw}" is not a date. Allowed: a real date written yyyy-MM-dd.`),
    csr: parseCsr,
    object: parseObject,
    'object-list': parseObject,
};
/** The field's value as it is sent, or undefined with its problem reported (naming the input). */
function parseField(name, spec, raw, context) {
    const problem = (text) => {
        context.findings.problems.push(`${(0,validate/* inputLabel */.NB)(name)}: ${text}`);
        return undefined;
    };
    return PARSERS[spec.kind](raw, { name, spec }, context, problem);
}
/**
 * YAML or JSON, read with the core schema; numbers and booleans stay typed, but a zip code 02134 is not sent as 2134.
 * YAML 1.1's !!timestamp, !!binary, !!set, !!omap and !!pairs would make a Date, bytes, a Set or a Map: any tag outside
 * the core schema is refused, and so is any warning, which would be printed raw and the value read anyway.
 */
function yamlParser(yaml) {
    return (text) => {
        const document = yaml.parseDocument(text, { logLevel: 'silent', resolveKnownTags: false });
        const [error] = document.errors;
        if (error)
            throw error;
        const tags = new Set();
        yaml.visit(document, (_key, node) => {
            const tag = node?.tag;
            if (typeof tag === 'string' && !CORE_TAGS.includes(tag))
                tags.add(shortTag(tag));
        });
        if (tags.size > 0)
            throw new UnknownTagError([...tags]);
        const [warning] = document.warnings;
        if (warning)
            throw warning;
        return (0,parse/* keepWrittenText */.aG)(document.toJS(), yaml.parse(text, { schema: 'failsafe', logLevel: 'silent' }));
    };
}
const FLAG_NUMBERS = { '1': 1, '0': 0 };
/** The tags of YAML 1.2's core schema, the only ones allowed. */
const CORE_TAGS = ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`);
const ALLOWED_TAGS = "plain YAML or JSON; of the YAML tags only the core schema's !!str, !!int, !!float, !!bool, !!null, !!map and !!seq";
/** A YAML tag outside the core schema, such as !!js/function or !!timestamp: refused, not read as text or a Date. */
class UnknownTagError extends Error {
    tags;
    constructor(tags) {
        super(`unknown YAML tags ${tags.join(', ')}`);
        this.tags = tags;
    }
}
/** tag:yaml.org,2002:js/function as written, !!js/function. */
function shortTag(tag) {
    return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}
function wholeNumber(raw, spec, problem) {
    const value = (0,parse/* parseWholeNumber */.oA)(raw);
    if (value === undefined)
        return problem(`"${raw}" is not a whole number. Allowed: whole numbers from ${spec.min ?? 0}${spec.max === undefined ? '' : ` to ${spec.max}`}.`);
    const range = spec.max === undefined ? `from ${spec.min ?? 0}` : `from ${spec.min ?? 0} to ${spec.max}`;
    if (spec.min !== undefined && value < spec.min)
        return problem(`${value} is too small. Allowed: whole numbers ${range}.`);
    if (spec.max !== undefined && value > spec.max)
        return problem(`${value} is too large. Allowed: whole numbers ${range}.`);
    return value;
}
function quoteAll(items) {
    return items.map((item) => `"${item}"`).join(', ');
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
/** A mapping of text values with these keys. */
function stringFields(value, required, optional, problem) {
    const allowed = [...required, ...optional];
    const allowedText = required.length === 0
        ? `a mapping with any of ${optional.join(', ')}`
        : `a mapping with ${required.join(', ')}${optional.length ? ` (and optionally ${optional.join(', ')})` : ''}`;
    if (!(0,parse/* isPlainObject */.Qd)(value))
        return problem(`is not a mapping. Allowed: ${allowedText}.`);
    const unknownKeys = Object.keys(value).filter((key) => !allowed.includes(key));
    const missing = required.filter((key) => value[key] === undefined || value[key] === null || value[key] === '');
    const notScalar = Object.keys(value).filter((key) => typeof value[key] === 'object' && value[key] !== null);
    const issues = [
        unknownKeys.length ? `unknown ${unknownKeys.join(', ')}` : '',
        missing.length ? `missing ${missing.join(', ')}` : '',
        notScalar.length ? `${notScalar.join(', ')} must be text` : '',
    ].filter(Boolean);
    if (issues.length)
        return problem(`${issues.join('; ')}. Allowed: ${allowedText}.`);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
}
const OBJECT_CHECKS = {
    'ship-info': (value, problem) => {
        const shipInfo = stringFields(value, products/* SHIP_INFO_KEYS */.dC.required, products/* SHIP_INFO_KEYS */.dC.optional, problem);
        if (shipInfo && !products/* SHIP_METHODS */.o2.includes(shipInfo.method?.toUpperCase() ?? '')) {
            return problem(`method "${shipInfo.method}" is not allowed. Allowed: ${products/* SHIP_METHODS */.o2.join(', ')} (any case).`);
        }
        return shipInfo;
    },
    subject: (value, problem) => {
        const subject = stringFields(value, products/* SUBJECT_KEYS */._u, [], problem);
        if (subject && !(0,parse/* isEmailAddress */.Z6)(subject.email ?? '')) {
            return problem(`email "${subject.email}" is not an e-mail address. Allowed: an address such as name@example.com.`);
        }
        return subject;
    },
    individual: (value, problem) => {
        const individual = stringFields(value, [], products/* INDIVIDUAL_KEYS */.Fp, problem);
        if (individual && Object.keys(individual).length === 0) {
            return problem(`is empty. Allowed: a mapping with ${products/* INDIVIDUAL_KEYS */.Fp.join(', ')}.`);
        }
        return individual;
    },
    organization: (value, problem) => {
        if (!(0,parse/* isPlainObject */.Qd)(value) || Object.keys(value).length === 0) {
            return problem('is not a mapping of new organization details. Allowed: a YAML or JSON mapping such as {name: ..., address: ...}.');
        }
        if ('id' in value)
            return problem('holds an id. Allowed: new organization details; use organization-id for an existing organization.');
        const notJson = Object.keys(value).filter((key) => !(0,parse/* isJsonValue */.Wi)(value[key]));
        if (notJson.length > 0) {
            return problem(`${notJson.join(', ')} ${notJson.length === 1 ? 'is' : 'are'} not plain text, numbers, true/false or null, nor a mapping or list of them (such as organization_contact). Allowed: new organization details as plain YAML or JSON.`);
        }
        return value;
    },
    'custom-fields': (value, problem) => {
        const allowedText = 'Allowed: a list of {metadata_id: whole number, value: text}.';
        if (!Array.isArray(value) || value.length === 0)
            return problem(`is not a list. ${allowedText}`);
        const entries = [];
        for (const [index, entry] of value.entries()) {
            const metadataId = (0,parse/* isPlainObject */.Qd)(entry) ? (0,parse/* parseWholeNumber */.oA)(String(entry.metadata_id ?? '')) : undefined;
            const fieldValue = (0,parse/* isPlainObject */.Qd)(entry) ? entry.value : undefined;
            const extraKeys = (0,parse/* isPlainObject */.Qd)(entry)
                ? Object.keys(entry).filter((key) => key !== 'metadata_id' && key !== 'value')
                : [];
            if (metadataId === undefined || metadataId < 1)
                return problem(`entry ${index + 1} has no whole-number metadata_id. ${allowedText}`);
            if (fieldValue === undefined || fieldValue === null || typeof fieldValue === 'object')
                return problem(`entry ${index + 1} has no text value. ${allowedText}`);
            if (extraKeys.length)
                return problem(`entry ${index + 1} has unknown ${extraKeys.join(', ')}. ${allowedText}`);
            entries.push({ metadata_id: metadataId, value: String(fieldValue) });
        }
        return entries;
    },
};

;// CONCATENATED MODULE: ./src/inputs/pick-up-settings.ts

/** Small enough for tests; production runs keep the defaults. */
const MIN_SECONDS = 0.1;
/** Upper bounds: a wait that would outlast any job, or a poll that would outlast the wait, is a typo. */
const WAIT_TIMEOUT_SECONDS = { min: MIN_SECONDS, max: 7 * 24 * 3600, maxInWords: '7 days' };
const POLL_INTERVAL_SECONDS = { min: MIN_SECONDS, max: 3600, maxInWords: '1 hour' };
/** Below this the action warns: every pipeline of the account shares the key's rate limit. */
const GENTLE_POLL_INTERVAL_SECONDS = 5;
function readPickUpSettings(read, findings) {
    const waitForIssuance = (0,readers/* readBooleanInput */.z1)(read, 'wait-for-issuance', findings);
    const waitTimeoutSeconds = (0,readers/* readSeconds */.UW)(read, 'wait-timeout', WAIT_TIMEOUT_SECONDS, findings);
    const pollIntervalSeconds = (0,readers/* readSeconds */.UW)(read, 'poll-interval', POLL_INTERVAL_SECONDS, findings);
    if (waitForIssuance && pollIntervalSeconds < GENTLE_POLL_INTERVAL_SECONDS) {
        findings.warnings.push(`poll-interval: ${pollIntervalSeconds} seconds is short. Every pipeline using this API key shares DigiCert's rate limit (1000 requests per 3 minutes); the default is ${(0,readers/* defaultNumber */.FZ)('poll-interval')}.`);
    }
    return {
        waitForIssuance,
        waitTimeoutSeconds,
        pollIntervalSeconds,
        outputDir: read('output-dir') || process.env.RUNNER_TEMP || process.cwd(),
        folderPerOrder: read('output-dir') === '',
    };
}

;// CONCATENATED MODULE: ./src/inputs/renew-settings.ts


/** DigiCert renews an order from 90 days before its certificate expires, so a wider window could not renew. */
const RENEW_WITHIN_DAYS = { min: 1, max: 90 };
/**
 * renew-within-days, and the inputs operation renew sets by itself: renewal_of_order_id is the order read, and
 * alternative_order_id is derived from that order and its certificate, so that no run renews it twice.
 */
function readRenewWithinDays(read, operation, findings) {
    if (!(0,readers/* appliesToOperation */.n2)(read, 'renew-within-days', operation, findings))
        return (0,readers/* defaultNumber */.FZ)('renew-within-days');
    for (const name of ['renewal-of-order-id', 'alternative-order-id']) {
        if (read(name) !== '') {
            findings.problems.push(`${name} does not apply to operation renew: a renewal names order-id as renewal_of_order_id, and carries an alternative_order_id derived from that order and its certificate, so that no run renews it twice.`);
        }
    }
    if ((0,parse/* parseBoolean */.yG)(read('idempotency')) === false) {
        findings.problems.push('idempotency: false does not apply to operation renew: a renewal always carries the alternative_order_id derived from the order, so that no run renews it twice.');
    }
    return (0,readers/* readWholeNumberInput */.Tw)(read, 'renew-within-days', RENEW_WITHIN_DAYS, findings);
}

// EXTERNAL MODULE: ./src/inputs/defaults.ts
var defaults = __nccwpck_require__(9011);
;// CONCATENATED MODULE: ./src/inputs/settings.ts












const BASE_URLS = {
    us: 'https://www.digicert.com/services/v2',
    eu: 'https://certcentral.digicert.eu/services/v2',
};
const OPERATIONS = ['order', 'reissue', 'status', 'renew'];
const REGIONS = Object.keys(BASE_URLS);
/** The reader, with inputs left at their default (defaults.ts) read as not set. */
function writtenOnly(read) {
    return (name) => {
        const raw = read(name);
        return (0,defaults/* hasDefault */.e)(name) && raw === defaults/* INPUT_DEFAULTS */.W[name] ? '' : raw;
    };
}
/** Reads every input, reporting all problems at once. */
async function readSettings(readInput, now = new Date()) {
    const read = writtenOnly(readInput);
    const findings = { problems: [], warnings: [] };
    const apiKey = readApiKey(read, findings);
    const operation = (0,readers/* readChoice */.Kf)(read, 'operation', OPERATIONS, findings) ?? 'order';
    const common = {
        apiKey,
        dryRun: (0,readers/* readBooleanInput */.z1)(read, 'dry-run', findings),
        baseUrl: readBaseUrl(read, findings),
        pickUp: readPickUpSettings(read, findings),
        safety: readSafetySettings(read, findings),
    };
    const product = readProduct(read, operation, findings);
    const orderId = readOrderId(read, operation, findings);
    // The files of an issued certificate can be written where asked, before anything is ordered.
    const { pickUp } = common;
    if (operation === 'status' || pickUp.waitForIssuance || !pickUp.folderPerOrder) {
        await checkOutputFolder(pickUp, findings);
    }
    (0,readers/* appliesToOperation */.n2)(read, 'idempotency', operation, findings, ' (it derives an alternative_order_id, or a reissue key)');
    const renewWithinDays = readRenewWithinDays(read, operation, findings);
    const fields = await readAndCheckFields(read, operation, product, now, findings);
    if (findings.problems.length > 0)
        return findings;
    const request = { fields: fields.values, csrKey: fields.csrKey };
    const settings = settingsOf(operation, { common, request, product, orderId, renewWithinDays });
    return settings ? { ...findings, settings } : findings;
}
/** The settings of the operation, from parts whose problems were all reported; undefined if a part is missing. */
function settingsOf(operation, parts) {
    const { common, request, product, orderId, renewWithinDays } = parts;
    if (operation === 'order')
        return product ? { ...common, ...request, operation, product } : undefined;
    if (orderId === undefined)
        return undefined;
    if (operation === 'status')
        return { ...common, operation, orderId };
    if (operation === 'reissue')
        return { ...common, ...request, operation, orderId, product };
    return { ...common, ...request, operation, orderId, product, renewWithinDays };
}
function readApiKey(read, findings) {
    const apiKey = read('api-key');
    if (!apiKey) {
        findings.problems.push("api-key is required: your CertCentral API key, sent as X-DC-DEVKEY. It arrived empty: a secret that is not set in this repository (or its organization or environment) arrives empty, and so does one not passed to this run: a pull request from a fork gets no secrets, and an environment's secrets reach only jobs that name the environment.");
    }
    else if (!(0,parse/* isHeaderValue */.j3)(apiKey)) {
        findings.problems.push('api-key holds a character that cannot be sent in the X-DC-DEVKEY header (a line break, a control character or a character outside Latin-1). Allowed: the key as CertCentral shows it, on one line.');
    }
    return apiKey;
}
/** The request fields, checked against the table of the operation and product, and the rules that tie them. */
async function readAndCheckFields(read, operation, product, now, findings) {
    const table = (0,validate/* applicableFields */.pm)(operation, product);
    const fields = await readFields(read, operation, product, table, findings);
    if (table)
        (0,validate/* checkRequired */.mp)(table, fields, operation === 'order' ? `${product} orders` : 'a reissue', findings);
    if (operation === 'order') {
        if (product)
            (0,validate/* checkOrderRules */.Si)(product, fields, now, findings);
        else
            (0,validate/* checkOrderBasics */.it)(fields, now, findings);
    }
    // Until the order is read, only what the inputs decide; the order's product and method are checked after the read.
    if (operation === 'reissue')
        (0,validate/* checkReissueRules */.M3)(product, fields, { read: false }, findings);
    // A bad input fails before the order is read, not only once the renewal is due.
    if (operation === 'renew') {
        (0,validate/* checkRenewBasics */.Dm)(fields, now, findings);
        if (product && fields.csrKey)
            (0,validate/* checkCsrKey */.u8)(product, fields.csrKey, findings);
    }
    return fields;
}
/**
 * Before anything is ordered: the files of an issued certificate can be written where asked. Without
 * output-dir, the order's own folder is made at pick-up under RUNNER_TEMP, which must take new folders.
 */
async function checkOutputFolder(pickUp, findings) {
    // The file-system code, and node:fs/promises with it, is loaded only by a run that checks or writes files.
    const { checkOutputDir, checkParentDir } = await __nccwpck_require__.e(/* import() */ 994).then(__nccwpck_require__.bind(__nccwpck_require__, 8994));
    try {
        await (pickUp.folderPerOrder ? checkParentDir(pickUp.outputDir) : checkOutputDir(pickUp.outputDir));
    }
    catch (error) {
        const which = pickUp.folderPerOrder
            ? `output-dir: not set, and its default "${pickUp.outputDir}" (RUNNER_TEMP)`
            : `output-dir: "${pickUp.outputDir}"`;
        findings.problems.push(`${which} ${error.message}. Allowed: a directory that exists or can be created, takes new files, and is not a symbolic link.`);
    }
}
function readBaseUrl(read, findings) {
    const region = (0,readers/* readChoice */.Kf)(read, 'region', REGIONS, findings) ?? 'us';
    const raw = read('base-url');
    if (raw === '')
        return BASE_URLS[region];
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        findings.problems.push(`base-url: "${raw}" is not a URL. Allowed: an https:// URL such as ${BASE_URLS.us}.`);
        return raw;
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,parse/* isLoopbackHost */.cW)(url.hostname))) {
        findings.problems.push(`base-url: "${raw}" is not allowed. Allowed: an https:// URL, or http:// only on a loopback host.`);
    }
    if (url.search || url.hash || url.username || url.password) {
        findings.problems.push('base-url: must not carry credentials, a query or a fragment. Allowed: scheme, host, port and path.');
    }
    return raw.replace(/\/+$/, '');
}
function readProduct(read, operation, findings) {
    if (!(0,readers/* appliesToOperation */.n2)(read, 'product', operation, findings))
        return undefined;
    const raw = read('product');
    if (raw === '') {
        if (operation === 'order') {
            findings.problems.push(`product is required for an order. Allowed: ${products/* PRODUCT_IDS */.fd.join(', ')}.`);
        }
        return undefined;
    }
    if ((0,products/* isProductId */.F_)(raw))
        return raw;
    findings.problems.push(`product: "${raw}" is not a CertCentral product id.${(0,readers/* didYouMean */.au)(raw, products/* PRODUCT_IDS */.fd)} Allowed: ${products/* PRODUCT_IDS */.fd.join(', ')}.`);
    return undefined;
}
function readOrderId(read, operation, findings) {
    if (!(0,readers/* appliesToOperation */.n2)(read, 'order-id', operation, findings))
        return undefined;
    const raw = read('order-id');
    if (raw === '') {
        findings.problems.push(`order-id is required for operation ${operation}. Allowed: a whole number (the CertCentral order id).`);
        return undefined;
    }
    const value = (0,parse/* parseWholeNumber */.oA)(raw);
    if (value === undefined || value < 1) {
        findings.problems.push(`order-id: "${raw}" is not an order id. Allowed: a whole number from 1.`);
        return undefined;
    }
    return value;
}
async function readFields(read, operation, product, table, findings) {
    const csr = await readCsrText(read, findings);
    const raws = writtenFields(read, csr.text, operation, table);
    const needsYaml = [...raws.keys()].some((name) => fields/* FIELDS */.cJ[name].kind.startsWith('object'));
    const context = {
        signatureHashes: operation === 'status' ? [] : (0,products/* allowedSignatureHashes */.FT)(operation, product),
        findings,
        parseYaml: needsYaml ? yamlParser(await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19))) : () => undefined,
    };
    const values = {};
    // A csr-file that cannot be read was given: its problem is the only one reported, not "csr is required".
    const given = new Set(csr.unreadable && (!table || table.csr) ? ['csr'] : []);
    for (const [name, raw] of raws) {
        const applies = table ? table[name] !== undefined : !(0,validate/* appliesToNoOrder */.j6)(name);
        if (!applies) {
            findings.problems.push((0,validate/* notApplicable */.hH)(name, operation, product));
            continue;
        }
        given.add(name);
        const value = parseField(name, fields/* FIELDS */.cJ[name], raw, context);
        // Control characters, reordering characters and lengths, in every text of the value (a CSR is base64 PEM).
        const textIssues = value === undefined || name === 'csr' ? [] : textProblems(fields/* FIELDS */.cJ[name], value);
        for (const issue of textIssues)
            findings.problems.push(`${(0,validate/* inputLabel */.NB)(name)}: ${issue}`);
        if (value !== undefined && textIssues.length === 0)
            values[name] = value;
    }
    const csrKey = typeof values.csr === 'string' ? await readCsrKey(values.csr, findings) : undefined;
    return { values, given, csrKey };
}
/** The text of every field written, and signature-hash's default where it is sent. */
function writtenFields(read, csrText, operation, table) {
    const raws = new Map();
    for (const name of fields/* FIELD_NAMES */.Yr) {
        const raw = name === 'csr' ? csrText : read(name);
        if (raw !== '')
            raws.set(name, raw);
    }
    // A renewal copies the order's signature hash unless one is given.
    if (!raws.has('signature-hash') && (!table || table['signature-hash']) && operation !== 'renew') {
        raws.set('signature-hash', defaults/* INPUT_DEFAULTS */.W['signature-hash']);
    }
    return raws;
}
/** The CSR's key, once its structure and self-signature check out; the CSR library is loaded only here. */
async function readCsrKey(pem, findings) {
    const { readCsr } = await Promise.all(/* import() */[__nccwpck_require__.e(43), __nccwpck_require__.e(129)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3129));
    const reading = readCsr(pem);
    if ('key' in reading)
        return reading.key;
    findings.problems.push(`csr (or csr-file): the certificate request ${reading.problem}. Allowed: a PKCS#10 request signed with its own key, as openssl req or certreq make it.`);
    return undefined;
}
/** The CSR's text, from csr or csr-file; `unreadable` when csr-file was given but could not be read. */
async function readCsrText(read, findings) {
    const text = read('csr');
    const path = read('csr-file');
    if (text !== '' && path !== '') {
        findings.problems.push('csr and csr-file: give one of them, not both.');
        return { text, unreadable: false };
    }
    if (path === '')
        return { text, unreadable: false };
    const { MAX_CSR_FILE_BYTES, readSmallRegularFile } = await __nccwpck_require__.e(/* import() */ 994).then(__nccwpck_require__.bind(__nccwpck_require__, 8994));
    try {
        return { text: (await readSmallRegularFile(path, MAX_CSR_FILE_BYTES)).trim(), unreadable: false };
    }
    catch (error) {
        // Relative paths are read from the working directory: the workspace, in GitHub Actions.
        const where = (0,external_node_path_.isAbsolute)(path) ? '' : ` (${(0,external_node_path_.resolve)(path)})`;
        findings.problems.push(`csr-file: "${path}"${where} ${error.message}. Allowed: a regular file of at most 64 KiB holding a PEM certificate request; a relative path is read from the workspace.`);
        return { text: '', unreadable: true };
    }
}


/***/ }),

/***/ 7024:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uc: () => (/* binding */ bodyWithKey),
  b6: () => (/* binding */ carriesReissueKey),
  ZI: () => (/* binding */ deriveOrderKey),
  rp: () => (/* binding */ deriveReissueKey),
  JC: () => (/* binding */ keySource)
});

// UNUSED EXPORTS: MAX_ORDER_KEY_LENGTH, reissueComments

// EXTERNAL MODULE: ./src/common/parse.ts
var parse = __nccwpck_require__(5234);
;// CONCATENATED MODULE: ./src/common/sha256.ts
/**
 * SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, in hex: what `createHash('sha256').update(text).digest('hex')` gives,
 * which a test checks. Written out because loading node:crypto costs a dry run more than all of the action's own code
 * (docs/performance.md); the never-twice keys hash a few hundred bytes, once per run.
 */
/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
// prettier-ignore
const ROUND_CONSTANTS = Uint32Array.of(0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2);
/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL_HASH = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
function sha256Hex(text) {
    const message = Buffer.from(text, 'utf8');
    // The message, a 1 bit, zeros, and its length in bits as 64 bits, to a whole number of 64-byte blocks.
    const padded = new Uint8Array(Math.ceil((message.length + 9) / 64) * 64);
    padded.set(message);
    padded[message.length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(message.length / 0x20000000));
    view.setUint32(padded.length - 4, (message.length * 8) >>> 0);
    const hash = Uint32Array.from(INITIAL_HASH);
    const schedule = new Uint32Array(64);
    for (let block = 0; block < padded.length; block += 64) {
        for (let t = 0; t < 16; t++)
            schedule[t] = view.getUint32(block + t * 4);
        for (let t = 16; t < 64; t++) {
            const back15 = at(schedule, t - 15);
            const back2 = at(schedule, t - 2);
            const sigma0 = rotateRight(back15, 7) ^ rotateRight(back15, 18) ^ (back15 >>> 3);
            const sigma1 = rotateRight(back2, 17) ^ rotateRight(back2, 19) ^ (back2 >>> 10);
            // A Uint32Array keeps the sum modulo 2^32.
            schedule[t] = at(schedule, t - 16) + sigma0 + at(schedule, t - 7) + sigma1;
        }
        let [a, b, c, d, e, f, g, h] = Array.from(hash);
        for (let t = 0; t < 64; t++) {
            const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
            const choice = (e & f) ^ (~e & g);
            const temp1 = (h + sum1 + choice + at(ROUND_CONSTANTS, t) + at(schedule, t)) >>> 0;
            const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
            const majority = (a & b) ^ (a & c) ^ (b & c);
            const temp2 = (sum0 + majority) >>> 0;
            h = g;
            g = f;
            f = e;
            e = (d + temp1) >>> 0;
            d = c;
            c = b;
            b = a;
            a = (temp1 + temp2) >>> 0;
        }
        [a, b, c, d, e, f, g, h].forEach((value, index) => {
            hash[index] = at(hash, index) + value;
        });
    }
    return Array.from(hash, (word) => word.toString(16).padStart(8, '0')).join('');
}
function rotateRight(word, bits) {
    return (word >>> bits) | (word << (32 - bits));
}
function at(words, index) {
    return words[index];
}

;// CONCATENATED MODULE: ./src/never-twice/keys.ts
/**
 * The keys that let CertCentral tell this run's order or reissue from any other. An order's travels as its
 * alternative_order_id; a reissue's in its comments, which order info lists with the order's requests.
 */


const MAX_ORDER_KEY_LENGTH = 64;
/** Where a key comes from, in the words of the log. */
function keySource(key) {
    switch (key.kind) {
        case 'given':
            return 'from alternative-order-id';
        case 'run':
            return 'derived from this run, job and request';
        case 'renewal':
            return `derived from order ${'renews' in key ? key.renews : key.orderId} and its certificate`;
    }
}
/**
 * `gha{run id}x{hash}`, letters and digits only, as the page describes the id: the hash covers the
 * repository, run, job, step and the request body, so a re-run attempt of the same job
 * (GITHUB_RUN_ATTEMPT is left out on purpose) sending the same request finds the earlier order,
 * while another request, step or job gets its own key.
 */
function deriveOrderKey(run, body) {
    const { alternative_order_id: _ignored, ...rest } = body;
    const digest = sha256Hex(JSON.stringify([run.repository, run.runId, run.job, run.step, canonical(rest)]));
    return `gha${run.runId}x${digest}`.slice(0, MAX_ORDER_KEY_LENGTH);
}
/**
 * `ghr{run id}x{hash}`: like an order's key, over the order ID and the reissue's body (its CSR, when it has one), so
 * a re-run of the job sending the same reissue finds it, and a new CSR reissues anew.
 */
function deriveReissueKey(run, orderId, body) {
    const certificate = (0,parse/* isPlainObject */.Qd)(body.certificate) ? body.certificate : {};
    // PEM wrapping and line ends do not make another CSR.
    const csr = typeof certificate.csr === 'string' ? { csr: certificate.csr.replace(/\s+/g, '') } : {};
    const hashed = { ...body, certificate: { ...certificate, ...csr } };
    const digest = sha256Hex(JSON.stringify([run.repository, run.runId, run.job, run.step, orderId, canonical(hashed)]));
    return `ghr${run.runId}x${digest}`.slice(0, MAX_ORDER_KEY_LENGTH);
}
/** What a reissue's comments say about its key: the user's comments stay first, as written. */
function reissueComments(userComments, key) {
    const mark = `reissue key ${key}`;
    return typeof userComments === 'string' && userComments !== '' ? `${userComments}\n\n${mark}` : mark;
}
/** Whether comments carry this reissue key, as a whole word: renew12c5 is not found in renew12c51's comments. */
function carriesReissueKey(comments, key) {
    return comments.split(/[^0-9A-Za-z]+/).includes(key);
}
/** The body with the key in it: an order's as alternative_order_id, a reissue's added to its comments. */
function bodyWithKey(body, key, kind) {
    if (!key || key.kind === 'given')
        return body;
    if (kind === 'reissue')
        return { ...body, comments: reissueComments(body.comments, key.value) };
    return { ...body, alternative_order_id: key.value };
}
/** Objects with their keys sorted, so equal bodies hash alike whatever their key order. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!(0,parse/* isPlainObject */.Qd)(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]));
}


/***/ }),

/***/ 7691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ dryRun),
/* harmony export */   W: () => (/* binding */ showDryRun)
/* harmony export */ });
/* harmony import */ var _certcentral_api_request_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1459);
/* harmony import */ var _rules_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(630);
/* harmony import */ var _requests_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(158);
/**
 * A dry run of an order, reissue or status: says what would be sent, with the key hidden, and sets the request-*
 * outputs; sends nothing. It needs no client, so the run loads none (operation renew reads the order first, and
 * shows its own dry run).
 */



function dryRun(settings, host, run) {
    if (settings.operation === 'order') {
        const note = (0,_rules_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultMethodNote */ .lv)(settings.product, settings.fields);
        if (note)
            host.info(note);
        const what = `Ordering ${settings.product}; nothing is sent.`;
        return showDryRun(settings.baseUrl, host, (0,_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .orderRequest */ .QT)(settings, run).request, what);
    }
    if (settings.operation === 'reissue') {
        const what = `Reissuing order ${settings.orderId}; nothing is sent.`;
        return showDryRun(settings.baseUrl, host, (0,_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .reissueRequest */ .WA)(settings, run).request, what);
    }
    showDryRun(settings.baseUrl, host, (0,_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .statusRequest */ .oR)(settings), `Reading order ${settings.orderId}; nothing is sent.`);
}
/** Shows the request, with the key hidden, and sets the request-* outputs; `what` says what happens instead. */
function showDryRun(baseUrl, host, request, what) {
    const url = (0,_certcentral_api_request_js__WEBPACK_IMPORTED_MODULE_2__/* .requestUrl */ .F)(baseUrl, request);
    host.info(`Dry run: ${what}`);
    host.info(`${request.method} ${url}`);
    host.info('X-DC-DEVKEY: ***');
    if (request.body)
        host.info(JSON.stringify(request.body, null, 2));
    host.setOutput('request-method', request.method);
    host.setOutput('request-url', url);
    host.setOutput('request-body', request.body ? JSON.stringify(request.body) : '');
}


/***/ }),

/***/ 4269:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ execute)
/* harmony export */ });
/* harmony import */ var _certcentral_proxy_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(705);
/* harmony import */ var _certcentral_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1278);
/* harmony import */ var _dry_run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7691);



/**
 * Runs the operation the settings name, with a job of its own settings' type. Each operation is a module of the
 * same shape, loaded when it runs: a run loads only its own operation, and a dry run none.
 */
async function runOperation(job) {
    const { settings } = job;
    switch (settings.operation) {
        case 'order':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(451), __nccwpck_require__.e(826)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7826))).order({ ...job, settings });
        case 'reissue':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(451), __nccwpck_require__.e(982)]).then(__nccwpck_require__.bind(__nccwpck_require__, 982))).reissue({ ...job, settings });
        case 'status':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(364), __nccwpck_require__.e(749)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9986))).status({ ...job, settings });
        case 'renew':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(451), __nccwpck_require__.e(364), __nccwpck_require__.e(958)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4958))).renew({ ...job, settings });
    }
}
/**
 * Runs the operation the settings name (in a dry run, only shows its request) and sets the outputs, each written
 * once, with its last value, when the run ends: also after a failure, or when the job is cancelled.
 */
async function execute(settings, host, options = {}) {
    const outputs = new Map();
    const safe = withoutKey(host, settings.apiKey, outputs);
    const writeOutputs = () => {
        for (const [name, value] of outputs)
            host.setOutput(name, (0,_certcentral_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(value, settings.apiKey));
        outputs.clear();
    };
    // A proxy variable that cannot be used fails here, before anything is sent, naming it.
    (0,_certcentral_proxy_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .proxyFor */ .iJ)(new URL(settings.baseUrl), options.env ?? process.env);
    const run = options.run ?? (() => undefined);
    // operation renew reads the order even in a dry run, to tell which request is due. A dry run of the others ends
    // within the step's first milliseconds, sending nothing, so it has no signal to be stopped by.
    if (settings.dryRun && settings.operation !== 'renew') {
        try {
            return (0,_dry_run_js__WEBPACK_IMPORTED_MODULE_2__/* .dryRun */ .P)(settings, safe, run);
        }
        finally {
            writeOutputs();
        }
    }
    const interrupted = () => {
        writeOutputs();
        host.interrupted?.();
    };
    underWay.add(interrupted);
    if (underWay.size === 1)
        for (const signal of STOP_SIGNALS)
            process.on(signal, stopped);
    try {
        const client = await createClient(settings, safe, options);
        await runOperation({ settings, host: safe, client, run });
    }
    finally {
        underWay.delete(interrupted);
        if (underWay.size === 0)
            for (const signal of STOP_SIGNALS)
                process.off(signal, stopped);
        writeOutputs();
    }
}
/** The runner cancels a step with SIGINT, then SIGTERM; a terminal's Ctrl-C is SIGINT. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * What each execute() under way does when a signal stops the process: write the outputs known by then (the order
 * ID a later status needs). One listener per signal for the whole process, however many runs share it.
 */
const underWay = new Set();
function stopped(signal) {
    for (const interrupted of underWay)
        interrupted();
    underWay.clear();
    for (const stop of STOP_SIGNALS)
        process.off(stop, stopped);
    // Without a listener, the same signal ends the process as it would have without this one.
    process.kill(process.pid, signal);
}
/** Creating the client sends nothing; it is loaded only for a run that sends a request. */
async function createClient(settings, host, options) {
    const [{ CertCentralClient }, { RetryPolicy }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 692).then(__nccwpck_require__.bind(__nccwpck_require__, 7692)),
        __nccwpck_require__.e(/* import() */ 269).then(__nccwpck_require__.bind(__nccwpck_require__, 269)),
    ]);
    const retry = new RetryPolicy({
        maxAttempts: settings.safety.maxAttempts,
        requestTimeoutMs: settings.safety.requestTimeoutSeconds * 1_000,
        ...options.retry,
    });
    return new CertCentralClient({
        baseUrl: settings.baseUrl,
        apiKey: settings.apiKey,
        debug: host.debug,
        info: host.info,
        retry,
        env: options.env ?? process.env,
    });
}
/**
 * A host that redacts the key from everything it is given, whatever the caller forgot, and keeps
 * the outputs in `outputs` until the run ends.
 */
function withoutKey(host, apiKey, outputs) {
    const clean = (text) => (0,_certcentral_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text, apiKey);
    return {
        info: (message) => host.info(clean(message)),
        warning: (message) => host.warning(clean(message)),
        debug: (message) => host.debug(clean(message)),
        setOutput: (name, value) => outputs.set(name, value),
        group: (title, work) => host.group(clean(title), work),
        readOrder: (read) => host.readOrder?.({ ...read, product: clean(read.product), validTill: clean(read.validTill) }),
        hints: host.hints,
    };
}


/***/ }),

/***/ 6163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ githubRun)
});

;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = require("fs");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = require("os");
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_namespaceObject.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_namespaceObject.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_namespaceObject.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map
;// CONCATENATED MODULE: ./src/operations/github-run.ts
// The context module alone: @actions/github's exports map hides it, and its root entry loads Octokit.

/**
 * This step's repository, run, job and step id, from @actions/github's context (its Octokit is not loaded);
 * undefined outside GitHub Actions.
 */
function githubRun() {
    if (process.env.GITHUB_ACTIONS !== 'true')
        return undefined;
    const context = new Context();
    let repository;
    try {
        repository = `${context.repo.owner}/${context.repo.repo}`;
    }
    catch {
        return undefined;
    }
    if (!Number.isSafeInteger(context.runId) || !context.job)
        return undefined;
    return { repository, runId: String(context.runId), job: context.job, step: context.action ?? '' };
}


/***/ }),

/***/ 4580:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ CLI_HINTS)
/* harmony export */ });
/* unused harmony export ACTION_HINTS */
const ACTION_HINTS = {
    pickUpLater: (orderId) => `Pick it up later with operation: status and order-id: ${orderId} (add wait-for-issuance: true to wait), for example in a later job or a scheduled workflow.`,
    orderAnew: 'Order anew with operation: order, then watch the new order (set order-id to its order ID).',
    watchOther: 'set order-id to its order ID',
    checksByItself: 'With alternative-order-id (or idempotency: true in GitHub Actions) the action checks by itself.',
    anotherKey: 'To order anew, give another alternative-order-id, or run a new workflow run.',
    laterRunFinds: 'a re-run of this job looks the id up first and reuses the order.',
    writeFilesAgain: (orderId) => `Pick them up again with operation: status and order-id: ${orderId}, with an output-dir that is a plain directory.`,
    waitTimeout: 'wait-timeout',
};
const CLI_HINTS = {
    pickUpLater: (orderId) => `Pick it up later with: certcentral status --order-id ${orderId} (add --wait-for-issuance to wait).`,
    orderAnew: 'Order anew with: certcentral order --product \u2026 (and the order flags), then watch the new order with: certcentral renew --order-id <its order ID>.',
    watchOther: 'pass its order ID as --order-id',
    checksByItself: 'With --alternative-order-id (or inside a GitHub Actions job, where certcentral derives one) certcentral checks by itself.',
    anotherKey: 'To order anew, pass another --alternative-order-id (inside GitHub Actions: run a new workflow run).',
    laterRunFinds: 'certcentral order with the same key (the same --alternative-order-id, or a re-run of this GitHub Actions job) looks the id up first and reuses the order.',
    writeFilesAgain: (orderId) => `Pick them up again with: certcentral status --order-id ${orderId} --output-dir <a plain directory>.`,
    waitTimeout: '--wait-timeout',
};


/***/ }),

/***/ 158:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ orderRequest),
/* harmony export */   WA: () => (/* binding */ reissueRequest),
/* harmony export */   oR: () => (/* binding */ statusRequest)
/* harmony export */ });
/* unused harmony export orderKey */
/* harmony import */ var _never_twice_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7024);
/* harmony import */ var _rules_body_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4075);


/**
 * The order's key: the user's alternative_order_id; in GitHub Actions, with idempotency on, one derived from the run.
 * Otherwise none, and the body stays exactly what the inputs say.
 */
function orderKey(settings, body, run) {
    const given = body.alternative_order_id;
    if (typeof given === 'string')
        return { kind: 'given', value: given };
    const context = settings.safety.idempotency ? run() : undefined;
    return context ? { kind: 'run', value: (0,_never_twice_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .deriveOrderKey */ .ZI)(context, body) } : undefined;
}
/** POST /order/certificate/{product}, with the body the inputs describe and the order's key. */
function orderRequest(settings, run) {
    const body = (0,_rules_body_js__WEBPACK_IMPORTED_MODULE_1__/* .buildBody */ .z)(settings.fields);
    const key = orderKey(settings, body, run);
    const request = {
        method: 'POST',
        path: `/order/certificate/${settings.product}`,
        body: (0,_never_twice_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .bodyWithKey */ .uc)(body, key, 'order'),
    };
    return { request, key };
}
/**
 * POST /order/certificate/{order_id}/reissue, with the body the inputs describe; in GitHub Actions, with idempotency
 * on, a key derived from the run, the order ID and the body, added to its comments.
 */
function reissueRequest(settings, run) {
    const body = (0,_rules_body_js__WEBPACK_IMPORTED_MODULE_1__/* .buildBody */ .z)(settings.fields);
    const context = settings.safety.idempotency ? run() : undefined;
    const key = context
        ? { kind: 'run', value: (0,_never_twice_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .deriveReissueKey */ .rp)(context, settings.orderId, body) }
        : undefined;
    const path = `/order/certificate/${settings.orderId}/reissue`;
    return { request: { method: 'POST', path, body: (0,_never_twice_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .bodyWithKey */ .uc)(body, key, 'reissue') }, key };
}
/** GET /order/certificate/{order_id}: the order info. */
function statusRequest(settings) {
    return { method: 'GET', path: `/order/certificate/${settings.orderId}` };
}


/***/ }),

/***/ 4075:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ buildBody)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8162);
/** The JSON body of an order or reissue, from checked field values. */

/** Exactly the fields that are set, each at its path, in the order of the field table. */
function buildBody(fields) {
    const body = {};
    for (const name of _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NAMES */ .Yr) {
        const value = fields[name];
        if (value === undefined)
            continue;
        const path = _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELDS */ .cJ[name].path;
        let parent = body;
        // Copies on the way down, so `organization` details get skip_duplicate_org_check without being changed.
        for (const key of path.slice(0, -1)) {
            const child = { ...parent[key] };
            parent[key] = child;
            parent = child;
        }
        parent[path[path.length - 1]] = value;
    }
    return body;
}


/***/ }),

/***/ 8162:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yr: () => (/* binding */ FIELD_NAMES),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   cJ: () => (/* binding */ FIELDS),
/* harmony export */   rI: () => (/* binding */ specOf),
/* harmony export */   rl: () => (/* binding */ numberOf)
/* harmony export */ });
/**
 * The action's request inputs and the CertCentral body field each one sets.
 * The order of this table is the order of the fields in the request body.
 */
const FIELDS = {
    'common-name': {
        kind: 'text',
        path: ['certificate', 'common_name'],
        description: 'The name to secure',
        maxLength: 64,
    },
    emails: {
        kind: 'email-list',
        path: ['certificate', 'emails'],
        description: 'E-mail addresses to place on the certificate',
        maxLength: 254,
    },
    'profile-type': {
        kind: 'text',
        path: ['certificate', 'profile_type'],
        description: 'Secure Email certificate profile',
        allowed: ['strict', 'multipurpose'],
    },
    'common-name-indicator': {
        kind: 'text',
        path: ['certificate', 'common_name_indicator'],
        description: "What a Secure Email certificate's common name shows",
        allowed: ['email_address', 'given_name_surname', 'pseudonym', 'organization_name'],
    },
    individual: {
        kind: 'object',
        path: ['certificate', 'individual'],
        description: 'The person a Secure Email for Business certificate names (YAML or JSON)',
        maxLength: 64,
    },
    'primary-usage': {
        kind: 'text',
        path: ['certificate', 'usage_designation', 'primary_usage'],
        description: 'The main use of a Secure Email certificate: signing, encryption or both',
        allowed: ['signing', 'key_management', 'dual_use'],
    },
    'additional-usages': {
        kind: 'list',
        path: ['certificate', 'usage_designation', 'additional_usages'],
        description: 'Further key usages of a Secure Email certificate',
        allowed: ['non_repudiation', 'client_auth'],
    },
    'dns-names': {
        kind: 'list',
        path: ['certificate', 'dns_names'],
        description: 'Additional domains to secure (reissue)',
        maxLength: 253,
    },
    'organization-units': {
        kind: 'list',
        path: ['certificate', 'organization_units'],
        description: 'Departments of the organization',
        maxLength: 64,
    },
    'server-platform-id': {
        kind: 'whole-number',
        path: ['certificate', 'server_platform', 'id'],
        description: 'Server platform id (-1 is "other")',
        min: -1,
    },
    csr: {
        kind: 'csr',
        path: ['certificate', 'csr'],
        description: 'Certificate signing request, PEM',
    },
    'signature-hash': {
        kind: 'text',
        path: ['certificate', 'signature_hash'],
        description: 'Signature hash algorithm',
    },
    'cs-provisioning-method': {
        kind: 'text',
        path: ['cs_provisioning_method'],
        description: 'How the key and certificate are provisioned',
        allowed: ['ship_token', 'client_app', 'email'],
    },
    'use-org-as-common-name': {
        kind: 'boolean',
        path: ['use_org_as_common_name'],
        description: "Use the organization's name as the common name",
    },
    'validity-years': {
        kind: 'whole-number',
        path: ['validity_years'],
        description: 'Years the certificate is valid',
        min: 1,
    },
    'validity-days': {
        kind: 'whole-number',
        path: ['order_validity', 'days'],
        description: 'Days a code signing certificate is valid, at most 459',
        min: 1,
        max: 459,
    },
    'custom-expiration-date': {
        kind: 'date',
        path: ['custom_expiration_date'],
        description: 'Custom expiration date, yyyy-MM-dd; overrides validity-years',
    },
    comments: {
        kind: 'text',
        path: ['comments'],
        description: 'Message for the approver',
        maxLength: 2000,
        multiline: true,
    },
    'skip-approval': {
        kind: 'boolean',
        path: ['skip_approval'],
        description: 'Skip the approval step',
    },
    'organization-id': {
        kind: 'whole-number',
        path: ['organization', 'id'],
        description: 'Id of an existing organization',
        min: 1,
    },
    organization: {
        kind: 'object',
        path: ['organization'],
        description: 'Details of a new organization (YAML or JSON)',
        maxLength: 255,
        keyMaxLength: { name: 64, assumed_name: 64 },
    },
    'skip-duplicate-org-check': {
        kind: 'boolean',
        path: ['organization', 'skip_duplicate_org_check'],
        description: 'Create a new organization even if a matching one exists',
    },
    'container-id': {
        kind: 'whole-number',
        path: ['container', 'id'],
        description: 'Container to place the order under',
        min: 1,
    },
    'ship-info': {
        kind: 'object',
        path: ['ship_info'],
        description: 'Shipping address for the token (YAML or JSON)',
        maxLength: 128,
    },
    subject: {
        kind: 'object',
        path: ['subject'],
        description: 'Subject of a document signing certificate (YAML or JSON)',
        maxLength: 64,
        keyMaxLength: { phone: 32, email: 254 },
    },
    'csa-agreed-to': {
        kind: 'flag-number',
        path: ['csa_agreed_to'],
        description: 'Agree to the certificate services agreement (true sends 1)',
    },
    'auto-renew': {
        kind: 'whole-number',
        path: ['auto_renew'],
        description: 'Times the certificate renews automatically',
        min: 0,
    },
    'custom-renewal-message': {
        kind: 'text',
        path: ['custom_renewal_message'],
        description: 'Message in renewal notices',
        maxLength: 2000,
        multiline: true,
    },
    'renewal-of-order-id': {
        kind: 'whole-number',
        path: ['renewal_of_order_id'],
        description: 'The order this one renews',
        min: 1,
    },
    'additional-emails': {
        kind: 'email-list',
        path: ['additional_emails'],
        description: 'More addresses for certificate notification e-mails',
        maxLength: 254,
    },
    'custom-fields': {
        kind: 'object-list',
        path: ['custom_fields'],
        description: 'Account custom fields, a YAML or JSON list of {metadata_id, value}',
        maxLength: 1024,
    },
    'user-id-assignments': {
        kind: 'whole-number-list',
        path: ['user_id_assignments'],
        description: 'Ids of users who may manage the order',
        min: 1,
    },
    'payment-method': {
        kind: 'text',
        path: ['payment_method'],
        description: 'Payment method',
        allowed: ['balance', 'card', 'profile'],
    },
    'alternative-order-id': {
        kind: 'text',
        path: ['alternative_order_id'],
        description: 'Your own id for the order: letters and digits, at most 64',
        maxLength: 64,
        alphanumeric: true,
    },
};
const FIELD_NAMES = Object.keys(FIELDS);
/** A text field's value, when it is set. */
function textOf(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
/** A number field's value, when it is set. */
function numberOf(values, name) {
    const value = values[name];
    return typeof value === 'number' ? value : undefined;
}
/** A field's spec, seen as any field's: its optional parts (allowed, min, \u2026) readable whether it has them or not. */
function specOf(name) {
    return FIELDS[name];
}


/***/ }),

/***/ 1803:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ INDIVIDUAL_KEYS_BY_INDICATOR),
/* harmony export */   FT: () => (/* binding */ allowedSignatureHashes),
/* harmony export */   F_: () => (/* binding */ isProductId),
/* harmony export */   Fp: () => (/* binding */ INDIVIDUAL_KEYS),
/* harmony export */   Hg: () => (/* binding */ TOKEN_METHODS),
/* harmony export */   Ju: () => (/* binding */ isProvisioningMethod),
/* harmony export */   LI: () => (/* binding */ isSigningProduct),
/* harmony export */   U3: () => (/* binding */ SUN_JAVA_PLATFORM_ID),
/* harmony export */   _u: () => (/* binding */ SUBJECT_KEYS),
/* harmony export */   dC: () => (/* binding */ SHIP_INFO_KEYS),
/* harmony export */   db: () => (/* binding */ reissueFieldsOf),
/* harmony export */   fd: () => (/* binding */ PRODUCT_IDS),
/* harmony export */   n$: () => (/* binding */ STATUS_FIELDS),
/* harmony export */   nb: () => (/* binding */ USAGES_BY_PROFILE),
/* harmony export */   o2: () => (/* binding */ SHIP_METHODS),
/* harmony export */   zv: () => (/* binding */ PRODUCTS)
/* harmony export */ });
/* unused harmony exports REISSUE_FIELDS, CODE_SIGNING_REISSUE_FIELDS, PROVISIONING_METHODS */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8162);

const page = (presence) => ({ presence, from: 'page' });
const example = (presence) => ({ presence, from: 'example' });
const sheet = (presence) => ({ presence, from: 'sheet' });
const current = (presence, seed, section) => ({
    presence,
    from: 'current',
    overrides: { seed, section },
});
const today = (presence, section, basis) => ({
    presence,
    from: 'today',
    today: { section, ...(basis && { basis }) },
});
/** certcentral-2026.md \u00a72: "only issues RSA 3072-bit key or larger code signing certificates", ECC P-256 or larger. */
const CODE_SIGNING_KEYS = {
    rsaBits: { min: 3072 },
    curves: ['P-256', 'P-384'],
    why: 'DigiCert issues code signing certificates only for RSA 3072 or larger, or ECC P-256 or P-384',
};
/** certcentral-2026.md \u00a71: RSA 2048, 3072 or 4096; ECC P-256 or P-384. */
const CLIENT_KEYS = {
    rsaBits: { min: 2048, max: 4096 },
    curves: ['P-256', 'P-384'],
    why: 'DigiCert issues client certificates for RSA 2048 to 4096, or ECC P-256 or P-384',
};
/** DigiCert's pages name no key sizes for document signing: the smallest a public certificate may have. */
const DOCUMENT_SIGNING_KEYS = {
    rsaBits: { min: 2048 },
    curves: ['P-256', 'P-384'],
    why: 'publicly trusted certificates take RSA 2048 or larger, or ECC P-256 or P-384',
};
/**
 * The code signing pages (de-en, ko) describe code_signing and code_signing_ev together. The ko table leaves out
 * custom_expiration_date, organization details with skip_duplicate_org_check, and alternative_order_id, which the
 * de-en table lists. Their star on cs_provisioning_method and ship_info means "required for EV"; since the 2023
 * hardware-key rule both products take them (the sheet says so, and the pages' one example sends them for either).
 */
const CODE_SIGNING_FIELDS = {
    csr: page('conditional'),
    'signature-hash': page('required'),
    'server-platform-id': page('conditional'),
    'organization-units': page('optional'),
    'auto-renew': page('optional'),
    'additional-emails': page('optional'),
    'renewal-of-order-id': page('optional'),
    'skip-approval': page('optional'),
    'organization-id': page('conditional'),
    organization: page('conditional'),
    'skip-duplicate-org-check': page('conditional'),
    'container-id': page('optional'),
    'validity-years': page('conditional'),
    'validity-days': today('conditional', '\u00a72', 'order_validity.days; at most 459 days since 2026-02-24'),
    'custom-expiration-date': page('conditional'),
    'cs-provisioning-method': page('optional'),
    'ship-info': page('optional'),
    'custom-fields': page('optional'),
    'payment-method': page('optional'),
    'alternative-order-id': page('optional'),
    comments: example('optional'),
    'custom-renewal-message': example('optional'),
};
const CODE_SIGNING = {
    family: 'code_signing',
    keys: CODE_SIGNING_KEYS,
    validityYears: [1, 2, 3],
    // Since 2026-02-24 (CA/B Forum CSC-31).
    issuedValidityLimitDays: 459,
    shipMethods: ['STANDARD', 'EXPEDITED'],
    fields: CODE_SIGNING_FIELDS,
};
/** The de-en page requires cs_provisioning_method for EV; DigiCert's current page makes it optional for both. */
const CODE_SIGNING_EV = {
    ...CODE_SIGNING,
    fields: { ...CODE_SIGNING_FIELDS, 'cs-provisioning-method': current('optional', 'required', '\u00a72') },
};
/**
 * The fr page. auto_renew is left out although the sheet lists it as common: the sheet also says DigiCert's
 * auto-renew is not available for document signing.
 */
const DOCUMENT_SIGNING = {
    family: 'document_signing',
    keys: DOCUMENT_SIGNING_KEYS,
    validityYears: [1, 2, 3],
    shipMethods: ['standard', 'expedited'],
    fields: {
        csr: page('conditional'),
        'server-platform-id': page('optional'),
        'signature-hash': page('required'),
        'cs-provisioning-method': page('optional'),
        'use-org-as-common-name': page('optional'),
        'validity-years': page('conditional'),
        comments: page('optional'),
        'organization-id': page('conditional'),
        'container-id': page('optional'),
        'ship-info': page('optional'),
        subject: page('required'),
        'custom-fields': page('optional'),
        'user-id-assignments': page('optional'),
        'skip-approval': page('optional'),
        'payment-method': page('optional'),
        'csa-agreed-to': example('optional'),
        'organization-units': sheet('optional'),
        organization: sheet('conditional'),
        'skip-duplicate-org-check': sheet('conditional'),
        'custom-expiration-date': sheet('conditional'),
        'renewal-of-order-id': sheet('optional'),
        'additional-emails': sheet('optional'),
        'alternative-order-id': sheet('optional'),
    },
};
/** The es page. */
const CLIENT_CERTIFICATE = {
    family: 'client_certificate',
    keys: CLIENT_KEYS,
    validityYears: [1, 2],
    customExpirationLimitDays: 825,
    fields: {
        'common-name': page('required'),
        emails: page('required'),
        'signature-hash': page('required'),
        'organization-units': page('optional'),
        csr: page('optional'),
        'auto-renew': page('optional'),
        'renewal-of-order-id': page('optional'),
        'skip-approval': page('optional'),
        'organization-id': page('conditional'),
        'container-id': page('optional'),
        'validity-years': page('conditional'),
        'custom-expiration-date': page('conditional'),
        'custom-fields': page('optional'),
        'payment-method': page('optional'),
        organization: sheet('conditional'),
        'skip-duplicate-org-check': sheet('conditional'),
        'additional-emails': sheet('optional'),
        comments: sheet('optional'),
        'alternative-order-id': sheet('optional'),
    },
};
/**
 * certcentral-2026.md \u00a71: retired on 2025-07-10 and replaced by the Secure Email products. DigiCert names no product
 * for each; the nearest by what it validates is named: a mailbox alone, or a person of a validated organization.
 */
const retired = (replacement) => ({
    ...CLIENT_CERTIFICATE,
    retired: { on: '2025-07-10', replacement },
});
/**
 * certcentral-2026.md \u00a71: the Secure Email (S/MIME) products that replaced the retired client products. Its table
 * was read in part; where DigiCert's page was not reached, the rule follows Keyfactor's production client, and
 * `basis` says so.
 */
const SENT_BY_KEYFACTOR = "sent by Keyfactor; the page's table was not reached";
const SECURE_EMAIL_FIELDS = {
    emails: today('required', '\u00a71', "every DigiCert and Keyfactor example sends it; the page's R/O cell was not reached"),
    'profile-type': today('required', '\u00a71', 'optional on the page, which contradicts itself on the default (strict or multipurpose): the action asks for it'),
    'primary-usage': today('required', '\u00a71', 'signing is on the page; key_management and dual_use come from Keyfactor'),
    'additional-usages': today('optional', '\u00a71', 'a strict profile takes non_repudiation only'),
    csr: today('optional', '\u00a71', 'without it, the recipient makes the key in the browser after validation'),
    'organization-id': today('optional', '\u00a71', 'the mailbox product needs no validated organization'),
    'validity-years': today('conditional', '\u00a71', 'the Strict and Multipurpose profiles allow 1 or 2 years'),
    'custom-expiration-date': today('conditional', '\u00a71', 'at most 824 days'),
    comments: today('optional', '\u00a71', SENT_BY_KEYFACTOR),
    'skip-approval': today('optional', '\u00a71', SENT_BY_KEYFACTOR),
    'container-id': today('optional', '\u00a71', SENT_BY_KEYFACTOR),
    'custom-fields': today('optional', '\u00a71', SENT_BY_KEYFACTOR),
    'renewal-of-order-id': today('optional', '\u00a71', SENT_BY_KEYFACTOR),
    'payment-method': sheet('optional'),
    'alternative-order-id': sheet('optional'),
};
const SECURE_EMAIL_MAILBOX = {
    family: 'secure_email',
    keys: CLIENT_KEYS,
    validityYears: [1, 2],
    customExpirationLimitDays: 825,
    fields: SECURE_EMAIL_FIELDS,
};
/** Sponsor and organization: a validated organization, and the common name indicator, are required. */
const SECURE_EMAIL_VALIDATED = {
    ...SECURE_EMAIL_FIELDS,
    'organization-id': today('required', '\u00a71', 'sponsor and organization products need a validated organization'),
    'common-name-indicator': today('required', '\u00a71', "the page requires it for sponsor and organization; the values come from Keyfactor (the page's table was not reached)"),
};
const SECURE_EMAIL_SPONSOR = {
    ...SECURE_EMAIL_MAILBOX,
    fields: {
        ...SECURE_EMAIL_VALIDATED,
        individual: today('required', '\u00a71', 'always sent for secure_email_sponsor; its fields follow the indicator'),
    },
};
const SECURE_EMAIL_ORGANIZATION = { ...SECURE_EMAIL_MAILBOX, fields: SECURE_EMAIL_VALIDATED };
const PRODUCTS = {
    code_signing: CODE_SIGNING,
    code_signing_ev: CODE_SIGNING_EV,
    document_signing_org_1: DOCUMENT_SIGNING,
    document_signing_org_2: DOCUMENT_SIGNING,
    client_premium_sha2: retired('secure_email_sponsor (Secure Email for Business)'),
    client_email_security_plus: retired('secure_email_mailbox (Secure Email for Individual)'),
    client_authentication_plus: CLIENT_CERTIFICATE,
    client_digital_signature_plus_sha2: retired('secure_email_sponsor (Secure Email for Business)'),
    secure_email_mailbox: SECURE_EMAIL_MAILBOX,
    secure_email_sponsor: SECURE_EMAIL_SPONSOR,
    secure_email_organization: SECURE_EMAIL_ORGANIZATION,
};
const PRODUCT_IDS = Object.keys(PRODUCTS);
function isProductId(value) {
    return Object.hasOwn(PRODUCTS, value);
}
/** Code and document signing: the products whose orders and reissues take sha256 only and no common name. */
function isSigningProduct(product) {
    const family = product && PRODUCTS[product].family;
    return family === 'code_signing' || family === 'document_signing';
}
/**
 * The ru page, for a reissue whose order's product is not known yet (no product input; the order is read before
 * sending). DigiCert's current reissue page (certcentral-2026.md \u00a73) makes the CSR conditional: a client
 * certificate's reissue needs one, a code or document signing reissue only with the HSM method (validate.ts); and
 * common_name is required for client certificates but left out of code and document signing reissues.
 */
const REISSUE_FIELDS = {
    'common-name': current('conditional', 'required', '\u00a73'),
    'dns-names': page('optional'),
    csr: current('conditional', 'required', '\u00a73'),
    'server-platform-id': page('conditional'),
    'signature-hash': page('required'),
    comments: page('optional'),
    'skip-approval': page('optional'),
};
/** A client certificate's reissue: the ru page's table as it stands. */
const CLIENT_REISSUE_FIELDS = {
    ...REISSUE_FIELDS,
    'common-name': page('required'),
    csr: page('required'),
};
/**
 * A Secure Email reissue (\u00a73): the CSR is optional, the key being made in the browser otherwise. Its common name
 * follows the order's indicator; DigiCert's reissue page does not say it needs one, so one may be given.
 */
const SECURE_EMAIL_REISSUE_FIELDS = {
    ...REISSUE_FIELDS,
    'common-name': current('optional', 'required', '\u00a73'),
    csr: current('optional', 'required', '\u00a73'),
};
/** A document signing reissue: without common_name, which DigiCert's current page says to leave out (\u00a73). */
const { 'common-name': _leftOut, ...SIGNING_REISSUE_FIELDS } = REISSUE_FIELDS;
/**
 * A code signing reissue: the ru page requires server_platform for code signing orders; the sheet adds
 * cs_provisioning_method and ship_info (DigiCert's reissue pages say the method need not match the order's).
 */
const CODE_SIGNING_REISSUE_FIELDS = {
    ...SIGNING_REISSUE_FIELDS,
    'server-platform-id': page('required'),
    'cs-provisioning-method': sheet('optional'),
    'ship-info': sheet('optional'),
};
/** The fields a reissue of an order of this product takes; undefined: the product is not known yet. */
function reissueFieldsOf(product) {
    const family = product && PRODUCTS[product].family;
    if (family === 'client_certificate')
        return CLIENT_REISSUE_FIELDS;
    if (family === 'secure_email')
        return SECURE_EMAIL_REISSUE_FIELDS;
    if (family === 'code_signing')
        return CODE_SIGNING_REISSUE_FIELDS;
    if (family === 'document_signing')
        return SIGNING_REISSUE_FIELDS;
    return REISSUE_FIELDS;
}
/** The values of cs_provisioning_method an order can carry; order info may show others, such as "none". */
const PROVISIONING_METHODS = _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELDS */ .cJ['cs-provisioning-method'].allowed;
function isProvisioningMethod(value) {
    return PROVISIONING_METHODS.includes(value);
}
/** The methods that put the key on a token, made by DigiCert or the user's own: no CSR is sent with them. */
const TOKEN_METHODS = ['ship_token', 'client_app'];
/** `operation: status` reads an order and sends no body, so no body field applies. */
const STATUS_FIELDS = {};
/**
 * Allowed signature hashes. Orders: every order page lists only sha256. Reissues: the ru page lists no values;
 * a code or document signing order keeps sha256, the only value its order page lists; for a client certificate,
 * or when no product is given, the action also takes sha384 and sha512, the hashes DigiCert offers beyond sha256
 * (not in the seeds; DigiCert refuses one the order does not allow). Renew, before the order is read, takes what a
 * reissue of the given product (or of any product) takes; once the read shows the product and the action due, its
 * reissue is held to this list for that product, and its renewal, an order, to sha256 (renew-plan.ts).
 */
function allowedSignatureHashes(operation, product) {
    if (operation === 'order' || isSigningProduct(product))
        return ['sha256'];
    return ['sha256', 'sha384', 'sha512'];
}
const SHIP_INFO_KEYS = {
    required: ['name', 'addr1', 'city', 'state', 'zip', 'country', 'method'],
    optional: ['addr2'],
};
/** Checked in any case before the product is known; sent as the product's page writes it. */
const SHIP_METHODS = ['STANDARD', 'EXPEDITED'];
const SUBJECT_KEYS = ['name', 'job_title', 'phone', 'email'];
/** The person a Secure Email for Business certificate names (\u00a71). */
const INDIVIDUAL_KEYS = ['first_name', 'last_name', 'pseudonym'];
/**
 * The individual's fields each common name indicator requires, as DigiCert's page states them (\u00a71): with
 * email_address, the page asks for the names and the pseudonym alike.
 */
const INDIVIDUAL_KEYS_BY_INDICATOR = {
    given_name_surname: ['first_name', 'last_name'],
    pseudonym: ['pseudonym'],
    email_address: ['first_name', 'last_name', 'pseudonym'],
    organization_name: [],
};
/** Additional usages a Secure Email profile allows (\u00a71): a strict profile takes non-repudiation only. */
const USAGES_BY_PROFILE = {
    strict: ['non_repudiation'],
    multipurpose: ['non_repudiation', 'client_auth'],
};
/** Sun Java: the platform that needs a CSR. */
const SUN_JAVA_PLATFORM_ID = 55;


/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pm: () => (/* binding */ applicableFields),
  j6: () => (/* binding */ appliesToNoOrder),
  u8: () => (/* binding */ checkCsrKey),
  it: () => (/* binding */ checkOrderBasics),
  Si: () => (/* binding */ checkOrderRules),
  M3: () => (/* binding */ checkReissueRules),
  Dm: () => (/* binding */ checkRenewBasics),
  mp: () => (/* binding */ checkRequired),
  lv: () => (/* binding */ defaultMethodNote),
  NB: () => (/* binding */ inputLabel),
  hH: () => (/* binding */ notApplicable)
});

// UNUSED EXPORTS: whereFieldApplies

// EXTERNAL MODULE: ./src/rules/fields.ts
var rules_fields = __nccwpck_require__(8162);
// EXTERNAL MODULE: ./src/common/parse.ts
var parse = __nccwpck_require__(5234);
;// CONCATENATED MODULE: ./src/common/csr-key.ts
/** The key in words: "RSA 2048", "ECC P-256", "ed25519". */
function keyInWords(key) {
    if (key.type === 'rsa')
        return `RSA ${key.bits ?? '?'}`;
    if (key.type === 'ec')
        return `ECC ${key.curve ?? '?'}`;
    return key.type;
}

// EXTERNAL MODULE: ./src/rules/products.ts
var products = __nccwpck_require__(1803);
;// CONCATENATED MODULE: ./src/rules/validate.ts




/** The fields DigiCert's table lists for this operation and product, or undefined when unknown. */
function applicableFields(operation, product) {
    if (operation === 'order')
        return product ? products/* PRODUCTS */.zv[product].fields : undefined;
    if (operation === 'status')
        return products/* STATUS_FIELDS */.n$;
    if (operation === 'renew')
        return renewFields(product);
    return (0,products/* reissueFieldsOf */.db)(product);
}
/** The input's name in messages: the CSR may come from either of two inputs. */
function inputLabel(name) {
    return name === 'csr' ? 'csr (or csr-file)' : name;
}
/** Where a body field applies, for messages: "orders of \u2026" and/or "reissues (of \u2026)". */
function whereFieldApplies(name) {
    const reissued = FAMILY_NAMES.filter(([family]) => (0,products/* reissueFieldsOf */.db)(familyProduct(family))[name]);
    const places = [
        ordersTaking(name),
        reissued.length === FAMILY_NAMES.length
            ? 'reissues'
            : reissued.length > 0
                ? `reissues of ${(0,parse/* joinAnd */.MO)(reissued.map(([, words]) => words))} orders`
                : '',
    ].filter(Boolean);
    return places.join(', and to ');
}
/** "orders of every product", of whole families ("\u2026 client certificate products"), or of the products named. */
function ordersTaking(name) {
    const taking = products/* PRODUCT_IDS */.fd.filter((id) => products/* PRODUCTS */.zv[id].fields[name]);
    if (taking.length === products/* PRODUCT_IDS */.fd.length)
        return 'orders of every product';
    if (taking.length === 0)
        return '';
    const whole = [];
    const single = [];
    for (const [family, words] of FAMILY_NAMES) {
        const members = products/* PRODUCT_IDS */.fd.filter((id) => products/* PRODUCTS */.zv[id].family === family);
        const taken = members.filter((id) => taking.includes(id));
        if (taken.length === members.length)
            whole.push(words);
        else
            single.push(...taken);
    }
    const families = whole.length > 0 ? `${(0,parse/* joinAnd */.MO)(whole)} products` : '';
    return `orders of ${[families, single.join(', ')].filter(Boolean).join(' and of ')}`;
}
const FAMILY_NAMES = [
    ['code_signing', 'code signing'],
    ['document_signing', 'document signing'],
    ['client_certificate', 'client certificate'],
    ['secure_email', 'Secure Email'],
];
function familyProduct(family) {
    return products/* PRODUCT_IDS */.fd.find((id) => products/* PRODUCTS */.zv[id].family === family);
}
/** A body field the user wrote that the operation and product do not take. */
function notApplicable(name, operation, product) {
    if (name === 'common-name' && operation !== 'order' && (0,products/* isSigningProduct */.LI)(product)) {
        return `common-name does not apply to a reissue of a ${product} order: DigiCert's current reissue page says to leave common_name out of code signing, EV code signing and document signing reissues; remove it.`;
    }
    if (name === 'common-name-indicator' && product === 'secure_email_mailbox') {
        return `common-name-indicator does not apply to secure_email_mailbox orders: DigiCert ignores it for them (the common name is the e-mail address). It applies to ${whereFieldApplies(name)}; remove it.`;
    }
    const where = {
        order: product ? `${product} orders` : 'an order of any product',
        reissue: 'a reissue',
        status: 'operation status',
        renew: product ? `${product} renewals and reissues` : 'a renewal or reissue',
    }[operation];
    return `${inputLabel(name)} does not apply to ${where}. It applies to ${whereFieldApplies(name)}; remove it.`;
}
/** An order whose product is missing or unknown: the fields no order product takes. */
function appliesToNoOrder(name) {
    return products/* PRODUCT_IDS */.fd.every((id) => !products/* PRODUCTS */.zv[id].fields[name]);
}
/**
 * operation renew sends a renewal order or a reissue, whichever the order needs when it is read, so it takes the
 * fields of both, none of them required: what is not given is copied from the order (renew-plan.ts).
 */
function renewFields(product) {
    const orderTables = product ? [products/* PRODUCTS */.zv[product].fields] : products/* PRODUCT_IDS */.fd.map((id) => products/* PRODUCTS */.zv[id].fields);
    const table = {};
    for (const fields of [...orderTables, applicableFields('reissue', product)]) {
        for (const [name, rule] of Object.entries(fields)) {
            table[name] = { presence: 'optional', from: rule.from };
        }
    }
    return table;
}
function checkRequired(table, { given }, subject, findings) {
    for (const [name, rule] of Object.entries(table)) {
        if (rule.presence === 'required' && !given.has(name)) {
            const spec = rules_fields/* FIELDS */.cJ[name];
            const allowed = spec.allowed ? ` Allowed: ${spec.allowed.join(', ')}.` : '';
            findings.problems.push(`${inputLabel(name)} is required for ${subject}.${allowed}`);
        }
    }
}
/**
 * A reissue's rules that tie fields together. Before the order is read (`orderRead` false), only what the inputs
 * decide; after it, with the order's product and provisioning method: the CSR follows the method that applies, the
 * one given or the order's own (an HSM, `email`, needs one; a token method takes none), and its key must suit the
 * product.
 */
function checkReissueRules(product, fields, order, findings) {
    const { values, given } = fields;
    if (!product) {
        if (order.read) {
            // An order of a product this action does not know: the ru page's table as it stands.
            for (const name of ['common-name', 'csr']) {
                if (!given.has(name))
                    findings.problems.push(`${inputLabel(name)} is required for this reissue.`);
            }
        }
        return;
    }
    if (fields.csrKey)
        checkCsrKey(product, fields.csrKey, findings);
    const rules = products/* PRODUCTS */.zv[product];
    if (rules.family === 'client_certificate')
        return;
    const givenMethod = (0,rules_fields/* textOf */.b6)(values, 'cs-provisioning-method');
    const method = givenMethod ?? ((0,products/* isProvisioningMethod */.Ju)(order.method) ? order.method : undefined);
    const whose = givenMethod ? `cs-provisioning-method ${givenMethod}` : `the order's provisioning method, ${method}`;
    if (method === 'email' && !given.has('csr') && (givenMethod || order.read)) {
        findings.problems.push(`csr (or csr-file) is required for a reissue with ${whose}: the key is on your HSM.`);
    }
    if (method !== undefined && products/* TOKEN_METHODS */.Hg.includes(method) && given.has('csr')) {
        findings.problems.push(`csr (or csr-file) does not apply to a reissue with ${whose}: DigiCert puts the key on the token, and the token methods take no CSR; remove it.`);
    }
    if (given.has('ship-info') && givenMethod !== undefined && givenMethod !== 'ship_token') {
        findings.problems.push(`ship-info applies only with cs-provisioning-method ship_token (DigiCert ships a token), not with ${givenMethod}; remove it.`);
    }
    normalizeShipMethod(rules, values);
}
/** The CSR's key is one DigiCert issues the product's certificates for. */
function checkCsrKey(product, key, findings) {
    const rules = products/* PRODUCTS */.zv[product].keys;
    if (keyAllowed(rules, key))
        return;
    findings.problems.push(`csr (or csr-file): the CSR's key is ${keyInWords(key)}. Allowed for ${product}: ${allowedKeys(rules)} (${rules.why}). Make a new key and CSR.`);
}
function keyAllowed({ rsaBits, curves }, key) {
    if (key.type === 'rsa') {
        const bits = key.bits ?? 0;
        return bits >= rsaBits.min && (rsaBits.max === undefined || bits <= rsaBits.max);
    }
    return key.type === 'ec' && curves.includes(key.curve ?? '');
}
function allowedKeys({ rsaBits, curves }) {
    const rsa = rsaBits.max === undefined ? `RSA ${rsaBits.min} or larger` : `RSA ${rsaBits.min} to ${rsaBits.max}`;
    return `${rsa}, or ECC ${curves.join(' or ')}`;
}
const ANY_PRODUCT_YEARS = [...new Set(products/* PRODUCT_IDS */.fd.flatMap((id) => products/* PRODUCTS */.zv[id].validityYears))].sort((a, b) => a - b);
/**
 * The rules of an order that hold whatever the product: they run even when the product is missing or
 * misspelt, so that one run reports every problem.
 */
function checkOrderBasics(fields, now, findings) {
    checkOrganization(fields, findings);
    if (!VALIDITY_INPUTS.some((name) => fields.given.has(name))) {
        findings.problems.push(`validity-years, validity-days or custom-expiration-date is required for an order. Allowed validity-years: ${ANY_PRODUCT_YEARS.join(', ')} (client and Secure Email certificates 1, 2); validity-days: code signing only, 1 to 459.`);
    }
    checkGivenValidity(fields, now, findings);
}
/**
 * operation renew, before the order is read: the order rules that need no product, on the inputs given. What is not
 * given is copied from the order, so nothing is required here; the renewal is checked in full once the order is read.
 */
function checkRenewBasics(fields, now, findings) {
    const { values, given } = fields;
    if (given.has('organization-id') && given.has('organization')) {
        findings.problems.push("organization-id or organization: give exactly one, the id of an existing organization or the details of a new one (without either, a renewal keeps the order's organization).");
    }
    if (values['skip-duplicate-org-check'] !== undefined && !given.has('organization')) {
        findings.problems.push('skip-duplicate-org-check applies only with organization (the details of a new organization), not with organization-id or the organization a renewal keeps; remove it.');
    }
    checkGivenValidity(fields, now, findings);
}
const VALIDITY_INPUTS = ['validity-years', 'validity-days', 'custom-expiration-date'];
/**
 * validity-days goes alone: DigiCert documents no precedence between order_validity and validity_years or
 * custom_expiration_date on a code signing order (certcentral-2026.md \u00a72).
 */
function checkValidityDaysAlone({ given }, findings) {
    const others = VALIDITY_INPUTS.filter((name) => name !== 'validity-days' && given.has(name));
    if (!given.has('validity-days') || others.length === 0)
        return;
    findings.problems.push(`validity-days cannot be given with ${others.join(' or ')}: give one of them (DigiCert documents no precedence between order_validity and ${others.map((name) => name.replace(/-/g, '_')).join(' or ')}).`);
}
/** validity-years some product allows, and a custom-expiration-date in the future. */
function checkGivenValidity(fields, now, findings) {
    const { values } = fields;
    checkValidityDaysAlone(fields, findings);
    const years = (0,rules_fields/* numberOf */.rl)(values, 'validity-years');
    if (years !== undefined && !ANY_PRODUCT_YEARS.includes(years)) {
        findings.problems.push(`validity-years: ${years} is not allowed for any product. Allowed: ${ANY_PRODUCT_YEARS.join(', ')} (client and Secure Email certificates 1, 2).`);
    }
    const customDate = (0,rules_fields/* textOf */.b6)(values, 'custom-expiration-date');
    if (customDate !== undefined && (0,parse/* daysAhead */.Vv)((0,parse/* parseIsoDate */.jT)(customDate), now) <= 0) {
        findings.problems.push(`custom-expiration-date: ${customDate} is not in the future. Allowed: a date after today.`);
    }
}
/** The rules of an order's parameter table that tie fields together, for a known product. */
function checkOrderRules(product, fields, now, findings) {
    const rules = products/* PRODUCTS */.zv[product];
    if (rules.retired) {
        findings.warnings.push(`${product}: DigiCert retired this product on ${rules.retired.on} and replaced it with the Secure Email products; the nearest is ${rules.retired.replacement}. The order is sent as asked, since some accounts may still order it.`);
    }
    if (fields.csrKey)
        checkCsrKey(product, fields.csrKey, findings);
    // A Secure Email order takes only an existing organization's id, required by the product's table where needed.
    if (rules.family !== 'secure_email')
        checkOrganization(fields, findings);
    checkValidity(product, rules, fields, now, findings);
    if (rules.family === 'secure_email')
        return checkSecureEmail(product, fields, findings);
    if (rules.family === 'client_certificate')
        return;
    checkProvisioning(product, fields, findings);
    normalizeShipMethod(rules, fields.values);
}
function checkOrganization({ values, given }, findings) {
    const hasId = given.has('organization-id');
    const hasDetails = given.has('organization');
    if (hasId === hasDetails) {
        findings.problems.push('organization-id or organization: give exactly one, the id of an existing organization or the details of a new one.');
    }
    if (values['skip-duplicate-org-check'] !== undefined && !hasDetails) {
        findings.problems.push('skip-duplicate-org-check applies only with organization (the details of a new organization), not with organization-id; remove it.');
    }
}
/** Validity rules; warnings are given only about values that are accepted, so a refused value gets no warning. */
function checkValidity(product, rules, { values, given }, now, findings) {
    const years = (0,rules_fields/* numberOf */.rl)(values, 'validity-years');
    const customDate = (0,rules_fields/* textOf */.b6)(values, 'custom-expiration-date');
    const takesDays = rules.fields['validity-days'] !== undefined;
    if (!VALIDITY_INPUTS.some((name) => given.has(name))) {
        findings.problems.push(`${takesDays ? 'validity-years, validity-days' : 'validity-years'} or custom-expiration-date is required for ${product}. Allowed validity-years: ${rules.validityYears.join(', ')}${takesDays ? '; validity-days: 1 to 459' : ''}.`);
    }
    checkValidityDaysAlone({ values, given }, findings);
    const yearsAccepted = years !== undefined && rules.validityYears.includes(years);
    if (years !== undefined && !yearsAccepted) {
        findings.problems.push(`validity-years: ${years} is not allowed for ${product}. Allowed: ${rules.validityYears.join(', ')}.`);
    }
    let validityDays = yearsAccepted ? years * 365 : undefined;
    let validitySource = yearsAccepted ? `validity-years ${years}` : '';
    if (customDate !== undefined) {
        const days = (0,parse/* daysAhead */.Vv)((0,parse/* parseIsoDate */.jT)(customDate), now);
        const limit = rules.customExpirationLimitDays;
        let dateAccepted = false;
        if (days <= 0) {
            findings.problems.push(`custom-expiration-date: ${customDate} is not in the future. Allowed: a date after today.`);
        }
        else if (limit !== undefined && days >= limit) {
            findings.problems.push(`custom-expiration-date: ${customDate} is ${days} days ahead. Allowed for ${product}: less than ${limit} days ahead.`);
        }
        else {
            dateAccepted = true;
        }
        if (dateAccepted && yearsAccepted) {
            findings.warnings.push('custom-expiration-date overrides validity-years; DigiCert uses the date.');
        }
        // DigiCert uses the date, so the years no longer tell how long the certificate is valid.
        validityDays = dateAccepted ? days : undefined;
        validitySource = `custom-expiration-date ${customDate}`;
    }
    warnBeyondIssuedLimit(rules, validitySource, validityDays, findings);
}
/**
 * A code signing order longer than a certificate may last buys coverage: since 2026-02-24 each certificate lasts at
 * most 459 days, and is reissued within the order until the coverage ends (certcentral-2026.md \u00a72).
 */
function warnBeyondIssuedLimit(rules, validitySource, validityDays, findings) {
    const limit = rules.issuedValidityLimitDays;
    if (limit === undefined || validityDays === undefined || validityDays <= limit)
        return;
    findings.warnings.push(`The order's validity, ${validitySource} (about ${validityDays} days), is coverage: since 2026-02-24 DigiCert issues each code signing certificate for at most ${limit} days, and the certificate is reissued within the order until the coverage ends. operation: renew makes that reissue when the certificate comes within renew-within-days. For one certificate's term alone, use validity-days (at most ${limit}).`);
}
/**
 * A Secure Email order's fields that depend on each other (certcentral-2026.md \u00a71): the additional usages its profile
 * allows, and the individual's fields its common name indicator requires.
 */
function checkSecureEmail(product, { values, given }, findings) {
    const profile = (0,rules_fields/* textOf */.b6)(values, 'profile-type');
    const usages = values['additional-usages'];
    const allowedUsages = profile === undefined ? undefined : products/* USAGES_BY_PROFILE */.nb[profile];
    if (allowedUsages && Array.isArray(usages)) {
        const refused = usages.filter((usage) => !allowedUsages.includes(String(usage)));
        if (refused.length > 0) {
            findings.problems.push(`additional-usages: ${refused.join(', ')} is not allowed with profile-type ${profile}. Allowed with ${profile}: ${allowedUsages.join(', ')}; with multipurpose: ${products/* USAGES_BY_PROFILE */.nb.multipurpose?.join(', ')}.`);
        }
    }
    const indicator = (0,rules_fields/* textOf */.b6)(values, 'common-name-indicator');
    const individual = values.individual;
    if (indicator === undefined || !given.has('individual') || !(0,parse/* isPlainObject */.Qd)(individual))
        return;
    const missing = (products/* INDIVIDUAL_KEYS_BY_INDICATOR */.FD[indicator] ?? []).filter((key) => individual[key] === undefined);
    if (missing.length > 0) {
        findings.problems.push(`individual: common-name-indicator ${indicator} needs ${missing.join(', ')} in individual (as DigiCert's ${product} page states). Allowed: a mapping with ${(products/* INDIVIDUAL_KEYS_BY_INDICATOR */.FD[indicator] ?? []).join(', ')}.`);
    }
}
/**
 * cs_provisioning_method and its companions, for code and document signing: server_platform is needed for
 * client_app or no method (code signing), a CSR for email (the key is on the user's HSM) and for Sun Java, and
 * ship_info only goes with ship_token.
 */
function checkProvisioning(product, { values, given }, findings) {
    const family = products/* PRODUCTS */.zv[product].family;
    const method = (0,rules_fields/* textOf */.b6)(values, 'cs-provisioning-method');
    // A method that was given but refused has been reported; it is not "not given".
    const methodRefused = given.has('cs-provisioning-method') && method === undefined;
    if (family === 'code_signing' &&
        !methodRefused &&
        (method === undefined || method === 'client_app') &&
        !given.has('server-platform-id')) {
        findings.problems.push(`server-platform-id is required for ${product} when cs-provisioning-method is client_app or not given.`);
    }
    const csrReason = family === 'code_signing' && values['server-platform-id'] === products/* SUN_JAVA_PLATFORM_ID */.U3
        ? `server-platform-id is ${products/* SUN_JAVA_PLATFORM_ID */.U3} (Sun Java)`
        : method === 'email'
            ? 'cs-provisioning-method is email'
            : undefined;
    if (csrReason && !given.has('csr')) {
        findings.problems.push(`csr (or csr-file) is required for ${product} when ${csrReason}.`);
    }
    if (given.has('ship-info') && method !== undefined && method !== 'ship_token') {
        findings.problems.push(`ship-info applies only with cs-provisioning-method ship_token (DigiCert ships a token), not with ${method}; remove it.`);
    }
}
/**
 * Said in the log when a code signing order or renewal carries no cs_provisioning_method: DigiCert's current page
 * makes it optional, and the account's default method applies (which may be DigiCert KeyLocker, which has no
 * documented API value).
 */
function defaultMethodNote(product, values) {
    if (products/* PRODUCTS */.zv[product].family !== 'code_signing' || values['cs-provisioning-method'] !== undefined)
        return undefined;
    return `No cs_provisioning_method is sent: DigiCert applies the provisioning method set as the default in the CertCentral account (it may be DigiCert KeyLocker).`;
}
/** Sends ship_info.method as the product's page writes it (already checked in any case). */
function normalizeShipMethod(rules, values) {
    const shipInfo = values['ship-info'];
    if (!shipInfo || !rules.shipMethods)
        return;
    const method = rules.shipMethods.find((allowed) => allowed.toLowerCase() === shipInfo.method?.toLowerCase());
    if (method)
        values['ship-info'] = { ...shipInfo, method };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

let zlib;
module.exports = new Proxy({}, { get: (_, name) => (zlib ??= require("node:zlib"))[name] });

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = require("worker_threads");

/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"UU":"certcentral-order-action","rE":"1.0.0"}');

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(486);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;