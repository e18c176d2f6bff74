"use strict";
exports.id = 364;
exports.ids = [364,994];
exports.modules = {

/***/ 8994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_CSR_FILE_BYTES: () => (/* binding */ MAX_CSR_FILE_BYTES),
/* harmony export */   Rs: () => (/* binding */ writeFilesNoFollow),
/* harmony export */   checkOutputDir: () => (/* binding */ checkOutputDir),
/* harmony export */   checkParentDir: () => (/* binding */ checkParentDir),
/* harmony export */   nM: () => (/* binding */ safeDirectory),
/* harmony export */   readSmallRegularFile: () => (/* binding */ readSmallRegularFile)
/* harmony export */ });
/* unused harmony exports FileSafetyError, openFlags */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The action's file-system access, safe against planted links and special files, on every runner:
 * - csr-file is read only when it is a regular file of at most MAX_CSR_FILE_BYTES, opened non-blocking
 *   so that a FIFO swapped in cannot hang the step;
 * - before anything is ordered, output-dir (or RUNNER_TEMP) must take a probe file, made and removed at
 *   once, so that /proc, /sys and read-only folders fail before money is spent;
 * - output-dir is created one folder at a time (Node's recursive mkdir loops forever under /proc), and a
 *   folder that is a symbolic link or junction, or whose real path lies elsewhere, is refused;
 * - each file is written to a new temporary file (O_CREAT | O_EXCL, with O_NOFOLLOW where the platform has
 *   it) and renamed over its name, so nothing is ever written through a link; a name that is a link is refused.
 * Windows has no O_NOFOLLOW or O_NONBLOCK: there the lstat checks, O_EXCL and the rename carry the same
 * guarantees. Each function takes the platform, so every branch is tested on any machine.
 */




const MAX_CSR_FILE_BYTES = 64 * 1024;
/** A file-system refusal, with the reason in words. */
class FileSafetyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FileSafetyError';
    }
}
/** The open flags this platform has; 0 where it lacks one. */
function openFlags(platform) {
    if (platform === 'win32')
        return { noFollow: 0, nonBlock: 0 };
    return { noFollow: node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0, nonBlock: node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0 };
}
/** What kind of entry a path is, in words, for a refusal. */
function kindOf(stats) {
    if (stats.isSymbolicLink())
        return 'a symbolic link or junction';
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
function code(error) {
    return error.code ?? 'error';
}
/** Nothing is there: a missing name, or a name under a file (ENOTDIR on POSIX). */
function isAbsent(error) {
    return code(error) === 'ENOENT' || code(error) === 'ENOTDIR';
}
/** The text of a regular file of at most `maxBytes`; never blocks on a FIFO or a device. */
async function readSmallRegularFile(path, maxBytes, platform = process.platform) {
    const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).catch((error) => {
        throw new FileSafetyError(`cannot be read (${code(error)})`);
    });
    const check = (stats) => {
        if (!stats.isFile())
            throw new FileSafetyError(`is ${kindOf(stats)}, not a regular file`);
        if (stats.size > maxBytes)
            throw new FileSafetyError(`is ${stats.size} bytes, more than ${maxBytes}`);
    };
    check(before);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | openFlags(platform).nonBlock).catch((error) => {
        throw new FileSafetyError(`cannot be read (${code(error)})`);
    });
    try {
        // It may have been replaced between the check and the open.
        check(await handle.stat());
        const buffer = Buffer.alloc(maxBytes + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        if (bytesRead > maxBytes)
            throw new FileSafetyError(`is more than ${maxBytes} bytes`);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** The nearest path of `path` and its parents that exists, with its stats (links followed). */
async function nearestExisting(path) {
    for (let current = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path);; current = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(current)) {
        try {
            return { path: current, stats: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(current) };
        }
        catch (error) {
            if (!isAbsent(error) || current === (0,node_path__WEBPACK_IMPORTED_MODULE_3__.parse)(current).root) {
                throw new FileSafetyError(`cannot be created: ${current} cannot be read (${code(error)})`);
            }
        }
    }
}
/** Creates and removes a file in the folder: the one proof that files can be written there. */
async function probeWritable(dir, platform) {
    const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.certcentral-probe-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | openFlags(platform).noFollow;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(probe, flags).catch((error) => {
        throw new FileSafetyError(`cannot take files: creating one in ${dir} failed (${code(error)})`);
    });
    await handle.close();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(probe, { force: true });
}
/**
 * Before anything is sent: the folder is a real directory where files can be written, or it can be
 * created (its nearest existing parent is a directory that takes files). /proc, /sys and read-only
 * folders fail here at once.
 */
async function checkOutputDir(given, platform = process.platform) {
    // Without a trailing slash, which would make lstat follow a link.
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(given);
    const entry = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(dir).catch((error) => {
        if (isAbsent(error))
            return undefined;
        throw new FileSafetyError(`cannot be read (${code(error)})`);
    });
    if (entry && !entry.isDirectory()) {
        throw new FileSafetyError(`is ${kindOf(entry)}, not a directory; nothing is written through a link`);
    }
    if (entry)
        return probeWritable(dir, platform);
    return checkParentDir(dir, platform);
}
/**
 * Folders can be made in this one: it, or its nearest existing parent, is a directory (links followed,
 * as the runner's own RUNNER_TEMP may be reached through one) that takes new files.
 */
async function checkParentDir(dir, platform = process.platform) {
    const parent = await nearestExisting(dir);
    if (!parent.stats.isDirectory())
        throw new FileSafetyError(`cannot be created: ${parent.path} is not a directory`);
    return probeWritable(parent.path, platform);
}
function samePath(a, b, platform) {
    // Windows and macOS file systems ignore case by default.
    return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
/**
 * The folder, created if missing one level at a time, as its real path. Refused when it, or a name
 * it was reached by, is a symbolic link or junction rather than a directory.
 */
async function safeDirectory(dir, platform = process.platform) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir);
    const missing = [];
    for (let current = absolute;; current = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(current)) {
        const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(current).then(() => true, (error) => {
            if (code(error) === 'ENOENT' && current !== (0,node_path__WEBPACK_IMPORTED_MODULE_3__.parse)(current).root)
                return false;
            throw new FileSafetyError(`${current} cannot be read (${code(error)})`);
        });
        if (exists)
            break;
        missing.unshift(current);
    }
    for (const folder of missing) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(folder).catch((error) => {
            if (code(error) !== 'EEXIST')
                throw new FileSafetyError(`${folder} cannot be created (${code(error)})`);
        });
    }
    const entry = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(absolute);
    if (!entry.isDirectory()) {
        throw new FileSafetyError(`${absolute} is ${kindOf(entry)}, not a directory; nothing is written through a link`);
    }
    // Written to by its real path, so a link swapped in later is not followed; a link swapped in
    // since the lstat shows up as a real path outside its parent.
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(absolute);
    const expected = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(absolute)), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(absolute));
    if (!samePath(real, expected, platform)) {
        throw new FileSafetyError(`${absolute} leads to ${real}: a symbolic link or junction; nothing is written through it`);
    }
    return real;
}
const NODE_IO = { open: node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open, rename: node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename, rm: node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm };
/**
 * Writes the files in the folder (a real path from safeDirectory) as one: each to a new temporary file first (never
 * following a link: a name that is a link or not a regular file is refused before anything is written), then each
 * renamed over its name, the file it replaces kept aside until all are in place. On any failure, a full disk
 * included, every file keeps its old text and no temporary file is left behind. Returns the paths written.
 */
async function writeFilesNoFollow(dir, files, platform = process.platform, io = NODE_IO) {
    const paths = files.map(({ name }) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name));
    const existing = await Promise.all(paths.map(regularFileOrNothing));
    const temporaries = [];
    const moved = [];
    try {
        for (const { name, text } of files)
            temporaries.push(await writeTemporary(dir, name, text, platform, io));
        for (const [index, path] of paths.entries()) {
            const aside = existing[index]
                ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.${files[index]?.name}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.old`)
                : undefined;
            if (aside)
                await io.rename(path, aside);
            moved.push({ path, aside });
            await io.rename(temporaries[index], path);
        }
    }
    catch (error) {
        await putBack(moved, temporaries, io);
        if (error instanceof FileSafetyError)
            throw error;
        throw new FileSafetyError(`${paths.join(' and ')} cannot be written (${code(error)}); the files there are unchanged`);
    }
    await Promise.all(moved.map(({ aside }) => (aside ? io.rm(aside, { force: true }) : undefined)));
    return paths;
}
/** Whether a regular file is at the path; refuses a link or any other kind of entry. */
async function regularFileOrNothing(path) {
    const entry = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path).catch((error) => {
        if (code(error) === 'ENOENT')
            return undefined;
        throw new FileSafetyError(`${path} cannot be read (${code(error)})`);
    });
    if (entry && !entry.isFile()) {
        throw new FileSafetyError(`${path} is ${kindOf(entry)}; it is not overwritten, and nothing is written through it`);
    }
    return entry !== undefined;
}
/** A new temporary file with the text (O_CREAT | O_EXCL, no link followed); removed again when the write fails. */
async function writeTemporary(dir, name, text, platform, io) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.${name}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | openFlags(platform).noFollow;
    const handle = await io.open(temporary, flags, 0o644).catch((error) => {
        throw new FileSafetyError(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name)} cannot be written (${code(error)})`);
    });
    try {
        await handle.writeFile(text);
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await io.rm(temporary, { force: true });
        throw new FileSafetyError(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name)} cannot be written (${code(error)}); the files there are unchanged`);
    }
    await handle.close();
    return temporary;
}
/** After a failure: the new files moved in are taken out, the old ones put back, and every temporary removed. */
async function putBack(moved, temporaries, io) {
    for (const { path, aside } of [...moved].reverse()) {
        if (aside)
            await io.rename(aside, path).catch(() => undefined);
        else
            await io.rm(path, { force: true }).catch(() => undefined);
    }
    await Promise.all(temporaries.map((temporary) => io.rm(temporary, { force: true }).catch(() => undefined)));
}


/***/ }),

/***/ 6364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  handOverIssued: () => (/* binding */ handOverIssued),
  pickUp: () => (/* binding */ pickUp)
});

// UNUSED EXPORTS: PICK_UP_OUTPUTS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/certcentral/errors.ts
var errors = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/common/files.ts
var files = __webpack_require__(8994);
;// CONCATENATED MODULE: ./src/certcentral/certificates.ts




const CERTIFICATE_FILE = 'certificate.pem';
const CHAIN_FILE = 'chain.pem';
/** GET /certificate/{certificate_id}/download/format/pem_all: leaf, intermediates and root in one PEM text. */
async function downloadPemBundle(client, certificateId) {
    const path = `/certificate/${certificateId}/download/format/pem_all`;
    const response = await client.send({ method: 'GET', path, answers: 'text' });
    return response.text;
}
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** A leaf and its issuers are three or four certificates; a bundle past this is refused unread. */
const MAX_CERTIFICATES = 50;
/**
 * Finds the leaf by what the certificates say, not by their order: it is the one that
 * issued none of the others. The chain follows the issuers up from it.
 */
function splitPemBundle(bundle, label) {
    const pems = (bundle.match(PEM_CERTIFICATE) ?? []).map((pem) => pem.replace(/\r\n/g, '\n'));
    if (pems.length === 0)
        throw new errors/* CertCentralError */.c(`${label}: the download holds no PEM certificate.`);
    if (pems.length > MAX_CERTIFICATES) {
        throw new errors/* CertCentralError */.c(`${label}: the answer is too large: ${pems.length} certificates, more than ${MAX_CERTIFICATES}. It was not read.`);
    }
    const certificates = pems.map((pem, index) => {
        try {
            return { pem, x509: new external_node_crypto_.X509Certificate(pem) };
        }
        catch (error) {
            throw new errors/* CertCentralError */.c(`${label}: certificate ${index + 1} of the download cannot be read (${error.message}).`);
        }
    });
    const issuedNone = certificates.filter((candidate) => !certificates.some((other) => other !== candidate && other.x509.checkIssued(candidate.x509)));
    const leaf = issuedNone.find((candidate) => !candidate.x509.ca) ?? issuedNone[0] ?? certificates[0];
    if (!leaf)
        throw new errors/* CertCentralError */.c(`${label}: the download holds no PEM certificate.`);
    const chain = [];
    let current = leaf;
    for (;;) {
        const issuer = certificates.find((candidate) => candidate !== current && !chain.includes(candidate) && current.x509.checkIssued(candidate.x509));
        if (!issuer || issuer === leaf)
            break;
        chain.push(issuer);
        current = issuer;
    }
    const rest = certificates.filter((candidate) => candidate !== leaf && !chain.includes(candidate));
    return {
        leaf: leaf.pem,
        chain: [...chain, ...rest].map((certificate) => certificate.pem),
        leafSerialNumber: leaf.x509.serialNumber.toUpperCase(),
        leafThumbprint: leaf.x509.fingerprint.replace(/:/g, '').toUpperCase(),
        leafValidFrom: isoDay(leaf.x509.validFrom),
        leafValidTill: isoDay(leaf.x509.validTo),
    };
}
/** X509Certificate's "Dec  7 21:12:00 2026 GMT" as yyyy-MM-dd (validFromDate is not in Node 20). */
function isoDay(text) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
}
/**
 * Writes certificate.pem (the leaf) and chain.pem (the rest) under the directory, creating it if needed;
 * never through a symbolic link or junction (files.ts). The paths returned are under the directory as given.
 */
async function writeCertificateFiles(dir, split, platform = process.platform) {
    const folder = await (0,files/* safeDirectory */.nM)(dir, platform);
    // As a pair: a failure (a full disk) leaves neither replaced, never a new leaf beside the old chain.
    await (0,files/* writeFilesNoFollow */.Rs)(folder, [
        { name: CERTIFICATE_FILE, text: `${split.leaf}\n` },
        { name: CHAIN_FILE, text: split.chain.map((pem) => `${pem}\n`).join('') },
    ], platform);
    return { certificatePath: (0,external_node_path_.resolve)(dir, CERTIFICATE_FILE), chainPath: (0,external_node_path_.resolve)(dir, CHAIN_FILE) };
}

// EXTERNAL MODULE: ./src/certcentral/order-info.ts
var order_info = __webpack_require__(1768);
// EXTERNAL MODULE: ./src/certcentral/outputs.ts
var outputs = __webpack_require__(7749);
// EXTERNAL MODULE: ./src/common/failure.ts
var failure = __webpack_require__(6191);
// EXTERNAL MODULE: ./src/common/timers.ts
var timers = __webpack_require__(7971);
// EXTERNAL MODULE: ./src/certcentral/retry.ts
var retry = __webpack_require__(269);
// EXTERNAL MODULE: ./src/certcentral/statuses.ts
var statuses = __webpack_require__(5373);
;// CONCATENATED MODULE: ./src/operations/wait.ts




/**
 * Each wait is this much longer than the one before, up to the cap. With the defaults
 * (15 s, 900 s) that is 12 reads in 15 minutes, far inside DigiCert's per-key limit of
 * 1000 requests per 3 minutes, which every pipeline of the account shares.
 */
const BACKOFF_FACTOR = 1.5;
/** The least time a read is given, even at the deadline. */
const MIN_READ_MS = 100;
const MAX_POLL_INTERVAL_SECONDS = 120;
/** The wait after one of `current` seconds; a first interval above the cap is kept as is. */
function nextInterval(current, first) {
    return Math.min(current * BACKOFF_FACTOR, Math.max(first, MAX_POLL_INTERVAL_SECONDS));
}
const realClock = {
    now: () => performance.now(),
    sleep: timers/* sleep */.yy,
    random: Math.random,
};
/**
 * A read that can simply be repeated later: 429, a 5xx, a timeout, a network error, or a 2xx whose body cannot be
 * read (a proxy's page, a cut-off answer): reading an order changes nothing, so reading it again is safe.
 */
function isTransient(error) {
    if (!(error instanceof errors/* CertCentralError */.c))
        return false;
    const status = error.status;
    return error.retryable || (status !== undefined && (status >= 500 || (status >= 200 && status < 300)));
}
/** The order's status kind; an order still issued with the certificate a reissue replaces is pending. */
function orderKind(info, replacing) {
    const kind = (0,statuses/* statusKind */.BE)(info.status);
    return kind === 'issued' && replacing !== undefined && info.certificate.id === replacing ? 'pending' : kind;
}
/**
 * Reads the order at once, then after each interval, until its status is final or the time
 * is up. The last read happens at the deadline. Logs one line per read. A read answered with 429,
 * a 5xx, an unreadable 2xx or nothing only delays the next one (at least by Retry-After, plus jitter); it fails the wait
 * only when no time is left and no read succeeded.
 */
async function waitForFinalStatus(
/** One read, which must end within the time given (the wait's time left). */
readOrder, options, log, clock = realClock) {
    const start = clock.now();
    const deadline = start + options.timeoutSeconds * 1000;
    let interval = options.pollIntervalSeconds;
    let last;
    let unanswered = 0;
    for (;;) {
        let info;
        try {
            // A read in flight at the deadline is cut off there (at least a moment is left for the first one).
            info = await readOrder(Math.max(deadline - clock.now(), MIN_READ_MS));
        }
        catch (error) {
            if (!isTransient(error))
                throw error;
            // A status means something answered; without one, nothing did.
            unanswered = error.status === undefined ? unanswered + 1 : 0;
            stopWhenUnanswered(error, unanswered, options.maxAttempts);
            const remaining = deadline - clock.now();
            const elapsedSeconds = (clock.now() - start) / 1000;
            if (remaining <= 0) {
                if (last)
                    return { info: last, final: false, elapsedSeconds };
                throw error.withNote(`No read of the order succeeded within ${options.timeoutName ?? 'wait-timeout'} (${options.timeoutSeconds} s).`);
            }
            const retryAfterMs = error.retryAfterMs ?? 0;
            const jitterMs = Math.floor((clock.random ?? Math.random)() * Math.max(1_000, retryAfterMs));
            const waitMs = Math.min(Math.max(interval * 1000, retryAfterMs + jitterMs), remaining);
            log(`[${elapsedSeconds.toFixed(1)} s] ${error.message} Reading again in ${(0,retry.seconds)(waitMs)}.`);
            await clock.sleep(waitMs);
            interval = nextInterval(interval, options.pollIntervalSeconds);
            continue;
        }
        last = info;
        unanswered = 0;
        const elapsedSeconds = (clock.now() - start) / 1000;
        const kind = orderKind(info, options.replacing);
        const note = kind === 'unknown'
            ? ' (an unknown status; waiting as for a pending one)'
            : kind === 'pending' && info.status === statuses/* ISSUED */.GU
                ? ` (still with certificate ${info.certificate.id}, which the reissue replaces; waiting)`
                : '';
        log(`[${elapsedSeconds.toFixed(1)} s] order ${info.id}: ${info.status || '(no status)'}${note}`);
        if (kind === 'issued' || kind === 'failed')
            return { info, final: true, elapsedSeconds };
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            return { info, final: false, elapsedSeconds };
        await clock.sleep(Math.min(interval * 1000, remaining));
        interval = nextInterval(interval, options.pollIntervalSeconds);
    }
}
/** Gives up once max-attempts reads in a row got no answer: an unreachable host does not wait out the timeout. */
function stopWhenUnanswered(error, unanswered, maxAttempts) {
    if (maxAttempts === undefined || unanswered < maxAttempts)
        return;
    const reads = unanswered === 1 ? 'the read' : `${unanswered} reads in a row`;
    throw error.withNote(`No answer to ${reads} (max-attempts ${maxAttempts}), so the wait stops.`);
}

;// CONCATENATED MODULE: ./src/operations/pick-up.ts






const PICK_UP_OUTPUTS = (/* unused pure expression or super */ null && ([
    'order-status',
    'certificate-pem',
    'chain-pem',
    'certificate-path',
    'chain-path',
    'serial-number',
    'thumbprint',
    'valid-from',
    'valid-till',
]));
/**
 * Reads the order (waiting for a final status when asked), sets the order outputs, and
 * when it is issued downloads the certificate and writes certificate.pem and chain.pem.
 * Outputs are set as soon as they are known, so they stay set when a later step fails.
 */
async function pickUp(client, orderId, settings, host, 
/** After a reissue: the certificate it replaces, which is not handed over. */
replacing) {
    let info;
    if (settings.waitForIssuance) {
        const title = `Waiting for order ${orderId} to be issued (at most ${settings.waitTimeoutSeconds} s)`;
        const result = await host.group(title, () => waitForFinalStatus((withinMs) => (0,order_info/* getOrderInfo */.vT)(client, orderId, { once: true, withinMs }), {
            timeoutSeconds: settings.waitTimeoutSeconds,
            pollIntervalSeconds: settings.pollIntervalSeconds,
            replacing,
            timeoutName: host.hints.waitTimeout,
            maxAttempts: client.retry.maxAttempts,
        }, (line) => host.info(line)));
        info = result.info;
        setOrderOutputs(info, host, replacing);
        if (!result.final) {
            throw new failure/* Failure */.H('not-issued-in-time', `Order ${orderId} was not issued within ${settings.waitTimeoutSeconds} seconds; its last status is ${info.status || '(none)'}. ` +
                host.hints.pickUpLater(orderId) +
                (replacing === undefined
                    ? ''
                    : ` The reissue replaces certificate ${replacing}: a pick-up that shows certificate-id ${replacing} still has the old one.`));
        }
    }
    else {
        info = await (0,order_info/* getOrderInfo */.vT)(client, orderId);
        setOrderOutputs(info, host, replacing);
    }
    const kind = orderKind(info, replacing);
    if (kind === 'failed') {
        throw new failure/* Failure */.H('order-failed', `Order ${orderId} is ${info.status}; there is no valid certificate to download.`, {
            detail: info.status,
        });
    }
    if (kind !== 'issued') {
        host.info(`Order ${orderId} is ${info.status || '(no status)'}, not issued yet. ${host.hints.pickUpLater(orderId)}`);
        return;
    }
    await download(client, info, orderFolder(settings, orderId), host);
}
function sameSerial(a, b) {
    const normal = (serial) => serial
        .toUpperCase()
        .replace(/[^0-9A-F]/g, '')
        .replace(/^0+/, '');
    return normal(a) === normal(b);
}
function setOrderOutputs(info, host, replacing) {
    const { 'order-status': orderStatus, ...certificate } = (0,outputs/* orderInfoOutputs */.fO)(info);
    host.setOutput('order-status', orderStatus);
    // The certificate a reissue replaces is not this run's result.
    if (replacing !== undefined && info.certificate.id === replacing)
        return;
    for (const [name, value] of Object.entries(certificate))
        if (value !== '')
            host.setOutput(name, value);
}
async function download(client, info, outputDir, host) {
    const certificateId = info.certificate.id;
    if (certificateId === undefined) {
        throw new failure/* Failure */.H('no-certificate-id', `Order ${info.id} is issued, but CertCentral's order info has no certificate id to download.`);
    }
    const label = `GET /certificate/${certificateId}/download/format/pem_all`;
    const split = splitPemBundle(await downloadPemBundle(client, certificateId), label);
    if (info.certificate.serialNumber && sameSerial(info.certificate.serialNumber, split.leafSerialNumber) === false) {
        host.warning(`The downloaded certificate has serial number ${split.leafSerialNumber}, but order ${info.id} names ${info.certificate.serialNumber}.`);
    }
    await handOver(split, info.id, outputDir, host, {
        certificateId: String(certificateId),
        serialNumber: info.certificate.serialNumber || split.leafSerialNumber,
        validFrom: info.certificate.validFrom || '?',
        validTill: info.certificate.validTill || '?',
    });
}
/**
 * An order or reissue answer that issued at once carries the chain (`certificate_chain`): the certificate is handed
 * over from it, with no further request. The leaf is found by what the certificates say, as in a download; its
 * details come from the leaf itself. The files are written when a wait was asked for or output-dir was given.
 */
async function handOverIssued(chain, orderId, certificateId, settings, host) {
    const split = splitPemBundle(chain.join('\n'), `The answer's certificate_chain of order ${orderId}`);
    host.setOutput('order-status', 'issued');
    host.setOutput('serial-number', split.leafSerialNumber);
    host.setOutput('thumbprint', split.leafThumbprint);
    host.setOutput('valid-from', split.leafValidFrom);
    host.setOutput('valid-till', split.leafValidTill);
    const details = {
        certificateId,
        serialNumber: split.leafSerialNumber,
        validFrom: split.leafValidFrom,
        validTill: split.leafValidTill,
    };
    const writeFiles = settings.waitForIssuance || !settings.folderPerOrder;
    await handOver(split, orderId, writeFiles ? orderFolder(settings, orderId) : undefined, host, details);
}
function orderFolder(settings, orderId) {
    return settings.folderPerOrder ? (0,external_node_path_.join)(settings.outputDir, `certcentral-order-${orderId}`) : settings.outputDir;
}
/** Sets certificate-pem and chain-pem, and writes certificate.pem and chain.pem under `outputDir` when given. */
async function handOver(split, orderId, outputDir, host, details) {
    host.setOutput('certificate-pem', split.leaf);
    host.setOutput('chain-pem', split.chain.join('\n'));
    const issued = `Order ${orderId} is issued: certificate ${details.certificateId}, serial number ${details.serialNumber}, valid ${details.validFrom} to ${details.validTill}.`;
    if (outputDir === undefined) {
        host.info(`${issued} The certificate is in the certificate-pem and chain-pem outputs.`);
        return;
    }
    let files;
    try {
        files = await writeCertificateFiles(outputDir, split);
    }
    catch (error) {
        throw new failure/* Failure */.H('files-not-written', `Order ${orderId} is issued and its certificate is in the certificate-pem and chain-pem outputs, but the files were not written: ${error.message}. ` +
            host.hints.writeFilesAgain(orderId), { cause: error });
    }
    host.setOutput('certificate-path', files.certificatePath);
    host.setOutput('chain-path', files.chainPath);
    host.info(`${issued} Wrote ${files.certificatePath} and ${files.chainPath}.`);
}


/***/ })

};
;