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

/** One character of the text as a server meant it, and where it stands in the text. */
interface Unit {
  readonly char: string;
  readonly start: number;
  readonly end: number;
}

/** A form of the key to look for, and the shortest run of it that gives the key away. */
interface Target {
  readonly text: string;
  readonly minRun: number;
  readonly ignoreCase: boolean;
}

let cached: { readonly secret: string; readonly targets: readonly Target[] } | undefined;

export function redact(text: string, secret: string): string {
  if (!secret || !text) return text;
  if (cached?.secret !== secret) cached = { secret, targets: targetsOf(secret) };
  const units = decodedUnits(text);
  const spans: [number, number][] = [];
  for (const target of cached.targets) spans.push(...findRuns(units, target));
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

function targetsOf(secret: string): Target[] {
  const key = secret.replace(/\s/g, '');
  const keyRun = Math.min(MIN_RUN, key.length);
  const bytes = Buffer.from(key, 'utf8');
  const targets: Target[] = [{ text: key.toLowerCase(), minRun: keyRun, ignoreCase: true }];
  // The encoded forms of a key of a few characters would mask ordinary words; real keys are far longer.
  if (keyRun < MIN_ENCODED_KEY) return targets;
  targets.push({ text: bytes.toString('hex'), minRun: 2 * keyRun, ignoreCase: true });
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
    targets.push({ text: core, minRun, ignoreCase: false });
    const urlSafe = core.replace(/\+/g, '-').replace(/\//g, '_');
    if (urlSafe !== core) targets.push({ text: urlSafe, minRun, ignoreCase: false });
  }
  return targets;
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

/** The text's characters with JSON (`\uXXXX`, `\n`) and URL (`%XX`) escapes decoded; whitespace left out. */
function decodedUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < text.length;) {
    let char = text[i] as string;
    let length = 1;
    const next = text[i + 1];
    if (char === '\\' && next !== undefined) {
      const hex = /^u([0-9a-fA-F]{4})/.exec(text.slice(i + 1, i + 6));
      if (hex) {
        char = String.fromCharCode(parseInt(hex[1] as string, 16));
        length = 6;
      } else if (JSON_ESCAPES[next] !== undefined) {
        char = JSON_ESCAPES[next];
        length = 2;
      }
    } else if (char === '%') {
      const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(i + 1, i + 3));
      if (hex) {
        char = String.fromCharCode(parseInt(hex[0], 16));
        length = 3;
      }
    }
    if (!/\s/.test(char)) units.push({ char, start: i, end: i + length });
    i += length;
  }
  return units;
}

/** The text spans of every run of at least target.minRun units that matches consecutive characters of the target. */
function findRuns(units: readonly Unit[], target: Target): [number, number][] {
  const spans: [number, number][] = [];
  const at = (index: number) => {
    const char = (units[index] as Unit).char;
    return target.ignoreCase ? char.toLowerCase() : char;
  };
  for (let i = 0; i < units.length;) {
    let longest = 0;
    for (let start = target.text.indexOf(at(i)); start >= 0; start = target.text.indexOf(at(i), start + 1)) {
      let length = 1;
      while (i + length < units.length && target.text[start + length] === at(i + length)) length++;
      longest = Math.max(longest, length);
    }
    if (longest >= target.minRun) {
      spans.push([(units[i] as Unit).start, (units[i + longest - 1] as Unit).end]);
      i += longest;
    } else {
      i++;
    }
  }
  return spans;
}
