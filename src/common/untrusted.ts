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
export const SHOWN_MAX = 500;

const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
/** C0 (but tab) and C1 controls, DEL, and the characters that reorder or hide text (bidi controls and marks). */
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

function escaped(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Server text as it may appear in a log line, an annotation, an error message or the summary. */
export function shown(text: string): string {
  const flat = text.replace(LINE_BREAKS, '\\n').replace(HIDDEN, escaped).replace(/::/g, ': :').replace(/##\[/g, '## [');
  return flat.length > SHOWN_MAX ? `${flat.slice(0, SHOWN_MAX)}…` : flat;
}

/**
 * Every message a face prints, whatever its source: CRLF and CR become LF, no line starts with `::` (even after
 * spaces), `##[` is broken apart, and control characters other than the line break are escaped.
 */
export function printable(message: string): string {
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
export function printableJson(value: unknown): string {
  const unicodeEscape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return JSON.stringify(value, null, 2).replace(HIDDEN, unicodeEscape).replace(/##\[/g, '#\\u0023[');
}
