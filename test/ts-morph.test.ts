/** generator/ts-morph.ts hands out ts-morph loaded with require, once: the same values an ESM import gives. */
import * as esm from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { tsMorph } from '../generator/ts-morph.ts';

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
