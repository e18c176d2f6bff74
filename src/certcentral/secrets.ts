/**
 * Removes the API key from a text in every form a server could echo it in: as is, in any case, JSON-
 * or URL-escaped, base64 or hex, broken by whitespace, or any run of MIN_RUN or more of its characters
 * (a prefix or suffix a server cut it to). Each run found becomes `***`.
 */

/** Runs of the key this long or longer are hidden; a shorter key is hidden whole. */
export const MIN_RUN = 12;
const MASK = '***';
/** Keys shorter than this (only in tests) are looked for as is, not encoded. */
const MIN_ENCODED_KEY = 8;

/** A form of the key to look for, and the shortest run of it that gives the key away. */
interface Target {
  /** ASCII letters in lower case when the form ignores case. */
  readonly text: string;
  readonly minRun: number;
  readonly ignoreCase: boolean;
  /** Where each run of minRun characters starts in the form. */
  readonly runs: ReadonlyMap<string, readonly number[]>;
  /** The characters of the form: a window whose last character is not one of them holds no run. */
  readonly alphabet: ReadonlySet<number>;
}

let cached: { readonly secret: string; readonly targets: readonly Target[] } | undefined;

function targetsFor(secret: string): readonly Target[] {
  if (cached?.secret !== secret) cached = { secret, targets: targetsOf(secret) };
  return cached.targets;
}

/** Linear in the text's length, in time and in memory (the text decoded, and where each character came from). */
export function redact(text: string, secret: string): string {
  if (!secret || !text) return text;
  return mayHoldRun(text, targetsFor(secret)) ? redactDecoded(text, secret) : text;
}

/**
 * What redact does for a text that may hold the key: decodes it character by character, keeping where each decoded
 * character came from, and masks every run found. Exported for the test that compares it with redact.
 */
export function redactDecoded(text: string, secret: string): string {
  const decoded = decode(text);
  const spans: [number, number][] = [];
  for (const target of targetsFor(secret)) spans.push(...findRuns(decoded, target));
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let clean = '';
  let at = -1;
  for (const [start, end] of spans) {
    // Overlapping or touching runs (the key and its hex, say) make one mask.
    if (start > at) clean += `${text.slice(Math.max(at, 0), start)}${MASK}`;
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
function mayHoldRun(text: string, targets: readonly Target[]): boolean {
  if (text.includes('\\') || text.includes('%')) return true;
  const chars = text.replace(WHITESPACE, '');
  let lowered: string | undefined;
  return targets.some((target) => {
    const searched = target.ignoreCase ? (lowered ??= asciiLower(chars)) : chars;
    for (const window of target.runs.keys()) if (searched.includes(window)) return true;
    return false;
  });
}

function targetsOf(secret: string): Target[] {
  const key = secret.replace(/\s/g, '');
  const keyRun = Math.min(MIN_RUN, key.length);
  const bytes = Buffer.from(key, 'utf8');
  const targets: Target[] = [target(key, keyRun, true)];
  // The encoded forms of a key of a few characters would mask ordinary words; real keys are far longer.
  if (keyRun < MIN_ENCODED_KEY) return targets;
  targets.push(target(bytes.toString('hex'), 2 * keyRun, true));
  // The key inside a longer base64 text starts at any of three offsets of a 3-byte group; only the
  // characters that depend on the key's bytes alone are looked for.
  const base64Run = Math.ceil((4 * keyRun) / 3) - 1;
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const first = offset === 0 ? 0 : offset + 1;
    const last = Math.floor(((offset + bytes.length) * 4) / 3);
    const core = encoded.slice(first, last);
    if (core.length === 0) continue;
    const minRun = Math.max(1, Math.min(base64Run, core.length));
    targets.push(target(core, minRun, false));
    const urlSafe = core.replace(/\+/g, '-').replace(/\//g, '_');
    if (urlSafe !== core) targets.push(target(urlSafe, minRun, false));
  }
  return targets;
}

function target(form: string, minRun: number, ignoreCase: boolean): Target {
  const text = ignoreCase ? asciiLower(form) : form;
  const runs = new Map<string, number[]>();
  for (let start = 0; start + minRun <= text.length; start++) {
    const run = text.slice(start, start + minRun);
    runs.set(run, [...(runs.get(run) ?? []), start]);
  }
  const alphabet = new Set([...text].map((char) => char.charCodeAt(0)));
  return { text, minRun, ignoreCase, runs, alphabet };
}

/** A-Z as a-z, and nothing else: the text keeps its length, so positions stay where they were. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

const JSON_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** The text as a server meant it: JSON (`\uXXXX`, `\n`) and URL (`%XX`) escapes decoded, whitespace left out. */
interface Decoded {
  readonly chars: string;
  /** Where each decoded character starts and ends in the text. */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

function decode(text: string): Decoded {
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
      if (length > 1) code = escapedCode(text, i, length);
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
function fromCodes(codes: Uint16Array, count: number): string {
  let chars = '';
  for (let from = 0; from < count; from += 8192) {
    chars += String.fromCharCode(...codes.subarray(from, Math.min(from + 8192, count)));
  }
  return chars;
}

const BACKSLASH = 0x5c;
const PERCENT = 0x25;

/** How many characters the escape at `i` takes: 6 (`\uXXXX`), 2 (`\n`…), 3 (`%XX`), or 1 for no escape. */
function escapeLength(text: string, i: number): number {
  if (text.charCodeAt(i) === BACKSLASH && i + 1 < text.length) {
    const next = text[i + 1] as string;
    if (next === 'u' && isHex(text, i + 2, 4)) return 6;
    if (JSON_ESCAPES[next] !== undefined) return 2;
    return 1;
  }
  return text.charCodeAt(i) === PERCENT && isHex(text, i + 1, 2) ? 3 : 1;
}

/** The character an escape of that length stands for (its UTF-16 code). */
function escapedCode(text: string, i: number, length: number): number {
  if (length === 6) return parseInt(text.slice(i + 2, i + 6), 16);
  if (length === 3) return parseInt(text.slice(i + 1, i + 3), 16);
  return (JSON_ESCAPES[text[i + 1] as string] as string).charCodeAt(0);
}

function isHex(text: string, from: number, length: number): boolean {
  if (from + length > text.length) return false;
  for (let i = from; i < from + length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) return false;
  }
  return true;
}

/** What \s matches, and U+0085 (NEL). */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The spans of the text of every run of at least target.minRun decoded characters that matches consecutive
 * characters of the target: a window of minRun characters is looked up among the target's, then the match grows.
 */
function findRuns({ chars, starts, ends }: Decoded, target: Target): [number, number][] {
  const text = target.ignoreCase ? asciiLower(chars) : chars;
  const spans: [number, number][] = [];
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
      while (i + length < text.length && target.text[start + length] === text[i + length]) length++;
      longest = Math.max(longest, length);
    }
    if (longest === 0) {
      i++;
      continue;
    }
    spans.push([starts[i] as number, ends[i + longest - 1] as number]);
    i += longest;
  }
  return spans;
}
