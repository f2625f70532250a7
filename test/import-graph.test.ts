/**
 * The architecture as imports: the stages run one way (load → IR → surface → emit → format → write), so no stage
 * imports a later one; the IR knows nothing of settings or TypeScript; and no modules import each other, even
 * through others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/golden-cases.ts';

const GENERATOR = join(ROOT, 'generator');
const STAGES = ['load', 'ir', 'surface', 'emit', 'format', 'write'];

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/** Relative imports of a module (static, type-only and, unless `loadedFirst`, dynamic), as paths relative to generator/. */
export function importsOf(file: string, text: string, loadedFirst = false): string[] {
  const pattern = loadedFirst
    ? /^(?:import|export)\b(?!\s+type\b)[^;]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm
    : /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  const specifiers = [...text.matchAll(pattern)].map((match) => match[1]!);
  return specifiers.map((specifier) =>
    relative(GENERATOR, resolve(dirname(file), specifier))
      .split('\\')
      .join('/'),
  );
}

const graph = new Map(sources(GENERATOR).map((file) => [relative(GENERATOR, file).split('\\').join('/'), importsOf(file, readFileSync(file, 'utf8'))]));
const stageOf = (module: string) => STAGES.indexOf(module.split('/')[0]!);

describe('importsOf', () => {
  it.each([
    ["import { a } from './x.ts';", ['ir/x.ts']],
    ["import type { A } from '../emit/y.ts';", ['emit/y.ts']],
    ["export { b } from './z.ts';", ['ir/z.ts']],
    ["const m = await import('../load/w.ts');", ['load/w.ts']],
    ["import { ts } from 'ts-morph';", []],
  ])('%s → %j', (text, want) => expect(importsOf(join(GENERATOR, 'ir/file.ts'), text)).toEqual(want));

  it.each([
    ["import { a } from './x.ts';", ['ir/x.ts']],
    ["import type { A } from '../emit/y.ts';", []],
    ["const m = await import('../load/w.ts');", []],
  ])('loaded first: %s → %j', (text, want) => expect(importsOf(join(GENERATOR, 'ir/file.ts'), text, true)).toEqual(want));
});

describe('the modules the CLI loads before it runs a command', () => {
  // `generate` starts every CI run: the diff and release machinery loads when its own command runs.
  it('leave out generator/diff/ and generator/release/', () => {
    const loaded = new Set<string>();
    const visit = (module: string) => {
      if (loaded.has(module)) return;
      loaded.add(module);
      for (const target of importsOf(join(GENERATOR, module), readFileSync(join(GENERATOR, module), 'utf8'), true)) visit(target);
    };
    visit('cli.ts');
    expect(loaded.has('pipeline.ts')).toBe(true);
    expect([...loaded].filter((module) => module.startsWith('diff/') || module.startsWith('release/'))).toEqual([]);
  });
});

describe('the import graph of generator/', () => {
  it('has every module it points at', () => {
    for (const [module, imports] of graph) for (const target of imports) expect(graph.has(target), `${module} → ${target}`).toBe(true);
  });

  // What every stage may name: errors and the registry of warning kinds.
  const SHARED_VOCABULARY = new Set(['errors.ts', 'warning-kinds.ts']);

  it('keeps the IR free of settings, TypeScript planning and output', () => {
    const outside = [...graph]
      .filter(([module]) => module.startsWith('ir/'))
      .flatMap(([module, imports]) =>
        imports.filter((target) => !target.startsWith('ir/') && !target.startsWith('load/') && !SHARED_VOCABULARY.has(target)).map((target) => `${module} → ${target}`),
      );
    expect(outside).toEqual([]);
  });

  it('never lets a stage import a later one', () => {
    const backwards = [...graph].flatMap(([module, imports]) =>
      imports.filter((target) => stageOf(module) >= 0 && stageOf(target) > stageOf(module)).map((target) => `${module} → ${target}`),
    );
    expect(backwards).toEqual([]);
  });

  it('imports every name under its own name: no stage type wears another', () => {
    const renamed = sources(GENERATOR).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\b[^;]*?\{([^}]*)\}[^;]*?from\s+['"]\.{1,2}\/[^'"]+['"]/gm)].flatMap((match) =>
        match[1]!
          .split(',')
          .filter((name) => /\sas\s/.test(name))
          .map((name) => `${relative(GENERATOR, file)}: ${name.trim()}`),
      ),
    );
    expect(renamed).toEqual([]);
  });

  it('has no cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (module: string, trail: string[]) => {
      if (state.get(module) === 'done') return;
      if (state.get(module) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(module)), module].join(' → '));
        return;
      }
      state.set(module, 'visiting');
      for (const target of graph.get(module) ?? []) visit(target, [...trail, module]);
      state.set(module, 'done');
    };
    for (const module of [...graph.keys()].sort()) visit(module, []);
    expect(cycles).toEqual([]);
  });
});
