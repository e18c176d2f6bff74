/**
 * The layout of src/ (docs/architecture.md): folders by stage, imports one way, no circles.
 * Faces (action, cli) → operations → inputs → rules, certcentral → common.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** A folder may import only from folders of a lower rank, or from itself. */
const RANKS: Record<string, number> = {
  '.': 6, // index.ts only starts the action
  action: 5,
  cli: 5,
  operations: 4,
  inputs: 3,
  'never-twice': 3,
  rules: 2,
  certcentral: 2,
  common: 1,
  'left-out': 0,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm;

/** Each file's imports of other files in src/, as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(join(SRC, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((match) => match[1] as string)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) =>
        relative(SRC, resolve(SRC, dirname(file), specifier))
          .split('\\')
          .join('/'),
      )
      .filter((target) => !target.startsWith('..'));
    graph.set(file, targets);
  }
  return graph;
}

function folderOf(file: string): string {
  return file.includes('/') ? (file.split('/')[0] as string) : '.';
}

/** Every import circle, each as the files around it. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') found.push([...path.slice(path.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** Imports into a folder of the same or a higher rank than the importer's. */
function importsAgainstTheFlow(graph: Map<string, string[]>): string[] {
  const against: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to && !((RANKS[to] as number) < (RANKS[from] as number))) against.push(`${file} → ${target}`);
    }
  }
  return against;
}

describe('the layout of src/', () => {
  const graph = importGraph();

  it('reads the imports of every folder', () => {
    const folders = new Set([...graph.keys()].map(folderOf));
    expect([...folders].sort()).toEqual(Object.keys(RANKS).sort());
    expect(graph.get('index.ts')).toEqual(['action/main.ts']);
  });

  it('has no import circles', () => {
    expect(circles(graph).map((circle) => circle.join(' → '))).toEqual([]);
  });

  it('imports only downward: faces → operations → inputs → rules, certcentral → common', () => {
    expect(importsAgainstTheFlow(graph)).toEqual([]);
  });

  it('finds a circle, an upward import and one between peers when there are', () => {
    const bad = new Map([
      ['rules/a.ts', ['rules/b.ts']],
      ['rules/b.ts', ['rules/a.ts', 'operations/c.ts', 'certcentral/d.ts']],
      ['operations/c.ts', ['rules/a.ts']],
      ['certcentral/d.ts', []],
    ]);
    expect(circles(bad)).toEqual([
      ['rules/a.ts', 'rules/b.ts', 'rules/a.ts'],
      ['rules/a.ts', 'rules/b.ts', 'operations/c.ts', 'rules/a.ts'],
    ]);
    expect(importsAgainstTheFlow(bad)).toEqual(['rules/b.ts → operations/c.ts', 'rules/b.ts → certcentral/d.ts']);
  });

  it('leaves the runner to action/ and the terminal to cli/', () => {
    for (const file of graph.keys()) {
      const text = readFileSync(join(SRC, file), 'utf8');
      // runner.ts writes the runner's protocol, line for line as @actions/core writes it (runner.test.ts).
      if (file === 'action/runner.ts') continue;
      expect(text, file).not.toMatch(/from '[./]*(node_modules\/)?@actions\/core/);
      if (folderOf(file) !== 'cli') expect(text, file).not.toMatch(/process\.(stdout|stderr)\.write/);
    }
  });
});
