/**
 * The rule table says where each field comes from; these tests hold it to the pages: a field marked `page` is in one
 * of the family's parameter tables, `example` only in an example body, `sheet` in neither.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS, type FieldName } from '../src/rules/fields.ts';
import {
  PRODUCTS,
  REISSUE_FIELDS,
  reissueFieldsOf,
  type FieldRule,
  type FieldTable,
  type Presence,
  type Source,
} from '../src/rules/products.ts';
import { pageBodies, SEED_PAGES_DIR } from './helpers/seeds.ts';

const CURRENT_SHEET_PATH = resolve(SEED_PAGES_DIR, '../certcentral-2026.md');
const CURRENT_SHEET = existsSync(CURRENT_SHEET_PATH) ? readFileSync(CURRENT_SHEET_PATH, 'utf8') : '';

/** Where each page's request parameter table starts and ends. */
const TABLE_BOUNDS: Record<string, [RegExp, RegExp]> = {
  'order-code-signing.de-en.txt': [/^Request parameters$/m, /^Response parameters$/m],
  'order-code-signing.ko.txt': [/^요청 매개 변수$/m, /^응답 매개 변수$/m],
  'order-document-signing.fr.txt': [/^Paramètres de demande$/m, /^Paramètres de réponse$/m],
  'order-client-certificate.es.txt': [/^Nombre \| Solicitud\/opción/m, /^Nombre \| Tipo \| Descripción/m],
  'reissue-certificate.ru.txt': [/^Параметры запроса$/m, /^Параметры ответного сообщения$/m],
};

/** The words for required in the pages' tables: de-en, ko, fr, es, ru. */
const REQUIRED_WORDS = ['required', '필수', 'obligatoire', 'obligatorio', 'обязательный'];

/**
 * The dotted names of a page's parameter table (`certificate.server_platform.id` for `.. .. id` under them), each
 * with whether its row says required.
 */
function tableRows(file: string): Map<string, Presence> {
  const page = readFileSync(resolve(SEED_PAGES_DIR, file), 'utf8');
  const [start, end] = TABLE_BOUNDS[file] as [RegExp, RegExp];
  const from = page.search(start);
  const to = from + 1 + page.slice(from + 1).search(end);
  const rows = new Map<string, Presence>();
  const parents: string[] = [];
  for (const line of page.slice(from, to).split('\n').slice(1)) {
    // The pages indent with ".." and a space, sometimes a no-break space.
    const row = /^\|?\s*((?:\.\.\s)*)([a-z][a-z0-9_]*)\*?[\s|]+([^\s|*]+)/.exec(line);
    if (!row) continue;
    const depth = (row[1] as string).split('..').length - 1;
    parents.length = depth;
    const word = (row[3] as string).toLowerCase();
    rows.set([...parents, row[2]].join('.'), REQUIRED_WORDS.includes(word) ? 'required' : 'optional');
    parents.push(row[2] as string);
  }
  return rows;
}

function tableParameters(file: string): Set<string> {
  return new Set(tableRows(file).keys());
}

/** Every dotted key path of the page's example bodies. */
function examplePaths(file: string): Set<string> {
  const paths = new Set<string>();
  const walk = (value: unknown, prefix: string[]): void => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) {
      paths.add([...prefix, key].join('.'));
      walk(child, [...prefix, key]);
    }
  };
  for (const body of pageBodies(file)) walk(body, []);
  return paths;
}

/** `current` overrides a seed's table: the field is in it, and the table said what the rule records. */
function seedPresence(name: FieldName, files: readonly string[]): Presence | undefined {
  const path = FIELDS[name].path.join('.');
  return files.map((file) => tableRows(file).get(path)).find((presence) => presence !== undefined);
}

function sourceOnPages(name: FieldName, files: readonly string[]): Source {
  const path = FIELDS[name].path.join('.');
  if (files.some((file) => tableParameters(file).has(path))) return 'page';
  if (files.some((file) => examplePaths(file).has(path))) return 'example';
  return 'sheet';
}

const TABLES: [string, FieldTable, string[]][] = [
  ['code signing', PRODUCTS.code_signing.fields, ['order-code-signing.de-en.txt', 'order-code-signing.ko.txt']],
  ['EV code signing', PRODUCTS.code_signing_ev.fields, ['order-code-signing.de-en.txt', 'order-code-signing.ko.txt']],
  ['document signing', PRODUCTS.document_signing_org_1.fields, ['order-document-signing.fr.txt']],
  ['client certificates', PRODUCTS.client_premium_sha2.fields, ['order-client-certificate.es.txt']],
  ['reissue', REISSUE_FIELDS, ['reissue-certificate.ru.txt']],
  ['reissue of a client certificate', reissueFieldsOf('client_authentication_plus'), ['reissue-certificate.ru.txt']],
  ['reissue of code signing', reissueFieldsOf('code_signing'), ['reissue-certificate.ru.txt']],
  ['reissue of document signing', reissueFieldsOf('document_signing_org_1'), ['reissue-certificate.ru.txt']],
  ['reissue of a Secure Email certificate', reissueFieldsOf('secure_email_sponsor'), ['reissue-certificate.ru.txt']],
];

/** The section of certcentral-2026.md that starts with `## N. ` for `§N`. */
function sheetSection(section: string): string {
  const start = CURRENT_SHEET.indexOf(`\n## ${section.slice(1)}. `);
  const end = CURRENT_SHEET.indexOf('\n## ', start + 1);
  return start < 0 ? '' : CURRENT_SHEET.slice(start, end < 0 ? undefined : end);
}

describe.skipIf(!existsSync(SEED_PAGES_DIR))('the rule table names the source of each field truly', () => {
  it('reads the parameter tables of the pages', () => {
    const deEn = tableParameters('order-code-signing.de-en.txt');
    for (const name of ['certificate.server_platform.id', 'organization.skip_duplicate_org_check', 'ship_info.method'])
      expect(deEn.has(name), name).toBe(true);
    expect(deEn.has('comments')).toBe(false);
    expect(tableParameters('order-client-certificate.es.txt').has('custom_expiration_date')).toBe(true);
  });

  for (const [label, table, files] of TABLES) {
    it(`${label}: ${files.join(', ')}`, () => {
      // The organization object is in every table for its id; whether a page describes new details is prose.
      const fields = (Object.keys(table) as FieldName[]).filter((name) => name !== 'organization');
      // A rule DigiCert's current page changed is still in the seed's table: its source there is the page.
      // A field only DigiCert's current pages have is in none of the seed's tables or examples.
      const seedSource = { current: 'page', today: 'sheet' } as Partial<Record<Source, Source>>;
      const claimed = Object.fromEntries(
        fields.map((name) => [name, seedSource[table[name]?.from as Source] ?? table[name]?.from]),
      );
      const found = Object.fromEntries(fields.map((name) => [name, sourceOnPages(name, files)]));
      expect(claimed).toEqual(found);
      for (const name of fields.filter((field) => table[field]?.from === 'current')) {
        const rule = table[name] as FieldRule;
        expect(seedPresence(name, files), `${name}: what the seed's table says`).toBe(rule.overrides?.seed);
        expect(rule.presence, `${name}: changed by the current page`).not.toBe(rule.overrides?.seed);
        expect(CURRENT_SHEET, `${name}: the section of certcentral-2026.md`).toContain(
          `\n## ${rule.overrides?.section.slice(1)}. `,
        );
      }
    });
  }

  it("Secure Email: every field is from today's pages (certcentral-2026.md), or common to every order", () => {
    for (const product of ['secure_email_mailbox', 'secure_email_sponsor', 'secure_email_organization'] as const) {
      for (const [name, rule] of Object.entries(PRODUCTS[product].fields) as [FieldName, FieldRule][]) {
        expect(['today', 'sheet'], `${product} ${name}`).toContain(rule.from);
        if (rule.from !== 'today') continue;
        // The field's body name is in the section the rule names.
        const key = FIELDS[name].path.at(-1) as string;
        expect(sheetSection(rule.today?.section ?? ''), `${product} ${name}: ${key}`).toContain(key);
      }
    }
  });

  it("validity-days is from today's code signing page (§2): order_validity, in no seed", () => {
    const rule = PRODUCTS.code_signing.fields['validity-days'] as FieldRule;
    expect(rule.from).toBe('today');
    expect(sheetSection(rule.today?.section ?? '')).toContain('`order_validity` object at the request root');
  });

  it('reads whether a row says required, in each language', () => {
    expect(tableRows('order-code-signing.de-en.txt').get('cs_provisioning_method')).toBe('required');
    expect(tableRows('order-code-signing.ko.txt').get('cs_provisioning_method')).toBe('required');
    expect(tableRows('reissue-certificate.ru.txt').get('certificate.csr')).toBe('required');
    expect(tableRows('reissue-certificate.ru.txt').get('certificate.dns_names')).toBe('optional');
    expect(tableRows('order-client-certificate.es.txt').get('certificate.csr')).toBe('optional');
    expect(tableRows('order-document-signing.fr.txt').get('cs_provisioning_method')).toBe('optional');
  });
});
