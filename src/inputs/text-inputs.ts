/**
 * The text a paid order carries, checked before it is sent: no control characters (CR LF, escape sequences, U+0001)
 * and no characters that reorder or hide text (U+202E would show "Jane \u202efdp.exe" as "Jane exe.pdf"), and no
 * text longer than its field allows.
 */
import type { FieldSpec } from '../rules/fields.ts';

/** C0 and C1 controls and DEL; line breaks too, except in a multi-line message. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Bidirectional overrides, embeddings, isolates and marks, and zero-width characters. */
const REORDERING = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** The problems of a parsed input's texts, each naming where the text is: "subject.name", "item 2". */
export function textProblems(spec: FieldSpec, value: unknown): string[] {
  const problems: string[] = [];
  for (const { where, text, key } of texts(value)) {
    const named = where ? `${where} ` : '';
    const control = (spec.multiline ? CONTROL_BUT_LINE_BREAKS : CONTROL).exec(text);
    if (control) {
      problems.push(
        `${named}holds a control character (${codePoint(control[0])}). Allowed: printable text${spec.multiline ? ' and line breaks' : ', on one line'}.`,
      );
    }
    const reordering = REORDERING.exec(text);
    if (reordering) {
      problems.push(
        `${named}holds ${codePoint(reordering[0])}, a character that reorders or hides text, so what is shown differs from what is sent. Allowed: text without it.`,
      );
    }
    const max = (key !== undefined ? spec.keyMaxLength?.[key] : undefined) ?? spec.maxLength;
    if (max !== undefined && text.length > max) {
      problems.push(`${named}is ${text.length} characters long. Allowed: at most ${max} characters.`);
    }
  }
  return problems;
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

interface Text {
  /** Where the text is in the input: '' for the input itself, "item 2", "name", "organization_contact.email". */
  readonly where: string;
  readonly text: string;
  /** The top-level key it is under, in an object input. */
  readonly key?: string;
}

/** Every text in a value: itself, the items of a list, the values of an object (nested too), with where they are. */
function texts(value: unknown, path: readonly string[] = []): Text[] {
  if (typeof value === 'string') {
    const where = path
      .join('.')
      .replace(/^\[(\d+)\]\.?/, (_all, index: string) => `item ${Number(index) + 1} `)
      .trim();
    const key = path.find((part) => !part.startsWith('['));
    return [{ where, text: value, key }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, [...path, `[${index}]`]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, item]) => texts(item, [...path, name]));
  }
  return [];
}
