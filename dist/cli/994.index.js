"use strict";
exports.id = 994;
exports.ids = [994];
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


/***/ })

};
;