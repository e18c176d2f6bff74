/**
 * README.md and action.yml tell the same story: the same inputs and outputs, with the same defaults, and examples
 * (in the README and in .github/workflows) that use only inputs and outputs the action has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIELD_NAMES } from '../src/rules/fields.ts';
import { INPUT_DEFAULTS } from '../src/inputs/defaults.ts';
import { FLAG_NAMES, USAGE } from '../src/cli/args.ts';
import { PRODUCT_IDS, PRODUCTS, reissueFieldsOf, type ProductId } from '../src/rules/products.ts';
import { inputsReference } from '../scripts/inputs-reference.ts';
import { runChecked } from './helpers/action.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface ActionMetadata {
  readonly inputs: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  readonly outputs: Record<string, { description?: string }>;
}

const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata;
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const INPUTS_REFERENCE = readFileSync(join(ROOT, 'docs/inputs.md'), 'utf8');
const DOCS = readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name: `docs/${name}`, text: readFileSync(join(ROOT, 'docs', name), 'utf8') }));
const WORKFLOWS = readdirSync(join(ROOT, '.github/workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(ROOT, '.github/workflows', name), 'utf8') }));

/** The text under the one `## title` heading, up to the next `## ` heading. */
function section(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const starts = lines.flatMap((line, index) => (line.trim() === `## ${title}` ? [index] : []));
  if (starts.length !== 1) throw new Error(`README.md has ${starts.length} "## ${title}" headings; expected 1`);
  const start = starts[0] as number;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The rows of the one table in a section, as objects keyed by the header's cells. */
function tableRows(text: string, where: string): Record<string, string>[] {
  const blocks = text
    .split(/\n(?!\|)/)
    .map((block) => block.trim())
    .filter((block) => block.startsWith('|'));
  if (blocks.length !== 1) throw new Error(`${where} has ${blocks.length} tables; expected 1`);
  const [header, separator, ...rows] = (blocks[0] as string).split('\n').map(cells);
  expect(
    separator?.every((cell) => /^:?-+:?$/.test(cell)),
    `${where}: header separator`,
  ).toBe(true);
  return rows.map((row) => Object.fromEntries((header as string[]).map((name, index) => [name, row[index] ?? ''])));
}

/** A table line's cells, trimmed; `\|` inside a cell is a literal bar. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** `name` → name; a cell that is not one code span stays as it is, so that the comparison shows it. */
function unquote(cell: string): string {
  return /^`([^`]*)`$/.exec(cell)?.[1] ?? cell;
}

function documented(title: 'Outputs', nameColumn: string): Map<string, Record<string, string>> {
  const rows = tableRows(section(README, title), `README.md "## ${title}"`);
  const names = rows.map((row) => unquote(row[nameColumn] ?? ''));
  expect(
    names.filter((name, index) => names.indexOf(name) !== index),
    `duplicate ${title} rows`,
  ).toEqual([]);
  return new Map(rows.map((row, index) => [names[index] as string, row]));
}

function missing(from: Iterable<string>, present: Iterable<string>): string[] {
  const have = new Set(present);
  return [...from].filter((name) => !have.has(name));
}

describe('README.md, docs/inputs.md and action.yml', () => {
  const readmeOutputs = () => documented('Outputs', 'Output');
  const actionInputs = Object.keys(ACTION.inputs);
  const actionOutputs = Object.keys(ACTION.outputs);
  /** The inputs docs/inputs.md has an entry for, in its order. */
  const referenceInputs = () => [...INPUTS_REFERENCE.matchAll(/^### `([\w-]+)`$/gm)].map(([, name]) => name as string);

  it('docs/inputs.md is what `npm run docs:inputs` makes from the files as they are now', async () => {
    expect(INPUTS_REFERENCE).toBe(await inputsReference());
  });

  it('docs/inputs.md has an entry for each input of action.yml, and for no other', () => {
    expect(referenceInputs().sort()).toEqual([...actionInputs].sort());
  });

  it('the README links the inputs reference, and keeps no inputs table of its own', () => {
    expect(README).toContain('(docs/inputs.md)');
    expect(README).not.toMatch(/^## Inputs$/m);
  });

  it('document every output on both sides', () => {
    expect(missing(actionOutputs, readmeOutputs().keys()), 'outputs of action.yml missing from README.md').toEqual([]);
    expect(missing(readmeOutputs().keys(), actionOutputs), 'outputs in README.md missing from action.yml').toEqual([]);
  });

  it('describe every input and output', () => {
    const outputs = readmeOutputs();
    for (const [name, input] of Object.entries(ACTION.inputs)) {
      expect(input.description?.trim(), `action.yml inputs.${name}.description`).toBeTruthy();
    }
    for (const [name, output] of Object.entries(ACTION.outputs)) {
      expect(output.description?.trim(), `action.yml outputs.${name}.description`).toBeTruthy();
      expect(outputs.get(name)?.Description, `README.md output ${name}`).toBeTruthy();
    }
  });
});

describe('what each input applies to', () => {
  /** The entry of one input in docs/inputs.md. */
  function entry(name: string): string {
    const start = INPUTS_REFERENCE.indexOf(`\n### \`${name}\`\n`);
    const end = INPUTS_REFERENCE.indexOf('\n### ', start + 1);
    return INPUTS_REFERENCE.slice(start, end === -1 ? undefined : end);
  }

  it('docs/inputs.md names, for every request field, exactly the products whose table lists it, with each presence', () => {
    for (const name of FIELD_NAMES) {
      const lines = entry(name)
        .split('\n')
        .filter((line) => line.startsWith('- Orders of '));
      const named = lines.flatMap((line) => [...line.split(':')[0]!.matchAll(/`([\w]+)`/g)].map(([, id]) => id));
      const taking = PRODUCT_IDS.filter((id) => PRODUCTS[id].fields[name]);
      expect(named.sort(), name).toEqual([...taking].sort());
      for (const id of taking) {
        const line = lines.find((candidate) => candidate.split(':')[0]!.includes(`\`${id}\``));
        expect(line, `${name} ${id}`).toContain(`: ${PRODUCTS[id].fields[name]?.presence}`);
      }
    }
  });

  it('docs/inputs.md says which reissues take each request field', () => {
    const families: [string, ProductId][] = [
      ['code signing', 'code_signing'],
      ['document signing', 'document_signing_org_1'],
      ['client certificate', 'client_authentication_plus'],
      ['Secure Email', 'secure_email_mailbox'],
    ];
    for (const name of FIELD_NAMES) {
      for (const [words, product] of families) {
        expect(entry(name).includes(`- Reissues of ${words} orders: `), `${name}: ${words}`).toBe(
          reissueFieldsOf(product)[name] !== undefined,
        );
      }
    }
  });

  it('the action counts an input as not written exactly when it holds its action.yml default', () => {
    const defaults = Object.fromEntries(
      Object.entries(ACTION.inputs).flatMap(([name, input]) =>
        input.default === undefined ? [] : [[name, String(input.default)]],
      ),
    );
    expect(INPUT_DEFAULTS).toEqual(defaults);
  });

  it('the CLI help shows each default of the table, and no other', () => {
    const lines = USAGE.split('\n');
    for (const name of FLAG_NAMES) {
      // The flag's row and the lines its description wraps onto.
      const start = lines.findIndex((line) => line.startsWith(`  --${name} `));
      const end = lines.findIndex((line, index) => index > start && !/^ {5,}\S/.test(line));
      const row = lines.slice(start, end).join(' ').replace(/\s+/g, ' ');
      const shown = /\(default ([^)]+)\)/.exec(row)?.[1];
      expect(shown, `--${name}`).toBe((INPUT_DEFAULTS as Record<string, string>)[name]);
    }
  });
});

/** A step that runs this action: `uses: ./`, or `uses: <owner>/certcentral-order-action@<ref>`. */
interface ActionStep {
  readonly id?: string;
  readonly uses: string;
  readonly with?: Record<string, unknown>;
  readonly 'continue-on-error'?: boolean;
}

function isActionStep(value: unknown): value is ActionStep {
  const uses = (value as { uses?: unknown } | null)?.uses;
  return typeof uses === 'string' && (uses === './' || /^[\w.-]+\/certcentral-order-action@[\w./-]+$/.test(uses));
}

/** Every step of this action anywhere in a parsed YAML document. */
function actionSteps(value: unknown): ActionStep[] {
  if (isActionStep(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(actionSteps);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(actionSteps);
  return [];
}

/** A Markdown page's yaml code blocks, also those indented in a list, without their indentation. */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^( *)```ya?ml\n([\s\S]*?)^\1```$/gm)].map(([, indent = '', body = '']) =>
    body
      .split('\n')
      .map((line) => line.slice(indent.length))
      .join('\n'),
  );
}

const EXAMPLES = [
  ...[{ name: 'README.md', text: README }, ...DOCS].flatMap(({ name, text }) =>
    yamlBlocks(text).map((block, index) => ({ where: `${name} yaml block ${index + 1}`, text: block })),
  ),
  ...WORKFLOWS.map(({ name, text }) => ({ where: `.github/workflows/${name}`, text })),
];

describe('examples in README.md, docs/ and .github/workflows', () => {
  it('include steps that run this action', () => {
    expect(EXAMPLES.flatMap(({ text }) => actionSteps(parse(text))).length).toBeGreaterThan(5);
  });

  it.each(EXAMPLES)('$where uses only inputs and outputs the action has', ({ where, text }) => {
    const steps = actionSteps(parse(text));
    for (const step of steps) {
      const given = Object.keys(step.with ?? {});
      expect(missing(given, Object.keys(ACTION.inputs)), `${where}: unknown inputs of step ${step.id}`).toEqual([]);
      const required = Object.keys(ACTION.inputs).filter((name) => ACTION.inputs[name]?.required);
      expect(missing(required, given), `${where}: required inputs of step ${step.id}`).toEqual([]);
    }
    const ids = new Set(steps.flatMap((step) => (step.id ? [step.id] : [])));
    const outputsUsed = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
      .filter(([, id]) => ids.has(id as string))
      .map(([, , name]) => name as string);
    expect(missing(outputsUsed, Object.keys(ACTION.outputs)), `${where}: unknown outputs`).toEqual([]);
  });
});

describe('the CI dry-run job', () => {
  const ci = WORKFLOWS.find(({ name }) => name === 'ci.yml');
  const steps = actionSteps(parse(ci?.text ?? '')).filter((step) => step.uses === './');

  it('runs the action with uses: ./ in a dry run', () => {
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.with?.['dry-run']).toBe(true);
  });

  it.each(steps.map((step) => [step.id, step] as const))(
    'step %s does what the job expects of dist/index.js',
    async (_id, step) => {
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, String(value)]));
      const result = await runChecked(inputs);
      expect(result.code).toBe(step['continue-on-error'] ? 1 : 0);
      if (result.code === 0) expect(result.outputs['request-method']).toBe('POST');
    },
  );
});

describe('the workflows', () => {
  const parsed = WORKFLOWS.map(({ name, text }) => ({
    name,
    text,
    jobs: (parse(text) as { jobs: Record<string, { 'runs-on': unknown; strategy?: unknown; steps: WorkflowStep[] }> })
      .jobs,
  }));

  it('pin every third-party action by commit SHA, with its version in a comment', () => {
    for (const { name, text } of WORKFLOWS) {
      const uses = [...text.matchAll(/^\s*-? *uses: ([^\s#]+)(.*)$/gm)].filter(
        ([, action]) => !action?.startsWith('./'),
      );
      for (const [line, action, comment] of uses) {
        expect(action, `${name}: ${line}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(comment, `${name}: ${line}`).toMatch(/^ # v\d+\.\d+\.\d+$/);
      }
    }
  });

  it('set up Node 24, except to try an older Node on purpose', () => {
    for (const { name, jobs } of parsed) {
      for (const [id, job] of Object.entries(jobs)) {
        const versions = job.steps
          .filter((step) => step.uses?.startsWith('actions/setup-node@'))
          .map((step) => step.with?.['node-version']);
        if (versions.length > 0) expect(versions[0], `${name} ${id}`).toBe(24);
        if (id !== 'older-node')
          expect(
            versions.every((version) => version === 24),
            `${name} ${id}`,
          ).toBe(true);
      }
    }
  });

  const ci = parsed.find(({ name }) => name === 'ci.yml');
  it.each(['end-to-end', 'dry-run'])('ci.yml runs %s on Linux, Windows and macOS', (id) => {
    const job = ci?.jobs[id];
    expect(job?.['runs-on']).toBe('${{ matrix.os }}');
    expect(job?.strategy).toMatchObject({ matrix: { os: ['ubuntu-latest', 'windows-latest', 'macos-latest'] } });
  });

  it("ci.yml's end-to-end job runs every end-to-end test file", () => {
    const command = ci?.jobs['end-to-end']?.steps.map((step) => step.run ?? '').join('\n') ?? '';
    const files = readdirSync(join(ROOT, '__tests__')).filter((file) => file.endsWith('.e2e.test.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of [...files, 'simulator.test.ts']) expect(command).toContain(`__tests__/${file}`);
    expect(command).toContain('npm run check-install');
  });

  it.each(['test', 'end-to-end'])(
    "ci.yml's %s job runs openssl version before the tests, so a runner without openssl fails by name",
    (id) => {
      const runs = ci?.jobs[id]?.steps.map((step) => step.run ?? '') ?? [];
      const openssl = runs.indexOf('openssl version');
      expect(openssl).toBeGreaterThan(-1);
      expect(openssl).toBeLessThan(runs.findIndex((run) => run.startsWith('npm test')));
    },
  );

  it('release.yml tests the release before it moves the major tag', () => {
    const steps = parsed.find(({ name }) => name === 'release.yml')?.jobs['move-major-tag']?.steps ?? [];
    const runs = steps.map((step) => step.run ?? '');
    const tested = runs.findIndex((run) => /npm test/.test(run));
    const moved = runs.findIndex((run) => /git push --force/.test(run));
    expect(tested).toBeGreaterThan(-1);
    expect(tested).toBeLessThan(moved);
  });
});

interface WorkflowStep {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}
