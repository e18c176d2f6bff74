/** Parsers for input strings. Each returns undefined (or an error text) instead of throwing. */

/** Newline- or comma-separated; blanks dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
export const BOOLEAN_VALUES = [...TRUE_VALUES, ...FALSE_VALUES];

/** The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them. */
export function parseBoolean(raw: string): boolean | undefined {
  if (TRUE_VALUES.includes(raw)) return true;
  if (FALSE_VALUES.includes(raw)) return false;
  return undefined;
}

/**
 * An ID read from an answer: a positive safe integer, as a number or as canonical digits. Anything else (0, -5, 1e23,
 * "0012", 1.5) is undefined: such an ID is never put in a path or read back.
 */
export function positiveId(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^[1-9]\d*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 1 ? number : undefined;
}

export function parseWholeNumber(raw: string): number | undefined {
  if (!/^[+-]?\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A number of seconds such as 60, 2.5 or .5. */
export function parseSeconds(raw: string): number | undefined {
  return /^(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : undefined;
}

/** yyyy-MM-dd, a real calendar date, as midnight UTC. */
export function parseIsoDate(raw: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isRealDate = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isRealDate ? date : undefined;
}

const DAY_MS = 86_400_000;

/** Whole days from today (UTC) to the date. */
export function daysAhead(date: Date, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((date.getTime() - today) / DAY_MS);
}

/**
 * localhost, ::1 or an address in 127.0.0.0/8, as a URL's hostname gives them (IPv4 in canonical
 * form, IPv6 in brackets). Names that merely start with "127." are not loopback.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Text an HTTP header value can carry: tab, printable ASCII and Latin-1, no line breaks or control characters. */
export function isHeaderValue(text: string): boolean {
  return /^[\t\x20-\x7e\x80-\xff]*$/.test(text);
}

export function isEmailAddress(text: string): boolean {
  return /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>.]+$/.test(text);
}

const CSR_PEM =
  /^-----BEGIN (NEW )?CERTIFICATE REQUEST-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END (NEW )?CERTIFICATE REQUEST-----$/;

/** A PEM certificate request whose body is base64 of a DER SEQUENCE spanning it exactly. */
export function isPemCertificateRequest(text: string): boolean {
  const match = CSR_PEM.exec(text.trim());
  if (!match?.[2]) return false;
  const der = Buffer.from(match[2].replace(/\s/g, ''), 'base64');
  return der.length > 2 && der[0] === 0x30 && derLength(der) === der.length;
}

function derLength(der: Buffer): number | undefined {
  const first = der[1];
  if (first === undefined) return undefined;
  if (first < 0x80) return 2 + first;
  const octets = first & 0x7f;
  if (octets === 0 || octets > 4 || der.length < 2 + octets) return undefined;
  let length = 0;
  for (let i = 0; i < octets; i++) length = length * 256 + (der[2 + i] as number);
  return 2 + octets + length;
}

/**
 * A YAML value read with the core schema, where a number or boolean that would not print back as
 * written keeps the written text (from the failsafe reading): zip 02134 stays "02134", 1.50 stays
 * "1.50", while 12 and true stay a number and a boolean, and null stays null.
 */
export function keepWrittenText(core: unknown, written: unknown): unknown {
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
export function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** An object as JSON or YAML's core schema makes it: not an array, a Date, a Uint8Array, a Set or a Map. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Text, a finite number, a boolean, null, or lists and plain mappings of these: what JSON can carry as it is. */
export function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isPlainObject(value) && Object.values(value).every(isJsonValue);
}

/** The candidate nearest to the word, if it is near enough to be a typo. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
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
function closeness(typed: string, candidate: string): number {
  const lower = candidate.toLowerCase();
  if (typed === lower) return 0;
  if (sameWords(typed, lower)) return 0.5;
  if (typed.length >= 4 && lower.startsWith(typed)) return 1;
  return editDistance(typed, lower);
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .split(/[_\-\s.]+/)
      .filter(Boolean)
      .sort()
      .join(' ');
  return words(a) === words(b);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
