/** generator/ts-morph.ts hands out ts-morph loaded with require, once: the same values an ESM import gives. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esm from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { tsMorph } from '../generator/ts-morph.ts';
import { ROOT } from './helpers/golden-cases.ts';

describe('tsMorph', () => {
  it.each(['printStructure', 'Scope', 'StructureKind', 'VariableDeclarationKind'] as const)('%s is the package’s own export', (name) => {
    expect(tsMorph()[name]).toBe(esm[name]);
  });

  it('loads the package once', () => {
    expect(tsMorph()).toBe(tsMorph());
  });

  it('prints a structure', () => {
    const printed = tsMorph().printStructure({ kind: tsMorph().StructureKind.TypeAlias, name: 'A', type: 'string', isExported: true });
    expect(printed).toBe('export type A = string;');
  });
});

describe('the generator’s imports of ts-morph', () => {
  // A value import would load ts-morph (and TypeScript) through ESM at start-up; types cost nothing.
  it('are type-only outside generator/ts-morph.ts', () => {
    const generator = join(ROOT, 'generator');
    const offenders = readdirSync(generator, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts') && path !== 'ts-morph.ts')
      .filter((path) => /^import\s+(?!type\b)[^;]*from\s+'ts-morph'/m.test(readFileSync(join(generator, path), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
