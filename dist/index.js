import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9840);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9840:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function core_warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/runner.ts
/**
 * The one place that talks to the GitHub Actions runner. Everything else imports these functions from here, so
 * how they are loaded is decided once: they are @actions/core's own, under its own names. The bundle leaves out
 * what @actions/core loads at start only for functions not exported here (tsconfig.json `paths`, src/left-out/).
 */


;// CONCATENATED MODULE: ./src/api-key.ts
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

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"certcentral-order-action","rE":"1.0.0"}');
;// CONCATENATED MODULE: ./src/retry.ts
/**
 * When to try a request again, and how long to wait first: exponential backoff with full jitter,
 * CertCentral's Retry-After when it sends one, at most max-attempts tries of each request, and one
 * overall deadline for each request's tries (for an order: its tries and the checks between them).
 */
/** Statuses that say "try again later": rate limited, or a gateway or the service is unavailable. */
const RETRYABLE_STATUSES = [429, 502, 503, 504];
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
const DEFAULT_BASE_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 30_000;
/** The tries of one request so far, and when they must be over. */
class Attempts {
    count = 0;
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
        this.sleepFor = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
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
    /** After `attempts` tries: how long to wait before the next one, or why there is none. */
    next(attempts, retryAfterMs) {
        if (attempts.count >= this.maxAttempts) {
            return { stop: `Gave up after ${attempts.count} ${attempts.count === 1 ? 'try' : 'tries'} (max-attempts).` };
        }
        const waitMs = retryAfterMs ?? this.backoffMs(attempts.count);
        if (waitMs >= this.remainingMs(attempts)) {
            const asked = retryAfterMs === undefined
                ? 'The next try'
                : `CertCentral asked to wait ${seconds(waitMs)} (Retry-After); that`;
            return {
                stop: `Gave up after ${attempts.count} ${attempts.count === 1 ? 'try' : 'tries'}: ${asked} would pass the overall time limit (max-attempts × (request-timeout + 30 s)).`,
            };
        }
        return { waitMs };
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

;// CONCATENATED MODULE: ./src/secrets.ts
/**
 * Replaces every occurrence of the secret, so no message can carry it: as is, and as an answer
 * that echoes it would write it, JSON-escaped or URL-encoded.
 */
function redact(text, secret) {
    if (!secret)
        return text;
    const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
    let clean = text;
    for (const form of forms)
        clean = clean.split(form).join('***');
    return clean;
}

;// CONCATENATED MODULE: ./src/client.ts



const USER_AGENT = `${package_namespaceObject.UU}/${package_namespaceObject.rE}`;
/** A failed call, with DigiCert's errors[] when it sent any. */
class CertCentralError extends Error {
    status;
    errors;
    outcome;
    retryable;
    retryAfterMs;
    constructor(message, status, errors = [], details = {}) {
        super(message);
        this.name = 'CertCentralError';
        this.status = status;
        this.errors = errors;
        // An answer that failed with a 4xx did nothing; no answer, a 5xx or an unreadable 2xx may have.
        this.outcome = details.outcome ?? (status !== undefined && status >= 300 && status < 500 ? 'rejected' : 'unknown');
        this.retryable = details.retryable ?? false;
        this.retryAfterMs = details.retryAfterMs;
    }
    /** The same failure, its message extended. */
    withNote(note) {
        return new CertCentralError(`${this.message} ${note}`, this.status, this.errors, this);
    }
}
const EXCERPT_LENGTH = 200;
/** The certificate could not be verified: retrying does not help, a CA does. */
const TLS_ERROR = /^(CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|ERR_TLS_CERT|ERR_SSL_|HOSTNAME_MISMATCH)/;
/** No connection was made, so nothing was sent. */
const NOT_CONNECTED = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'];
class CertCentralClient {
    retry;
    options;
    agent;
    constructor(options) {
        this.options = options;
        this.retry =
            options.retry ??
                new RetryPolicy({
                    maxAttempts: DEFAULT_MAX_ATTEMPTS,
                    requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_SECONDS * 1_000,
                });
    }
    /**
     * Sends the request, trying again after 429, 502, 503, 504, timeouts and network errors while
     * max-attempts and the overall time allow. A POST is tried again only when CertCentral surely did
     * not carry it out; when that is unknown, the error goes to the caller, who can check first.
     */
    async send(request, attempts = this.retry.start()) {
        for (;;) {
            attempts.count++;
            try {
                return await this.attempt(request, attempts);
            }
            catch (error) {
                if (!(error instanceof CertCentralError) || !error.retryable)
                    throw error;
                if (request.method !== 'GET' && error.outcome === 'unknown')
                    throw error;
                const next = this.retry.next(attempts, error.retryAfterMs);
                if ('stop' in next)
                    throw error.withNote(next.stop);
                this.info(`${error.message} Trying again in ${seconds(next.waitMs)} (try ${attempts.count + 1} of ${this.retry.maxAttempts}).`);
                await this.retry.sleep(next.waitMs);
            }
        }
    }
    /** One try, within request-timeout. */
    async attempt(request, attempts) {
        const { default: fetch } = await __nccwpck_require__.e(/* import() */ 816).then(__nccwpck_require__.bind(__nccwpck_require__, 816));
        const url = `${this.options.baseUrl}${request.path}`;
        const label = `${request.method} ${request.path}`;
        const agent = await this.agentFor(url);
        this.debug(`${label}${agent ? ' (through the proxy)' : ''}`);
        const timeoutMs = this.retry.attemptTimeoutMs(attempts);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        let status;
        let statusText;
        let retryAfter;
        let text;
        try {
            const response = await fetch(url, {
                method: request.method,
                headers: {
                    'X-DC-DEVKEY': this.options.apiKey,
                    'Content-Type': 'application/json',
                    Accept: request.answers === 'text' ? '*/*' : 'application/json',
                    'User-Agent': USER_AGENT,
                },
                body: request.body === undefined ? undefined : JSON.stringify(request.body),
                // node-fetch would forward X-DC-DEVKEY to wherever a redirect points; the key goes to the base URL only.
                redirect: 'error',
                signal: controller.signal,
                ...(agent ? { agent: agent } : {}),
            });
            status = response.status;
            statusText = response.statusText;
            retryAfter = response.headers.get('retry-after');
            text = await response.text();
        }
        catch (error) {
            throw this.networkFailure(error, label, url, controller.signal.aborted ? timeoutMs : undefined);
        }
        finally {
            clearTimeout(timer);
        }
        this.debug(`${label} answered HTTP ${status}`);
        const httpStatus = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
        const retryable = RETRYABLE_STATUSES.includes(status);
        const details = { retryable, retryAfterMs: retryable ? parseRetryAfter(retryAfter) : undefined };
        let json;
        const isText = request.answers === 'text' && status >= 200 && status <= 299;
        if (text.trim() !== '' && !isText) {
            try {
                json = JSON.parse(text);
            }
            catch {
                throw new CertCentralError(this.redact(`${label}: CertCentral answered ${httpStatus} with a body that is not JSON: "${excerpt(this.redact(text))}"`), status, [], 
                // A 2xx that cannot be read may still have carried the request out.
                status < 300 ? { outcome: 'unknown', retryable: false } : details);
            }
        }
        if (status < 200 || status > 299) {
            const errors = digiCertErrors(json);
            const body = text.trim() === '' ? '(empty body)' : `"${excerpt(this.redact(text))}"`;
            const detail = errors.length > 0 ? errors.map((e) => `${e.code}: ${e.message}`).join('; ') : body;
            throw new CertCentralError(this.redact(`${label}: CertCentral answered ${httpStatus}: ${detail}`), status, this.redactErrors(errors), details);
        }
        return { status, text, json };
    }
    networkFailure(error, label, url, timeoutMs) {
        if (timeoutMs !== undefined) {
            return new CertCentralError(this.redact(`${label} to ${url}: no complete answer within ${seconds(timeoutMs)} (request-timeout).`), undefined, [], { outcome: 'unknown', retryable: true });
        }
        const code = errorCode(error);
        // node-fetch says "request to <url> failed, reason: <reason>"; the url is named once.
        const message = error.message.replace(/^request to \S+ failed, reason: /, '');
        const failed = `${label} to ${url} failed: ${message}`;
        if (TLS_ERROR.test(code)) {
            return new CertCentralError(this.redact(`${failed} (${code}). The server's certificate is not trusted. If a proxy or gateway of your network presents its own certificate, give its CA in a PEM file through NODE_EXTRA_CA_CERTS.`), undefined, [], { outcome: 'not-sent', retryable: false });
        }
        if (code === 'ERR_PROXY_CONNECT') {
            // node-fetch keeps only the code and message of the proxy's refusal.
            const proxyStatus = Number(/HTTP (\d{3})/.exec(message)?.[1]);
            return new CertCentralError(this.redact(`${label} to ${url} failed: ${message}. Check HTTPS_PROXY and NO_PROXY.`), undefined, [], { outcome: 'not-sent', retryable: RETRYABLE_STATUSES.includes(proxyStatus) });
        }
        const connected = !NOT_CONNECTED.includes(code);
        const named = code && !message.includes(code) ? ` (${code})` : '';
        return new CertCentralError(this.redact(`${failed}${named}.`), undefined, [], {
            outcome: connected ? 'unknown' : 'not-sent',
            retryable: true,
        });
    }
    agentFor(url) {
        if (!url.startsWith('https:'))
            return Promise.resolve(undefined);
        this.agent ??= __nccwpck_require__.e(/* import() */ 903).then(__nccwpck_require__.bind(__nccwpck_require__, 8903)).then(({ agentFor }) => agentFor(new URL(url), this.options.env ?? process.env, this.retry.requestTimeoutMs));
        return this.agent;
    }
    info(message) {
        (this.options.info ?? this.options.debug)?.(this.redact(message));
    }
    debug(message) {
        this.options.debug?.(this.redact(message));
    }
    redact(message) {
        return redact(message, this.options.apiKey);
    }
    redactErrors(errors) {
        return errors.map(({ code, message }) => ({ code: this.redact(code), message: this.redact(message) }));
    }
}
/** The system or TLS error code of a failed fetch, from node-fetch's FetchError or its cause. */
function errorCode(error) {
    const candidates = [error, error?.cause];
    for (const candidate of candidates) {
        const code = candidate?.code;
        if (typeof code === 'string' && code !== 'ERR_STREAM_PREMATURE_CLOSE' && code !== 'FETCH_ERROR')
            return code;
        const errno = candidate?.errno;
        if (typeof errno === 'string')
            return errno;
    }
    return '';
}
function digiCertErrors(json) {
    const errors = json?.errors;
    if (!Array.isArray(errors))
        return [];
    return errors.map((error) => ({
        code: String(error?.code ?? 'unknown'),
        message: String(error?.message ?? ''),
    }));
}
function excerpt(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./src/parse.ts
var parse = __nccwpck_require__(2828);
;// CONCATENATED MODULE: ./src/order-info.ts


/** GET /order/certificate/{order_id}. */
async function getOrderInfo(client, orderId) {
    const path = `/order/certificate/${orderId}`;
    const response = await client.send({ method: 'GET', path });
    const answer = response.json;
    if (!(0,parse/* isPlainObject */.Qd)(answer) || typeof answer.id !== 'number' || typeof answer.status !== 'string') {
        throw new CertCentralError(`GET ${path}: CertCentral answered HTTP ${response.status} without an order id and status.`, response.status);
    }
    const certificate = (0,parse/* isPlainObject */.Qd)(answer.certificate) ? answer.certificate : {};
    const requests = Array.isArray(answer.requests) ? answer.requests.filter(parse/* isPlainObject */.Qd) : [];
    return {
        id: answer.id,
        status: answer.status,
        certificate: {
            id: typeof certificate.id === 'number' ? certificate.id : undefined,
            serialNumber: order_info_text(certificate.serial_number),
            thumbprint: order_info_text(certificate.thumbprint),
            validFrom: order_info_text(certificate.valid_from),
            validTill: order_info_text(certificate.valid_till),
        },
        requests: requests.map((request) => ({
            id: Number(request.id),
            status: order_info_text(request.status),
            type: order_info_text(request.type),
        })),
        text: response.text,
    };
}
/** GET /order/alternate/{alternative_order_id}: the ids of the orders carrying that id, lowest first. */
async function findOrdersByAlternativeId(client, alternativeOrderId) {
    const path = `/order/alternate/${encodeURIComponent(alternativeOrderId)}`;
    const response = await client.send({ method: 'GET', path });
    const orders = (0,parse/* isPlainObject */.Qd)(response.json) ? response.json.orders : undefined;
    if (!Array.isArray(orders)) {
        throw new CertCentralError(`GET ${path}: CertCentral answered HTTP ${response.status} without an orders list.`);
    }
    return orders
        .filter(parse/* isPlainObject */.Qd)
        .map((order) => Number(order.order_id))
        .filter((orderId) => Number.isSafeInteger(orderId))
        .sort((a, b) => a - b);
}
function order_info_text(value) {
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

;// CONCATENATED MODULE: ./src/outputs.ts


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
    const answer = response.json;
    if (!(0,parse/* isPlainObject */.Qd)(answer) || !isId(answer.id)) {
        throw new CertCentralError(`${label}: CertCentral answered HTTP ${response.status} without an order id; the result is unknown. Check the orders in CertCentral before running again.`, response.status);
    }
    const firstRequest = Array.isArray(answer.requests) && (0,parse/* isPlainObject */.Qd)(answer.requests[0]) ? answer.requests[0] : {};
    const organization = (0,parse/* isPlainObject */.Qd)(answer.organization) ? answer.organization : {};
    return {
        'order-id': outputs_text(answer.id),
        'request-id': outputs_text(firstRequest.id),
        'request-status': outputs_text(firstRequest.status),
        'certificate-id': outputs_text(answer.certificate_id),
        'organization-id': outputs_text(organization.id),
        response: response.text,
    };
}
function isId(value) {
    return ((typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^\d+$/.test(value)));
}
function outputs_text(value) {
    return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}

;// CONCATENATED MODULE: ./src/wait.ts
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
/**
 * Each wait is this much longer than the one before, up to the cap. With the defaults
 * (15 s, 900 s) that is 12 reads in 15 minutes, far inside DigiCert's per-key limit of
 * 1000 requests per 3 minutes, which every pipeline of the account shares.
 */
const BACKOFF_FACTOR = 1.5;
const MAX_POLL_INTERVAL_SECONDS = 120;
function statusKind(status) {
    if (status === ISSUED)
        return 'issued';
    if (FAILED_STATUSES.includes(status))
        return 'failed';
    if (PENDING_STATUSES.includes(status))
        return 'pending';
    return 'unknown';
}
/** The wait after one of `current` seconds; a first interval above the cap is kept as is. */
function nextInterval(current, first) {
    return Math.min(current * BACKOFF_FACTOR, Math.max(first, MAX_POLL_INTERVAL_SECONDS));
}
const realClock = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** The order's status kind; an order still issued with the certificate a reissue replaces is pending. */
function orderKind(info, replacing) {
    const kind = statusKind(info.status);
    return kind === 'issued' && replacing !== undefined && info.certificate.id === replacing ? 'pending' : kind;
}
/**
 * Reads the order at once, then after each interval, until its status is final or the time
 * is up. The last read happens at the deadline. Logs one line per read.
 */
async function waitForFinalStatus(readOrder, options, log, clock = realClock) {
    const start = clock.now();
    const deadline = start + options.timeoutSeconds * 1000;
    let interval = options.pollIntervalSeconds;
    for (;;) {
        const info = await readOrder();
        const elapsedSeconds = (clock.now() - start) / 1000;
        const kind = orderKind(info, options.replacing);
        const note = kind === 'unknown'
            ? ' (an unknown status; waiting as for a pending one)'
            : kind === 'pending' && info.status === ISSUED
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

;// CONCATENATED MODULE: ./src/idempotency.ts
/**
 * Never buy twice. An order carries an alternative_order_id (the user's, or one derived from the
 * GitHub Actions run), which is looked up before the POST and again whenever a POST's fate is
 * unknown; a reissue is checked against the order's requests. A POST is sent again only after such
 * a check proves that CertCentral did not carry it out.
 */






const MAX_ORDER_KEY_LENGTH = 64;
/**
 * The alternative_order_id of an order: the user's; in GitHub Actions, with idempotency on, one
 * derived from the run; otherwise none, and the body stays exactly what the inputs say.
 */
function orderKey(settings, request, currentRun) {
    if (settings.operation !== 'order')
        return undefined;
    const given = request.body?.alternative_order_id;
    if (typeof given === 'string')
        return { value: given, derived: false };
    if (!settings.safety.idempotency)
        return undefined;
    const run = currentRun();
    return run ? { value: deriveOrderKey(run, request.body ?? {}), derived: true } : undefined;
}
/**
 * `gha{run id}x{hash}`, letters and digits only, as the page describes the id: the hash covers the
 * repository, run, job, step and the request body, so a re-run attempt of the same job
 * (GITHUB_RUN_ATTEMPT is left out on purpose) sending the same request finds the earlier order,
 * while another request, step or job gets its own key.
 */
function deriveOrderKey(run, body) {
    const { alternative_order_id: _ignored, ...rest } = body;
    const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(JSON.stringify([run.repository, run.runId, run.job, run.step, canonical(rest)]))
        .digest('hex');
    return `gha${run.runId}x${digest}`.slice(0, MAX_ORDER_KEY_LENGTH);
}
/** The request with the derived key in its body; a given key is there already. */
function withOrderKey(request, key) {
    if (!key?.derived)
        return request;
    return { ...request, body: { ...request.body, alternative_order_id: key.value } };
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
/**
 * Sends the order or reissue at most once at CertCentral: reuses an order that already carries the
 * key, and after a POST whose fate is unknown sends it again only when a check proves it was not
 * carried out. Fails, saying how to check, whenever that cannot be proved.
 */
async function idempotency_submit(client, request, settings, key, log, 
/** Logged once, when the look-up found nothing and the request is about to be sent. */
sending) {
    const label = `${request.method} ${request.path}`;
    let check;
    let existing;
    try {
        check =
            settings.operation === 'reissue'
                ? await reissueCheck(client, settings.orderId)
                : key
                    ? orderCheck(client, key, request, log)
                    : undefined;
        existing = key ? await check?.find() : undefined;
    }
    catch (error) {
        if (!(error instanceof CertCentralError))
            throw error;
        throw error.withNote(`Nothing was sent to ${settings.operation === 'reissue' ? 'reissue' : 'order'}: the action checks first.`);
    }
    if (existing?.outputs) {
        log.info(existing.note);
        return { outputs: existing.outputs, reused: true };
    }
    if (existing)
        throw new CertCentralError(`${existing.note} Nothing was ordered now.`);
    log.info(sending);
    const attempts = client.retry.start();
    for (;;) {
        let failure;
        try {
            const outputs = resultOutputs(await client.send(request, attempts), label);
            return { outputs, previousCertificateId: check?.previousCertificateId };
        }
        catch (error) {
            if (!(error instanceof CertCentralError) || error.outcome !== 'unknown')
                throw error;
            failure = error;
        }
        const what = settings.operation === 'reissue' ? 'the reissue' : 'the order';
        if (failure.status !== undefined && failure.status >= 200 && failure.status < 300) {
            throw failure.withNote(`CertCentral may have carried out ${what}. ${check?.howToCheck ?? NO_KEY_ADVICE}`);
        }
        const unknown = `The request was sent, so CertCentral may have carried out ${what}.`;
        if (!check)
            throw failure.withNote(`${unknown} ${NO_KEY_ADVICE}`);
        let found;
        try {
            found = await lookTwice(check, client.retry, client.retry.backoffMs(attempts.count));
        }
        catch (error) {
            throw failure.withNote(`${unknown} Checking whether it did failed too: ${error.message} ${check.howToCheck}`);
        }
        if (found?.outputs) {
            log.info(`${failure.message} ${found.note}`);
            return { outputs: found.outputs, reused: true };
        }
        if (found)
            throw failure.withNote(found.note);
        const next = failure.retryable ? client.retry.next(attempts) : undefined;
        if (!next || 'stop' in next) {
            const stop = next && 'stop' in next ? ` ${next.stop}` : '';
            throw failure.withNote(`${check.absent}${stop} Running again is safe.`);
        }
        log.info(`${failure.message} ${check.absent} Sending it again (try ${attempts.count + 1} of ${client.retry.maxAttempts}).`);
    }
}
/**
 * A request CertCentral is still working on can show up late, so one empty look proves nothing: looks
 * after the backoff (at least a request-timeout), and again a request-timeout later.
 */
async function lookTwice(check, retry, backoffMs) {
    await retry.sleep(Math.max(backoffMs, retry.requestTimeoutMs));
    const found = await check.find();
    if (found)
        return found;
    await retry.sleep(retry.requestTimeoutMs);
    return check.find();
}
const NO_KEY_ADVICE = 'It was not sent again: the order carries no alternative_order_id to look it up by. It may exist: check the orders in CertCentral before running again. With alternative-order-id (or idempotency: true in GitHub Actions) the action checks by itself.';
function orderCheck(client, key, request, log) {
    const source = key.derived ? 'derived from this run, job and request' : 'from alternative-order-id';
    return {
        absent: `No order carries alternative_order_id ${key.value}, so CertCentral did not create one.`,
        howToCheck: `Check with GET /order/alternate/${key.value} before ordering again; a re-run of this job looks the id up first and reuses the order.`,
        async find() {
            const orderIds = await findOrdersByAlternativeId(client, key.value);
            const [first] = orderIds;
            if (first === undefined)
                return undefined;
            if (orderIds.length > 1) {
                log.warning(`${orderIds.length} orders carry alternative_order_id ${key.value}: ${orderIds.join(', ')}. Using the first, ${first}.`);
            }
            const info = await getOrderInfo(client, first);
            if (statusKind(info.status) === 'failed') {
                return {
                    note: `Order ${info.id} carries alternative_order_id ${key.value} (${source}), and it is ${info.status}: there is no certificate to hand over. To order anew, give another alternative-order-id, or run a new workflow run.`,
                };
            }
            return {
                note: `Order ${info.id} (${info.status}) already carries alternative_order_id ${key.value} (${source}): it is reused, and no order is placed.`,
                outputs: reusedOrderOutputs(info, request),
            };
        },
    };
}
/** The outputs of an order found by its key, from its order info. */
function reusedOrderOutputs(info, request) {
    const [first] = info.requests;
    const answer = JSON.parse(info.text);
    const organization = (0,parse/* isPlainObject */.Qd)(answer.organization) ? answer.organization : {};
    const ordered = request.body?.organization;
    // organization-id is set only when the order created the organization, as on a fresh order.
    const createdOrganization = (0,parse/* isPlainObject */.Qd)(ordered) && ordered.id === undefined ? organization.id : undefined;
    return {
        'order-id': String(info.id),
        'request-id': first ? String(first.id) : '',
        'request-status': first?.status ?? '',
        'certificate-id': info.certificate.id === undefined ? '' : String(info.certificate.id),
        'organization-id': typeof createdOrganization === 'number' ? String(createdOrganization) : '',
        response: info.text,
    };
}
/** A reissue shows up as a new request on the order, or a new certificate: compares with the order before. */
async function reissueCheck(client, orderId) {
    const before = await getOrderInfo(client, orderId);
    const known = new Set(before.requests.map((request) => request.id));
    const howToCheck = `Check the requests of order ${orderId} with GET /order/certificate/${orderId} before reissuing again.`;
    return {
        previousCertificateId: before.certificate.id,
        absent: `Order ${orderId} has no new request and the same certificate, so CertCentral did not reissue it.`,
        howToCheck,
        async find() {
            const after = await getOrderInfo(client, orderId);
            const added = after.requests.filter((request) => !known.has(request.id));
            const certificateChanged = after.certificate.id !== before.certificate.id;
            if (added.length === 0 && !certificateChanged)
                return undefined;
            const evidence = [
                ...added.map((request) => `request ${request.id} (${request.type || 'request'}, ${request.status || 'no status'})`),
                ...(certificateChanged
                    ? [`certificate ${after.certificate.id ?? 'none'} instead of ${before.certificate.id ?? 'none'}`]
                    : []),
            ];
            return {
                note: `Order ${orderId} now has ${evidence.join(' and ')}, which it did not have before: the reissue was probably made, so it was not sent again. ${howToCheck}`,
            };
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/certificates.ts




const CERTIFICATE_FILE = 'certificate.pem';
const CHAIN_FILE = 'chain.pem';
/** GET /certificate/{certificate_id}/download/format/pem_all: leaf, intermediates and root in one PEM text. */
async function downloadPemBundle(client, certificateId) {
    const path = `/certificate/${certificateId}/download/format/pem_all`;
    const response = await client.send({ method: 'GET', path, answers: 'text' });
    return response.text;
}
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/**
 * Finds the leaf by what the certificates say, not by their order: it is the one that
 * issued none of the others. The chain follows the issuers up from it.
 */
function splitPemBundle(bundle, label) {
    const pems = (bundle.match(PEM_CERTIFICATE) ?? []).map((pem) => pem.replace(/\r\n/g, '\n'));
    if (pems.length === 0)
        throw new CertCentralError(`${label}: the download holds no PEM certificate.`);
    const certificates = pems.map((pem, index) => {
        try {
            return { pem, x509: new external_node_crypto_namespaceObject.X509Certificate(pem) };
        }
        catch (error) {
            throw new CertCentralError(`${label}: certificate ${index + 1} of the download cannot be read (${error.message}).`);
        }
    });
    const issuedNone = certificates.filter((candidate) => !certificates.some((other) => other !== candidate && other.x509.checkIssued(candidate.x509)));
    const leaf = issuedNone.find((candidate) => !candidate.x509.ca) ?? issuedNone[0] ?? certificates[0];
    if (!leaf)
        throw new CertCentralError(`${label}: the download holds no PEM certificate.`);
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
    };
}
/** Writes certificate.pem (the leaf) and chain.pem (the rest) under the directory, creating it if needed. */
async function writeCertificateFiles(dir, split) {
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const certificatePath = (0,external_node_path_.resolve)(dir, CERTIFICATE_FILE);
    const chainPath = (0,external_node_path_.resolve)(dir, CHAIN_FILE);
    await (0,promises_namespaceObject.writeFile)(certificatePath, `${split.leaf}\n`);
    await (0,promises_namespaceObject.writeFile)(chainPath, split.chain.map((pem) => `${pem}\n`).join(''));
    return { certificatePath, chainPath };
}

;// CONCATENATED MODULE: ./src/pick-up.ts




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
/** A failure with a short title for the annotation. */
class PickUpError extends Error {
    title;
    constructor(title, message) {
        super(message);
        this.name = 'PickUpError';
        this.title = title;
    }
}
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
        const result = await host.group(title, () => waitForFinalStatus(() => getOrderInfo(client, orderId), {
            timeoutSeconds: settings.waitTimeoutSeconds,
            pollIntervalSeconds: settings.pollIntervalSeconds,
            replacing,
        }, (line) => host.info(line)));
        info = result.info;
        setOrderOutputs(info, host, replacing);
        if (!result.final) {
            throw new PickUpError('Not issued in time', `Order ${orderId} was not issued within ${settings.waitTimeoutSeconds} seconds; its last status is ${info.status || '(none)'}. ` +
                host.hints.pickUpLater(orderId) +
                (replacing === undefined
                    ? ''
                    : ` The reissue replaces certificate ${replacing}: a pick-up that shows certificate-id ${replacing} still has the old one.`));
        }
    }
    else {
        info = await getOrderInfo(client, orderId);
        setOrderOutputs(info, host, replacing);
    }
    const kind = orderKind(info, replacing);
    if (kind === 'failed') {
        throw new PickUpError(`Order ${info.status}`, `Order ${orderId} is ${info.status}; there is no valid certificate to download.`);
    }
    if (kind !== 'issued') {
        host.info(`Order ${orderId} is ${info.status || '(no status)'}, not issued yet. ${host.hints.pickUpLater(orderId)}`);
        return;
    }
    const outputDir = settings.folderPerOrder
        ? (0,external_node_path_.join)(settings.outputDir, `certcentral-order-${orderId}`)
        : settings.outputDir;
    await download(client, info, outputDir, host);
}
function sameSerial(a, b) {
    const normal = (serial) => serial
        .toUpperCase()
        .replace(/[^0-9A-F]/g, '')
        .replace(/^0+/, '');
    return normal(a) === normal(b);
}
function setOrderOutputs(info, host, replacing) {
    host.setOutput('order-status', info.status);
    // The certificate a reissue replaces is not this run's result.
    if (replacing !== undefined && info.certificate.id === replacing)
        return;
    const known = [
        ['certificate-id', info.certificate.id === undefined ? '' : String(info.certificate.id)],
        ['serial-number', info.certificate.serialNumber],
        ['thumbprint', info.certificate.thumbprint],
        ['valid-from', info.certificate.validFrom],
        ['valid-till', info.certificate.validTill],
    ];
    for (const [name, value] of known)
        if (value !== '')
            host.setOutput(name, value);
}
async function download(client, info, outputDir, host) {
    const certificateId = info.certificate.id;
    if (certificateId === undefined) {
        throw new PickUpError('No certificate id', `Order ${info.id} is issued, but CertCentral's order info has no certificate id to download.`);
    }
    const label = `GET /certificate/${certificateId}/download/format/pem_all`;
    const split = splitPemBundle(await downloadPemBundle(client, certificateId), label);
    if (info.certificate.serialNumber && sameSerial(info.certificate.serialNumber, split.leafSerialNumber) === false) {
        host.warning(`The downloaded certificate has serial number ${split.leafSerialNumber}, but order ${info.id} names ${info.certificate.serialNumber}.`);
    }
    host.setOutput('certificate-pem', split.leaf);
    host.setOutput('chain-pem', split.chain.join('\n'));
    const files = await writeCertificateFiles(outputDir, split);
    host.setOutput('certificate-path', files.certificatePath);
    host.setOutput('chain-path', files.chainPath);
    host.info(`Order ${info.id} is issued: certificate ${certificateId}, serial number ${info.certificate.serialNumber || split.leafSerialNumber}, ` +
        `valid ${info.certificate.validFrom || '?'} to ${info.certificate.validTill || '?'}. Wrote ${files.certificatePath} and ${files.chainPath}.`);
}

;// CONCATENATED MODULE: ./src/fields.ts
/**
 * The action's request inputs and the CertCentral body field each one sets.
 * The order of this table is the order of the fields in the request body.
 */
const FIELDS = {
    'common-name': {
        kind: 'text',
        path: ['certificate', 'common_name'],
        description: 'The name to secure',
    },
    emails: {
        kind: 'email-list',
        path: ['certificate', 'emails'],
        description: 'E-mail addresses to place on the certificate',
    },
    'dns-names': {
        kind: 'list',
        path: ['certificate', 'dns_names'],
        description: 'Additional domains to secure (reissue)',
    },
    'organization-units': {
        kind: 'list',
        path: ['certificate', 'organization_units'],
        description: 'Departments of the organization',
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
    'custom-expiration-date': {
        kind: 'date',
        path: ['custom_expiration_date'],
        description: 'Custom expiration date, yyyy-MM-dd; overrides validity-years',
    },
    comments: {
        kind: 'text',
        path: ['comments'],
        description: 'Message for the approver',
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
    },
    subject: {
        kind: 'object',
        path: ['subject'],
        description: 'Subject of a document signing certificate (YAML or JSON)',
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
    },
    'custom-fields': {
        kind: 'object-list',
        path: ['custom_fields'],
        description: 'Account custom fields, a YAML or JSON list of {metadata_id, value}',
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

;// CONCATENATED MODULE: ./src/request.ts

/** The order or reissue request the settings describe, or the order-info read of operation status. */
function buildRequest(settings) {
    if (settings.operation === 'status')
        return { method: 'GET', path: `/order/certificate/${settings.orderId}` };
    const body = buildBody(settings.fields);
    if (settings.operation === 'reissue') {
        return { method: 'POST', path: `/order/certificate/${settings.orderId}/reissue`, body };
    }
    return { method: 'POST', path: `/order/certificate/${settings.product}`, body };
}
/** Exactly the fields that are set, each at its path, in the order of the field table. */
function buildBody(fields) {
    const body = {};
    for (const name of FIELD_NAMES) {
        const value = fields[name];
        if (value === undefined)
            continue;
        const path = FIELDS[name].path;
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
function requestUrl(baseUrl, request) {
    return `${baseUrl}${request.path}`;
}

;// CONCATENATED MODULE: ./src/execute.ts






/**
 * Sends the order or reissue the settings describe (or, in a dry run, only shows it) and sets the
 * outputs; then, when asked to wait or for operation status, picks the order up.
 */
async function execute(settings, host, options = {}) {
    const outputs = new Map();
    const safe = withoutKey(host, settings.apiKey, outputs);
    // Each output is written once, with its last value, also when a later step failed.
    const writeOutputs = () => {
        for (const [name, value] of outputs)
            host.setOutput(name, redact(value, settings.apiKey));
        outputs.clear();
    };
    // A cancelled or timed-out job stops the step with a signal: the order ID known by then is still written.
    const interrupted = (signal) => {
        writeOutputs();
        process.kill(process.pid, signal);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    try {
        await carryOut(settings, safe, options);
    }
    finally {
        process.off('SIGINT', interrupted);
        process.off('SIGTERM', interrupted);
        writeOutputs();
    }
}
async function carryOut(settings, host, options) {
    const env = options.env ?? process.env;
    const built = buildRequest(settings);
    const key = orderKey(settings, built, options.run ?? (() => undefined));
    const request = withOrderKey(built, key);
    if (settings.dryRun) {
        showDryRun(settings, request, host);
        return;
    }
    const sending = `${describe(settings)}: ${request.method} ${requestUrl(settings.baseUrl, request)}`;
    const retry = new RetryPolicy({
        maxAttempts: settings.safety.maxAttempts,
        requestTimeoutMs: settings.safety.requestTimeoutSeconds * 1_000,
        ...options.retry,
    });
    const client = new CertCentralClient({
        baseUrl: settings.baseUrl,
        apiKey: settings.apiKey,
        debug: host.debug,
        info: host.info,
        retry,
        env,
    });
    if (settings.operation === 'status') {
        host.info(sending);
        host.setOutput('order-id', String(settings.orderId));
        await pickUp(client, settings.orderId, settings.pickUp, host);
        return;
    }
    if (key)
        host.info(describeKey(key));
    const { outputs, previousCertificateId, reused } = await idempotency_submit(client, request, settings, key, host, sending);
    for (const [name, value] of Object.entries(outputs))
        host.setOutput(name, value);
    // A reused order was described by the look-up that found it.
    if (!reused)
        host.info(describeResult(settings, outputs));
    if (settings.pickUp.waitForIssuance) {
        await pickUp(client, Number(outputs['order-id']), settings.pickUp, host, previousCertificateId);
    }
}
/** What CertCentral made of the order or reissue, naming only what it answered. */
function describeResult(settings, outputs) {
    const request = outputs['request-id'] ? `request ${outputs['request-id']}` : '';
    const status = outputs['request-status'] ? ` ${outputs['request-status']}` : '';
    const certificate = outputs['certificate-id'] ? `certificate ${outputs['certificate-id']}` : '';
    const parts = [request && `${request}${status}`, certificate].filter(Boolean);
    const what = settings.operation === 'reissue'
        ? `Reissue of order ${outputs['order-id']} accepted`
        : `Order ${outputs['order-id']} placed`;
    return parts.length > 0 ? `${what}: ${parts.join(', ')}.` : `${what}.`;
}
/**
 * A host that redacts the key from everything it is given, whatever the caller forgot, and keeps
 * the outputs in `outputs` until the run ends.
 */
function withoutKey(host, apiKey, outputs) {
    const clean = (text) => redact(text, apiKey);
    return {
        info: (message) => host.info(clean(message)),
        warning: (message) => host.warning(clean(message)),
        debug: (message) => host.debug(clean(message)),
        setOutput: (name, value) => outputs.set(name, value),
        group: (title, work) => host.group(clean(title), work),
        hints: host.hints,
    };
}
function describe(settings) {
    if (settings.operation === 'status')
        return `Reading order ${settings.orderId}`;
    return settings.operation === 'reissue' ? `Reissuing order ${settings.orderId}` : `Ordering ${settings.product}`;
}
function describeKey(key) {
    return key.derived
        ? `Looking up alternative_order_id ${key.value}, derived from this run, job, step and request, before ordering, so that a re-run of this job finds its order instead of ordering again.`
        : `Looking up alternative_order_id ${key.value} before ordering, so that an order that already carries it is reused.`;
}
function showDryRun(settings, request, host) {
    const url = requestUrl(settings.baseUrl, request);
    host.info(`Dry run: ${describe(settings)}; nothing is sent.`);
    host.info(`${request.method} ${url}`);
    host.info('X-DC-DEVKEY: ***');
    if (request.body)
        host.info(JSON.stringify(request.body, null, 2));
    host.setOutput('request-method', request.method);
    host.setOutput('request-url', url);
    host.setOutput('request-body', request.body ? JSON.stringify(request.body) : '');
}

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
;// CONCATENATED MODULE: ./src/github-run.ts
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

;// CONCATENATED MODULE: ./src/hints.ts
const ACTION_HINTS = {
    pickUpLater: (orderId) => `Pick it up later with operation: status and order-id: ${orderId} (add wait-for-issuance: true to wait), for example in a later job or a scheduled workflow.`,
};
const CLI_HINTS = {
    pickUpLater: (orderId) => `Pick it up later with: certcentral status --order-id ${orderId} (add --wait-for-issuance to wait).`,
};

;// CONCATENATED MODULE: ./src/products.ts
/** Listed in every order's table. */
const ORDER_FIELDS = {
    'signature-hash': 'required',
    'organization-units': 'optional',
    'organization-id': 'conditional',
    organization: 'conditional',
    'skip-duplicate-org-check': 'conditional',
    'container-id': 'optional',
    'validity-years': 'conditional',
    'custom-expiration-date': 'conditional',
    'auto-renew': 'optional',
    'renewal-of-order-id': 'optional',
    'additional-emails': 'optional',
    'skip-approval': 'optional',
    comments: 'optional',
    'custom-fields': 'optional',
    'payment-method': 'optional',
    'alternative-order-id': 'optional',
};
/**
 * code_signing and code_signing_ev share one page. Its starred parameters, cs_provisioning_method and
 * ship_info, "are used only for EV code signing orders"; without them, server_platform is required.
 */
const CODE_SIGNING_FIELDS = {
    ...ORDER_FIELDS,
    csr: 'conditional',
    'server-platform-id': 'required',
    'custom-renewal-message': 'optional',
};
const CODE_SIGNING = {
    family: 'code_signing',
    validityYears: [1, 2, 3],
    // Since 2026-02-24 (CA/B Forum CSC-31).
    issuedValidityLimitDays: 459,
    fields: CODE_SIGNING_FIELDS,
};
const CODE_SIGNING_EV = {
    ...CODE_SIGNING,
    fields: {
        ...CODE_SIGNING_FIELDS,
        'server-platform-id': 'conditional',
        'cs-provisioning-method': 'conditional',
        'ship-info': 'optional',
    },
};
const DOCUMENT_SIGNING = {
    family: 'document_signing',
    validityYears: [1, 2, 3],
    fields: {
        ...ORDER_FIELDS,
        csr: 'conditional',
        'server-platform-id': 'optional',
        'cs-provisioning-method': 'optional',
        'ship-info': 'optional',
        subject: 'required',
        'use-org-as-common-name': 'optional',
        'csa-agreed-to': 'optional',
        'user-id-assignments': 'optional',
    },
};
const CLIENT_CERTIFICATE = {
    family: 'client_certificate',
    validityYears: [1, 2],
    customExpirationLimitDays: 825,
    fields: {
        ...ORDER_FIELDS,
        'common-name': 'required',
        emails: 'required',
        csr: 'optional',
    },
};
const PRODUCTS = {
    code_signing: CODE_SIGNING,
    code_signing_ev: CODE_SIGNING_EV,
    document_signing_org_1: DOCUMENT_SIGNING,
    document_signing_org_2: DOCUMENT_SIGNING,
    client_premium_sha2: CLIENT_CERTIFICATE,
    client_email_security_plus: CLIENT_CERTIFICATE,
    client_authentication_plus: CLIENT_CERTIFICATE,
    client_digital_signature_plus_sha2: CLIENT_CERTIFICATE,
};
const PRODUCT_IDS = Object.keys(PRODUCTS);
function isProductId(value) {
    return Object.hasOwn(PRODUCTS, value);
}
/** The reissue table; `common-name` is optional for code and document signing orders (validate.ts). */
const REISSUE_FIELDS = {
    'common-name': 'conditional',
    'dns-names': 'optional',
    csr: 'required',
    'server-platform-id': 'conditional',
    'signature-hash': 'required',
    comments: 'optional',
    'skip-approval': 'optional',
};
/** `operation: status` reads an order and sends no body, so no body field applies. */
const STATUS_FIELDS = {};
const SIGNATURE_HASHES = {
    order: ['sha256'],
    reissue: ['sha256', 'sha384', 'sha512'],
    status: [],
};
const SHIP_INFO_KEYS = {
    required: ['name', 'addr1', 'city', 'state', 'zip', 'country', 'method'],
    optional: ['addr2'],
};
const SHIP_METHODS = ['STANDARD', 'EXPEDITED'];
const SUBJECT_KEYS = ['name', 'job_title', 'phone', 'email'];
/** Sun Java: the platform that needs a CSR. */
const SUN_JAVA_PLATFORM_ID = 55;

;// CONCATENATED MODULE: ./src/input-readers.ts

function readChoice(read, name, allowed, findings) {
    const raw = read(name);
    if (raw === '')
        return undefined;
    if (allowed.includes(raw))
        return raw;
    findings.problems.push(`${name}: "${raw}" is not allowed. Allowed: ${allowed.join(', ')}.`);
    return undefined;
}
function notBoolean(name, raw) {
    return `${name}: "${raw}" is not a boolean. Allowed: ${parse/* BOOLEAN_VALUES */.uv.join(', ')}.`;
}
function readBooleanInput(read, name, fallback, findings) {
    const raw = read(name);
    if (raw === '')
        return fallback;
    const value = (0,parse/* parseBoolean */.yG)(raw);
    if (value === undefined)
        findings.problems.push(notBoolean(name, raw));
    return value ?? fallback;
}
function rangeText({ min, max }) {
    return max === undefined ? `from ${min}` : `from ${min} to ${max}`;
}
function inRange(value, { min, max }) {
    return value !== undefined && value >= min && (max === undefined || value <= max);
}
/** A number in the range, read by `parse`; the fallback when not set or not allowed. */
function readNumber(read, name, fallback, range, findings, parse, kind) {
    const raw = read(name);
    if (raw === '')
        return fallback;
    const value = parse(raw);
    if (inRange(value, range))
        return value;
    findings.problems.push(`${name}: "${raw}" is ${kind.not}. Allowed: ${kind.allowed} ${rangeText(range)}.`);
    return fallback;
}
/** Seconds, fractions allowed. */
function readSeconds(read, name, fallback, range, findings) {
    const kind = { not: 'not a number of seconds', allowed: 'a number' };
    return readNumber(read, name, fallback, range, findings, parse/* parseSeconds */.fL, kind);
}
function readWholeNumberInput(read, name, fallback, range, findings) {
    const kind = { not: 'not allowed', allowed: 'a whole number' };
    return readNumber(read, name, fallback, range, findings, parse/* parseWholeNumber */.oA, kind);
}

;// CONCATENATED MODULE: ./src/safety-settings.ts


const MAX_ATTEMPTS = { min: 1, max: 20 };
const REQUEST_TIMEOUT_SECONDS = { min: 0.1, max: 3600 };
function readSafetySettings(read, findings) {
    return {
        idempotency: readBooleanInput(read, 'idempotency', true, findings),
        maxAttempts: readWholeNumberInput(read, 'max-attempts', DEFAULT_MAX_ATTEMPTS, MAX_ATTEMPTS, findings),
        requestTimeoutSeconds: readSeconds(read, 'request-timeout', DEFAULT_REQUEST_TIMEOUT_SECONDS, REQUEST_TIMEOUT_SECONDS, findings),
    };
}

;// CONCATENATED MODULE: ./src/validate.ts


/** The fields DigiCert's table lists for this operation and product, or undefined when unknown. */
function applicableFields(operation, product) {
    if (operation === 'order')
        return product ? PRODUCTS[product].fields : undefined;
    if (operation === 'status')
        return STATUS_FIELDS;
    const table = { ...REISSUE_FIELDS };
    const family = product && PRODUCTS[product].family;
    if (family === 'code_signing')
        table['server-platform-id'] = 'required';
    // The page requires common_name; the sheet leaves it out for code and document signing orders.
    if (family === 'code_signing' || family === 'document_signing')
        table['common-name'] = 'optional';
    return table;
}
function checkRequired(table, { given }, subject, findings) {
    for (const [name, presence] of Object.entries(table)) {
        if (presence === 'required' && !given.has(name)) {
            findings.problems.push(`${name} is required for ${subject}.`);
        }
    }
}
const SIGNING_PRODUCTS = PRODUCT_IDS.filter((id) => PRODUCTS[id].family !== 'client_certificate');
/** common_name, required by the reissue page, unless the product is one the sheet exempts. */
function checkReissueRules(table, { given }, findings) {
    if (table['common-name'] === 'conditional' && !given.has('common-name')) {
        findings.problems.push(`common-name is required for a reissue, except of code and document signing orders: for those, give product (${SIGNING_PRODUCTS.join(', ')}) and it is optional.`);
    }
}
/** The rules of an order's parameter table that tie fields together. */
function checkOrderRules(product, fields, now, findings) {
    const rules = PRODUCTS[product];
    checkOrganization(fields, findings);
    checkValidity(product, rules, fields, now, findings);
    if (rules.family === 'code_signing')
        checkCodeSigning(product, fields, findings);
    if (rules.family === 'document_signing' &&
        fields.values['cs-provisioning-method'] === 'email' &&
        !fields.given.has('csr')) {
        findings.problems.push(`csr (or csr-file) is required for ${product} when cs-provisioning-method is email.`);
    }
}
function checkOrganization({ values, given }, findings) {
    const hasId = given.has('organization-id');
    const hasDetails = given.has('organization');
    if (hasId === hasDetails) {
        findings.problems.push('organization-id or organization: give exactly one, the id of an existing organization or the details of a new one.');
    }
    if (hasId && values['skip-duplicate-org-check'] !== undefined) {
        findings.warnings.push('skip-duplicate-org-check applies only with organization (new organization details); it is not sent.');
        delete values['skip-duplicate-org-check'];
    }
}
function checkValidity(product, rules, { values, given }, now, findings) {
    const years = values['validity-years'];
    const customDate = values['custom-expiration-date'];
    if (!given.has('validity-years') && !given.has('custom-expiration-date')) {
        findings.problems.push(`validity-years or custom-expiration-date is required for ${product}. Allowed validity-years: ${rules.validityYears.join(', ')}.`);
    }
    if (years !== undefined && !rules.validityYears.includes(years)) {
        findings.problems.push(`validity-years: ${years} is not allowed for ${product}. Allowed: ${rules.validityYears.join(', ')}.`);
    }
    let validityDays = years === undefined ? undefined : years * 365;
    if (customDate !== undefined) {
        const days = (0,parse/* daysAhead */.Vv)((0,parse/* parseIsoDate */.jT)(customDate), now);
        if (days <= 0) {
            findings.problems.push(`custom-expiration-date: ${customDate} is not in the future. Allowed: a date after today.`);
        }
        else if (rules.customExpirationLimitDays !== undefined && days >= rules.customExpirationLimitDays) {
            findings.problems.push(`custom-expiration-date: ${customDate} is ${days} days ahead. Allowed for ${product}: less than ${rules.customExpirationLimitDays} days ahead.`);
        }
        if (years !== undefined) {
            findings.warnings.push('custom-expiration-date overrides validity-years; DigiCert uses the date.');
        }
        validityDays = days;
    }
    const limit = rules.issuedValidityLimitDays;
    if (limit !== undefined && validityDays !== undefined && validityDays > limit) {
        findings.warnings.push(`The requested validity (about ${validityDays} days) exceeds DigiCert's current ${limit}-day limit for code signing certificates; the certificate will be valid for at most ${limit} days.`);
    }
}
function checkCodeSigning(product, { values, given }, findings) {
    const method = values['cs-provisioning-method'];
    // The EV-only parameters: the provisioning method decides whether server_platform is needed.
    if (PRODUCTS[product].fields['cs-provisioning-method']) {
        if (!given.has('cs-provisioning-method')) {
            findings.problems.push(`cs-provisioning-method is required for ${product}. Allowed: ship_token, client_app, email.`);
        }
        if ((method === undefined || method === 'client_app') && !given.has('server-platform-id')) {
            findings.problems.push(`server-platform-id is required for ${product} when cs-provisioning-method is client_app or not given.`);
        }
    }
    const csrReason = values['server-platform-id'] === SUN_JAVA_PLATFORM_ID
        ? `server-platform-id is ${SUN_JAVA_PLATFORM_ID} (Sun Java)`
        : method === 'email'
            ? 'cs-provisioning-method is email'
            : undefined;
    if (csrReason && !given.has('csr')) {
        findings.problems.push(`csr (or csr-file) is required for ${product} when ${csrReason}.`);
    }
}

;// CONCATENATED MODULE: ./src/pick-up-settings.ts

const PICK_UP_DEFAULTS = {
    waitTimeoutSeconds: 900,
    pollIntervalSeconds: 15,
};
/** Small enough for tests; production runs keep the defaults. */
const MIN_SECONDS = 0.1;
/** Below this the action warns: every pipeline of the account shares the key's rate limit. */
const GENTLE_POLL_INTERVAL_SECONDS = 5;
function readPickUpSettings(read, findings) {
    const waitForIssuance = readBooleanInput(read, 'wait-for-issuance', false, findings);
    const seconds = { min: MIN_SECONDS };
    const waitTimeoutSeconds = readSeconds(read, 'wait-timeout', PICK_UP_DEFAULTS.waitTimeoutSeconds, seconds, findings);
    const pollIntervalSeconds = readSeconds(read, 'poll-interval', PICK_UP_DEFAULTS.pollIntervalSeconds, seconds, findings);
    if (waitForIssuance && pollIntervalSeconds < GENTLE_POLL_INTERVAL_SECONDS) {
        findings.warnings.push(`poll-interval: ${pollIntervalSeconds} seconds is short. Every pipeline using this API key shares DigiCert's rate limit (1000 requests per 3 minutes); the default is ${PICK_UP_DEFAULTS.pollIntervalSeconds}.`);
    }
    return {
        waitForIssuance,
        waitTimeoutSeconds,
        pollIntervalSeconds,
        outputDir: read('output-dir') || process.env.RUNNER_TEMP || process.cwd(),
        folderPerOrder: read('output-dir') === '',
    };
}

;// CONCATENATED MODULE: ./src/inputs.ts








const BASE_URLS = {
    us: 'https://www.digicert.com/services/v2',
    eu: 'https://certcentral.digicert.eu/services/v2',
};
const OPERATIONS = ['order', 'reissue', 'status'];
const REGIONS = Object.keys(BASE_URLS);
const DEFAULT_SIGNATURE_HASH = 'sha256';
/** Reads every input, reporting all problems at once. */
async function readSettings(read, now = new Date()) {
    const findings = { problems: [], warnings: [] };
    const apiKey = read('api-key');
    if (!apiKey)
        findings.problems.push('api-key is required: your CertCentral API key, sent as X-DC-DEVKEY.');
    const operation = readChoice(read, 'operation', OPERATIONS, findings) ?? 'order';
    const dryRun = readBooleanInput(read, 'dry-run', false, findings);
    const baseUrl = readBaseUrl(read, findings);
    const product = readProduct(read, operation, findings);
    const orderId = readOrderId(read, operation, findings);
    const pickUp = readPickUpSettings(read, findings);
    const safety = readSafetySettings(read, findings);
    const table = applicableFields(operation, product);
    const fields = await readFields(read, operation, product, table, findings);
    if (table) {
        const subject = operation === 'order' ? `${product} orders` : 'a reissue';
        checkRequired(table, fields, subject, findings);
    }
    if (operation === 'order' && product)
        checkOrderRules(product, fields, now, findings);
    if (operation === 'reissue' && table)
        checkReissueRules(table, fields, findings);
    if (findings.problems.length > 0)
        return findings;
    return {
        ...findings,
        settings: { apiKey, baseUrl, operation, product, orderId, dryRun, fields: fields.values, pickUp, safety },
    };
}
function readBaseUrl(read, findings) {
    const region = readChoice(read, 'region', REGIONS, findings) ?? 'us';
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
    const raw = read('product');
    if (operation === 'status') {
        if (raw !== '')
            findings.warnings.push('product does not apply to operation status; it is ignored.');
        return undefined;
    }
    if (raw === '') {
        if (operation === 'order') {
            findings.problems.push(`product is required for an order. Allowed: ${PRODUCT_IDS.join(', ')}.`);
        }
        return undefined;
    }
    if (isProductId(raw))
        return raw;
    const suggestion = (0,parse/* closestMatch */.h0)(raw, PRODUCT_IDS);
    findings.problems.push(`product: "${raw}" is not a CertCentral product id.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Allowed: ${PRODUCT_IDS.join(', ')}.`);
    return undefined;
}
function readOrderId(read, operation, findings) {
    const raw = read('order-id');
    if (operation === 'order') {
        if (raw !== '')
            findings.warnings.push('order-id applies only to operations reissue and status; it is ignored.');
        return undefined;
    }
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
    const raws = new Map();
    for (const name of FIELD_NAMES) {
        const raw = name === 'csr' ? await readCsrText(read, findings) : read(name);
        if (raw !== '')
            raws.set(name, raw);
    }
    if (!raws.has('signature-hash') && (!table || table['signature-hash'])) {
        raws.set('signature-hash', DEFAULT_SIGNATURE_HASH);
    }
    const needsYaml = [...raws.keys()].some((name) => FIELDS[name].kind.startsWith('object'));
    const yaml = needsYaml ? await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)) : undefined;
    const context = {
        operation,
        findings,
        // Numbers and booleans stay typed, but a zip code 02134 is not sent as 2134.
        parseYaml: (text) => (0,parse/* keepWrittenText */.aG)(yaml?.parse(text), yaml?.parse(text, { schema: 'failsafe' })),
    };
    const values = {};
    const given = new Set();
    for (const [name, raw] of raws) {
        if (table && !table[name]) {
            const where = { order: `${product} orders`, reissue: 'a reissue', status: 'operation status' }[operation];
            findings.warnings.push(`${inputLabel(name)} does not apply to ${where}; it is not sent.`);
            continue;
        }
        given.add(name);
        const value = parseField(name, FIELDS[name], raw, context);
        if (value !== undefined)
            values[name] = value;
    }
    return { values, given };
}
function inputLabel(name) {
    return name === 'csr' ? 'csr (or csr-file)' : name;
}
async function readCsrText(read, findings) {
    const text = read('csr');
    const path = read('csr-file');
    if (text !== '' && path !== '') {
        findings.problems.push('csr and csr-file: give one of them, not both.');
        return text;
    }
    if (path === '')
        return text;
    try {
        return (await (0,promises_namespaceObject.readFile)(path, 'utf8')).trim();
    }
    catch (error) {
        findings.problems.push(`csr-file: cannot read "${path}" (${error.code ?? 'error'}). Allowed: a path to a PEM certificate request.`);
        return '';
    }
}
function parseField(name, spec, raw, context) {
    const problem = (text) => {
        context.findings.problems.push(`${inputLabel(name)}: ${text}`);
        return undefined;
    };
    switch (spec.kind) {
        case 'text': {
            const allowed = name === 'signature-hash' ? SIGNATURE_HASHES[context.operation] : spec.allowed;
            if (allowed && !allowed.includes(raw))
                return problem(`"${raw}" is not allowed. Allowed: ${allowed.join(', ')}.`);
            if (spec.maxLength !== undefined && raw.length > spec.maxLength) {
                return problem(`is ${raw.length} characters long. Allowed: at most ${spec.maxLength} characters.`);
            }
            if (spec.alphanumeric && !/^[A-Za-z0-9]+$/.test(raw)) {
                return problem(`"${raw}" is not alphanumeric. Allowed: letters A-Z and a-z and digits 0-9 only.`);
            }
            return raw;
        }
        case 'list':
        case 'email-list': {
            const items = (0,parse/* parseList */.E1)(raw);
            if (items.length === 0)
                return problem('holds no item. Allowed: a list separated by newlines or commas.');
            const invalid = spec.kind === 'email-list' ? items.filter((item) => !(0,parse/* isEmailAddress */.Z6)(item)) : [];
            if (invalid.length > 0)
                return problem(`not an e-mail address: ${quoteAll(invalid)}. Allowed: addresses such as name@example.com.`);
            return items;
        }
        case 'whole-number':
            return wholeNumber(raw, spec, problem);
        case 'whole-number-list': {
            const items = (0,parse/* parseList */.E1)(raw);
            if (items.length === 0)
                return problem('holds no item. Allowed: whole numbers separated by newlines or commas.');
            const numbers = items.map((item) => wholeNumber(item, spec, problem));
            return numbers.every((n) => n !== undefined) ? numbers : undefined;
        }
        case 'boolean':
            return (0,parse/* parseBoolean */.yG)(raw) ?? problem(notBoolean(name, raw).slice(name.length + 2));
        case 'flag-number': {
            const value = (0,parse/* parseBoolean */.yG)(raw);
            return value === undefined ? problem(notBoolean(name, raw).slice(name.length + 2)) : value ? 1 : 0;
        }
        case 'date':
            return (0,parse/* parseIsoDate */.jT)(raw) ? raw : problem(`"${raw}" is not a date. Allowed: a real date written yyyy-MM-dd.`);
        case 'csr':
            return (0,parse/* isPemCertificateRequest */.XH)(raw)
                ? raw.trim()
                : problem('is not a PEM certificate request. Allowed: text from -----BEGIN CERTIFICATE REQUEST----- to -----END CERTIFICATE REQUEST-----.');
        case 'object':
        case 'object-list': {
            let value;
            try {
                value = context.parseYaml(raw);
            }
            catch (error) {
                return problem(`is not valid YAML or JSON (${firstLine(error.message)}).`);
            }
            const check = OBJECT_CHECKS[name];
            return check ? check(value, problem) : undefined;
        }
    }
}
function wholeNumber(raw, spec, problem) {
    const value = (0,parse/* parseWholeNumber */.oA)(raw);
    if (value === undefined)
        return problem(`"${raw}" is not a whole number. Allowed: whole numbers from ${spec.min ?? 0}.`);
    if (spec.min !== undefined && value < spec.min)
        return problem(`${value} is too small. Allowed: whole numbers from ${spec.min}.`);
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
    const allowedText = `a mapping with ${required.join(', ')}${optional.length ? ` (and optionally ${optional.join(', ')})` : ''}`;
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
        const shipInfo = stringFields(value, SHIP_INFO_KEYS.required, SHIP_INFO_KEYS.optional, problem);
        if (shipInfo && !SHIP_METHODS.includes(shipInfo.method?.toUpperCase() ?? '')) {
            return problem(`method "${shipInfo.method}" is not allowed. Allowed: ${SHIP_METHODS.join(', ')} (any case).`);
        }
        return shipInfo;
    },
    subject: (value, problem) => {
        const subject = stringFields(value, SUBJECT_KEYS, [], problem);
        if (subject && !(0,parse/* isEmailAddress */.Z6)(subject.email ?? '')) {
            return problem(`email "${subject.email}" is not an e-mail address. Allowed: an address such as name@example.com.`);
        }
        return subject;
    },
    organization: (value, problem) => {
        if (!(0,parse/* isPlainObject */.Qd)(value) || Object.keys(value).length === 0) {
            return problem('is not a mapping of new organization details. Allowed: a YAML or JSON mapping such as {name: ..., address: ...}.');
        }
        if ('id' in value)
            return problem('holds an id. Allowed: new organization details; use organization-id for an existing organization.');
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

;// CONCATENATED MODULE: ./src/summary.ts
/** The job summary: what a release manager reads first, from the run's outputs. */

/** CertCentral's web pages for each region's API. */
const ORDER_PAGES = {
    [BASE_URLS.us]: 'https://www.digicert.com/secure/orders/',
    [BASE_URLS.eu]: 'https://certcentral.digicert.eu/secure/orders/',
};
/** The order's page in CertCentral; undefined for another base URL, such as the simulator. */
function orderPageUrl(baseUrl, orderId) {
    const pages = baseUrl === undefined ? undefined : ORDER_PAGES[baseUrl];
    return pages && /^\d+$/.test(orderId) ? `${pages}${orderId}` : undefined;
}
/** The table rows with a value, in a fixed order. */
function summaryRows(facts) {
    const { outputs } = facts;
    const orderId = outputs['order-id'] ?? '';
    const page = orderPageUrl(facts.baseUrl, orderId);
    const requestStatus = outputs['request-status'] ? ` (${outputs['request-status']})` : '';
    const request = outputs['request-id'] ? `${outputs['request-id']}${requestStatus}` : outputs['request-status'];
    const validity = outputs['valid-from'] || outputs['valid-till']
        ? `${outputs['valid-from'] || '?'} to ${outputs['valid-till'] || '?'}`
        : '';
    const files = [outputs['certificate-path'], outputs['chain-path']].filter(Boolean).join('\n');
    const rows = [
        ['Product', facts.product],
        ['Order ID', page ? { text: orderId, href: page } : orderId],
        ['Request', request],
        ['Order status', outputs['order-status']],
        ['Certificate ID', outputs['certificate-id']],
        ['Serial number', outputs['serial-number']],
        ['Thumbprint', outputs['thumbprint']],
        ['Validity', validity],
        ['Files written', files],
    ];
    return rows.filter((row) => Boolean(typeof row[1] === 'string' ? row[1] : row[1]?.text));
}
/** What to do after a failure with this title. */
function nextStep(title) {
    if (title === 'Invalid input')
        return 'Fix the inputs listed above and run again. Nothing was sent to CertCentral.';
    if (title === 'Not issued in time') {
        return 'The order is not lost: pick it up later with operation: status and the order ID above, as the message says.';
    }
    if (title === 'CertCentral request failed') {
        return "Look the HTTP status and DigiCert's error code up under Troubleshooting in the action's README. If the message says the request's fate is unknown, do the check it names before running again.";
    }
    if (/^Order /.test(title)) {
        return 'Open the order in CertCentral to see why. This order has no valid certificate; a new one needs a new order.';
    }
    return "Read the message above; the Troubleshooting section of the action's README explains the common failures.";
}
/** HTML for the step summary (GitHub renders it inside Markdown). */
function renderSummary(facts) {
    const title = facts.dryRun ? 'CertCentral: dry run, nothing was sent' : `CertCentral: ${facts.operation}`;
    const rows = summaryRows(facts)
        .map(([name, value]) => `<tr><th align="left">${summary_escape(name)}</th><td>${cell(value)}</td></tr>`)
        .join('');
    const parts = [`<h3>${summary_escape(title)}</h3>`];
    if (rows)
        parts.push(`<table>${rows}</table>`);
    if (facts.dryRun && facts.outputs['request-method'])
        parts.push(requestPreview(facts.outputs));
    parts.push(facts.failure
        ? `<p><strong>Failed: ${summary_escape(facts.failure.title)}</strong></p><pre>${summary_escape(facts.failure.message)}</pre>` +
            `\n<p>Next: ${summary_escape(nextStep(facts.failure.title))}</p>`
        : '<p>Succeeded.</p>');
    return `${parts.join('\n')}\n`;
}
function cell(value) {
    if (typeof value === 'string')
        return multiline(value);
    return `<a href="${summary_escape(value.href)}">${summary_escape(value.text)}</a>`;
}
function requestPreview(outputs) {
    const body = outputs['request-body'] ? `\n\n${JSON.stringify(JSON.parse(outputs['request-body']), null, 2)}` : '';
    const preview = `${outputs['request-method']} ${outputs['request-url']}\nX-DC-DEVKEY: ***${body}`;
    return `<p>The request it would send:</p><pre><code>${summary_escape(preview)}</code></pre>`;
}
function multiline(text) {
    return text.split('\n').map(summary_escape).join('<br>');
}
function summary_escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

;// CONCATENATED MODULE: ./src/main.ts










/** The action: read the inputs, then send the order or reissue and set the outputs. */
async function run() {
    const apiKey = getInput('api-key');
    // Masked before anything else can print it.
    if (apiKey)
        core_setSecret(apiKey);
    const keyWarning = shortKeyWarning(apiKey, 'api-key');
    if (keyWarning)
        core_warning(keyWarning);
    const outputs = {};
    let failure;
    const fail = (title, message) => {
        failure = { title, message: redact(message, apiKey) };
        error(failure.message, { title });
        process.exitCode = ExitCode.Failure;
    };
    let dryRun = false;
    let product = getInput('product');
    let baseUrl;
    try {
        const check = await readSettings((name) => getInput(name));
        for (const warning of check.warnings)
            core_warning(redact(warning, apiKey));
        if (!check.settings) {
            fail('Invalid input', `Invalid input; nothing was sent to CertCentral:\n- ${check.problems.join('\n- ')}`);
        }
        else {
            dryRun = check.settings.dryRun;
            product = check.settings.product ?? '';
            baseUrl = check.settings.baseUrl;
            const host = {
                info: (message) => info(message),
                warning: (message) => core_warning(message),
                debug: (message) => core_debug(message),
                setOutput: (name, value) => {
                    outputs[name] = value;
                    setOutput(name, value);
                },
                group: (title, work) => group(title, work),
                hints: ACTION_HINTS,
            };
            await execute(check.settings, host, { run: githubRun });
        }
    }
    catch (error) {
        fail(failureTitle(error), error instanceof Error ? error.message : String(error));
    }
    const summary = renderSummary({
        operation: getInput('operation') || 'order',
        product,
        dryRun,
        baseUrl,
        outputs,
        failure,
    });
    await writeSummary(redact(summary, apiKey));
}
function failureTitle(error) {
    if (error instanceof PickUpError)
        return error.title;
    if (error instanceof CertCentralError)
        return 'CertCentral request failed';
    return 'CertCentral action failed';
}
async function writeSummary(html) {
    // Outside a runner (a local run) there is no summary file.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await summary.addRaw(html).write();
    }
    catch (error) {
        core_warning(`The job summary could not be written: ${error.message}`);
    }
}


/***/ }),

/***/ 2828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Vv: () => (/* binding */ daysAhead),
/* harmony export */   XH: () => (/* binding */ isPemCertificateRequest),
/* harmony export */   Z6: () => (/* binding */ isEmailAddress),
/* harmony export */   aG: () => (/* binding */ keepWrittenText),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   h0: () => (/* binding */ closestMatch),
/* harmony export */   jT: () => (/* binding */ parseIsoDate),
/* harmony export */   oA: () => (/* binding */ parseWholeNumber),
/* harmony export */   uv: () => (/* binding */ BOOLEAN_VALUES),
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
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The candidate nearest to the word, if it is near enough to be a typo. */
function closestMatch(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const typed = word.toLowerCase();
    for (const candidate of candidates) {
        // A cut-off id ("client_premium") is as good as a one-letter typo.
        const distance = typed.length >= 4 && candidate.startsWith(typed) ? 1 : editDistance(typed, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
