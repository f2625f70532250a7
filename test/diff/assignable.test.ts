import { describe, expect, it } from 'vitest';
import { indexApi } from '../../generator/diff/api-index.ts';
import { alternativesDisjoint, assignable } from '../../generator/diff/assignable.ts';
import type { Property, TypeNode } from '../../generator/ir/types.ts';
import type { SurfaceApi } from '../../generator/surface/types.ts';

const index = indexApi({ schemas: [] } as unknown as SurfaceApi);
const string: TypeNode = { kind: 'primitive', type: 'string' };
const integer: TypeNode = { kind: 'primitive', type: 'integer' };
const number: TypeNode = { kind: 'primitive', type: 'number' };
const field = (name: string, type: TypeNode, required = true): Property => ({ name, type, required, hasDefault: false, readOnly: false, writeOnly: false });
const object = (...properties: Property[]): TypeNode => ({ kind: 'object', properties, additionalProperties: 'unspecified' });
const union = (exclusive: boolean, ...variants: TypeNode[]) => ({ kind: 'union' as const, variants, exclusive });

describe('assignable', () => {
  it.each<{ name: string; given: [TypeNode, TypeNode]; want: boolean }>([
    { name: 'integer → number', given: [integer, number], want: true },
    { name: 'number → integer', given: [number, integer], want: false },
    { name: 'enum → string', given: [{ kind: 'enum', values: ['a', 'b'] }, string], want: true },
    { name: 'string → enum', given: [string, { kind: 'enum', values: ['a'] }], want: false },
    { name: 'T → T | null', given: [string, { kind: 'nullable', inner: string }], want: true },
    { name: 'T | null → T', given: [{ kind: 'nullable', inner: string }, string], want: false },
    { name: 'an object gains an optional field', given: [object(field('a', string)), object(field('a', string), field('b', string, false))], want: true },
    { name: 'an object gains a required field', given: [object(field('a', string)), object(field('a', string), field('b', string))], want: false },
    { name: 'into a union that has it', given: [string, union(true, string, integer)], want: true },
  ])('$name: $want', ({ given, want }) => {
    expect(assignable(given[0], given[1], index, index)).toBe(want);
  });
});

describe('alternativesDisjoint', () => {
  const kind = (value: string) => field('kind', { kind: 'literal', value });
  it.each([
    { name: 'different JSON kinds', given: union(true, string, object(field('a', string))), want: true },
    { name: 'integer and number overlap', given: union(true, integer, number), want: false },
    { name: 'a required property with distinct fixed values', given: union(true, object(kind('a'), field('x', string)), object(kind('b'))), want: true },
    { name: 'objects that may overlap', given: union(true, object(field('a', string)), object(field('b', string))), want: false },
    {
      name: 'a declared discriminator',
      given: { ...union(true, object(field('a', string)), object(field('b', string))), discriminator: { propertyName: 'a', mapping: [] } },
      want: true,
    },
  ])('$name: $want', ({ given, want }) => {
    expect(alternativesDisjoint(given, index)).toBe(want);
  });
});
