/** generator/ts-morph.ts hands out ts-morph loaded with require: the same values an ESM import gives. */
import * as esm from 'ts-morph';
import { describe, expect, it } from 'vitest';
import * as loaded from '../generator/ts-morph.ts';

describe('ts-morph loaded with require', () => {
  it.each(['printStructure', 'Scope', 'StructureKind', 'VariableDeclarationKind', 'ts'] as const)('%s is the package’s own export', (name) => {
    expect(loaded[name]).toBe(esm[name]);
  });

  it('prints a structure', () => {
    const printed = loaded.printStructure({ kind: loaded.StructureKind.TypeAlias, name: 'A', type: 'string', isExported: true });
    expect(printed).toBe('export type A = string;');
  });
});
