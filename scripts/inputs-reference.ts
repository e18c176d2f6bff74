/**
 * docs/inputs.md, generated from what the action itself reads: action.yml's inputs (names, descriptions, order),
 * the input defaults (src/inputs/defaults.ts), the operations of the inputs that are not body fields, and the rule
 * table (src/rules/products.ts, fields.ts), which says per product whether a field is required and where that comes
 * from. `npm run docs:inputs` writes it; a test fails when the page is not what this makes now.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, hasDefault } from '../src/inputs/defaults.ts';
import { INPUT_OPERATIONS } from '../src/inputs/readers.ts';
import { FIELD_NAMES, FIELDS, specOf, type FieldName } from '../src/rules/fields.ts';
import {
  PRODUCT_IDS,
  PRODUCTS,
  reissueFieldsOf,
  type FieldRule,
  type Presence,
  type ProductId,
} from '../src/rules/products.ts';
import { whereFieldApplies } from '../src/rules/validate.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const INPUTS_PAGE = join(ROOT, 'docs/inputs.md');

interface ActionInputs {
  readonly inputs: Record<string, { readonly description: string; readonly required?: boolean }>;
}

const SOURCE_WORDS: Record<FieldRule['from'], (rule: FieldRule) => string> = {
  page: () => "the product's parameter table",
  example: () => "the page's example body (its table is silent)",
  sheet: () => 'the API sheet, as common to every order',
  current: (rule) =>
    `DigiCert's current page (certcentral-2026.md ${rule.overrides?.section}), where the seed's table said ${rule.overrides?.seed}`,
  today: (rule) =>
    `DigiCert's current page (certcentral-2026.md ${rule.today?.section})${rule.today?.basis ? `: ${rule.today.basis}` : ''}`,
};

/** The kind of value an input takes, in words. */
function valueWords(name: FieldName): string {
  const spec = specOf(name);
  const allowed = spec.allowed ? `: ${spec.allowed.map((value) => `\`${value}\``).join(', ')}` : '';
  const range =
    spec.min === undefined ? '' : spec.max === undefined ? ` from ${spec.min}` : `, ${spec.min} to ${spec.max}`;
  const words: Record<string, string> = {
    text: `text${allowed}`,
    list: `a list, separated by newlines or commas${allowed}`,
    'email-list': 'e-mail addresses, separated by newlines or commas',
    'whole-number': `a whole number${range}`,
    'whole-number-list': `whole numbers${range}, separated by newlines or commas`,
    boolean: '`true` or `false`',
    'flag-number': '`true`/`1` (sends 1) or `false`/`0` (sends 0)',
    object: 'a YAML or JSON mapping',
    'object-list': 'a YAML or JSON list of mappings',
    date: 'a date, `yyyy-MM-dd`',
    csr: 'a PEM certificate request',
  };
  return words[spec.kind] ?? spec.kind;
}

/** "required for a, b; optional for c (source)", one line per presence and source. */
function orderRules(name: FieldName): string[] {
  const groups = new Map<string, ProductId[]>();
  for (const product of PRODUCT_IDS) {
    const rule = PRODUCTS[product].fields[name];
    if (!rule) continue;
    const key = `${rule.presence}\u0000${SOURCE_WORDS[rule.from](rule)}`;
    groups.set(key, [...(groups.get(key) ?? []), product]);
  }
  return [...groups].map(([key, products]) => {
    const [presence, source] = key.split('\u0000') as [Presence, string];
    return `- Orders of ${products.map((id) => `\`${id}\``).join(', ')}: ${presenceWords(presence)}; from ${source}.`;
  });
}

function reissueRules(name: FieldName): string[] {
  const families: [string, ProductId | undefined][] = [
    ['code signing', 'code_signing'],
    ['document signing', 'document_signing_org_1'],
    ['client certificate', 'client_authentication_plus'],
    ['Secure Email', 'secure_email_mailbox'],
    ['an order whose product is not known yet', undefined],
  ];
  return families.flatMap(([words, product]) => {
    const rule = reissueFieldsOf(product)[name];
    if (!rule) return [];
    const of = product ? `Reissues of ${words} orders` : `Reissues of ${words}`;
    return [`- ${of}: ${presenceWords(rule.presence)}; from ${SOURCE_WORDS[rule.from](rule)}.`];
  });
}

function presenceWords(presence: Presence): string {
  return presence === 'conditional' ? 'conditional (see the description)' : presence;
}

function defaultWords(name: string): string {
  return hasDefault(name) ? `Default: \`${INPUT_DEFAULTS[name]}\`. ` : '';
}

function fieldEntry(name: FieldName, description: string): string {
  const path = FIELDS[name].path.join('.');
  const lines = [
    `### \`${name}\``,
    '',
    `${defaultWords(name)}Sent as \`${path}\`: ${valueWords(name)}. Applies to ${whereFieldApplies(name)}.`,
    '',
    description,
    '',
    ...orderRules(name),
    ...reissueRules(name),
  ];
  return lines.join('\n');
}

function settingEntry(name: string, description: string, required: boolean): string {
  const operations = (INPUT_OPERATIONS as Readonly<Record<string, readonly string[]>>)[name];
  const applies = operations ? `Applies to operations ${operations.join(', ')}. ` : '';
  return [
    `### \`${name}\``,
    '',
    `${required ? 'Required. ' : ''}${defaultWords(name)}${applies}`.trim(),
    '',
    description,
  ].join('\n');
}

/** The whole page, as the files are now, formatted as the repository's Prettier settings write Markdown. */
export async function inputsReference(): Promise<string> {
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(INPUTS_PAGE);
  return prettier.format(inputsText(), { ...options, filepath: INPUTS_PAGE });
}

function inputsText(): string {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionInputs;
  const settings: string[] = [];
  const fields: string[] = [];
  for (const [name, input] of Object.entries(action.inputs)) {
    const description = input.description.trim();
    if ((FIELD_NAMES as readonly string[]).includes(name)) fields.push(fieldEntry(name as FieldName, description));
    else if (name === 'csr-file') fields.push(fieldEntry('csr', description).replace('### `csr`', '### `csr-file`'));
    else settings.push(settingEntry(name, description, input.required === true));
  }
  return `${[
    '# Inputs reference',
    '',
    '<!-- Generated by `npm run docs:inputs` from action.yml, src/inputs/defaults.ts and the rule table',
    '     (src/rules/products.ts, src/rules/fields.ts). Do not edit: a test compares it with a fresh generation. -->',
    '',
    'Every input of the action, in the order of `action.yml`. The command line takes the same names as flags',
    '(`--product`, `--validity-days`, …). Lists are separated by newlines or commas; mappings are YAML or JSON; booleans',
    'are `true` or `false`; numbers are whole numbers unless a range says otherwise.',
    '',
    'An input written for a product or operation it does not apply to fails the step before anything is sent, with a',
    'message naming where it applies: nothing you write is dropped. An input left at its default counts as not',
    'written. With `operation: status` no request field applies.',
    '',
    'Request fields are sent only when their input is set, except `signature-hash`, which is always sent with the',
    'orders and reissues that take it. For each field, the lines under it say, per product, whether it is required',
    'and where that rule comes from: the seed pages of DigiCert (their parameter table or example body), the API',
    "sheet, or DigiCert's pages as they are today (`certcentral-2026.md`), which win where they differ.",
    '',
    '## Settings',
    '',
    settings.join('\n\n'),
    '',
    '## Request fields',
    '',
    fields.join('\n\n'),
  ].join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(INPUTS_PAGE, await inputsReference());
  console.log(`wrote ${INPUTS_PAGE}`);
}
