/** Composition cycles (A is B, B is A) are cut where they close; recursion through properties and arrays stays. */
import { describe, expect, it } from 'vitest';
import { breakCompositionCycles } from '../../generator/ir/cycles.ts';
import type { NamedSchema, TypeNode } from '../../generator/ir/types.ts';
import type { GeneratorWarning } from '../../generator/errors.ts';
import { and, array, nullable, obj, ref, str, union } from '../helpers/ir-nodes.ts';

function run(shapes: Record<string, TypeNode>): { types: Record<string, TypeNode>; warnings: string[] } {
  const named = new Map<string, NamedSchema>(
    Object.entries(shapes).map(([name, type]) => {
      const id = `#/components/schemas/${name}`;
      return [id, { id, name, originalName: name, type: structuredClone(type), usage: { request: false, response: true } }];
    }),
  );
  const warnings: string[] = [];
  breakCompositionCycles(
    named,
    (warning: GeneratorWarning) => warnings.push(`${warning.location.pointer}: ${warning.message}`),
    (pointer) => ({ file: 'spec.yaml', pointer }),
  );
  return { types: Object.fromEntries([...named.values()].map((schema) => [schema.name, schema.type])), warnings };
}

describe('breakCompositionCycles', () => {
  const cases: { name: string; given: Record<string, TypeNode>; want: Record<string, TypeNode>; warnings: number }[] = [
    { name: 'A = allOf[B], B = allOf[A]: cut in B', given: { A: and(ref('B')), B: and(ref('A')) }, want: { A: and(ref('B')), B: and({ kind: 'unknown' }) }, warnings: 1 },
    { name: 'through oneOf', given: { A: union(ref('B'), str), B: union(ref('A')) }, want: { A: union(ref('B'), str), B: union({ kind: 'unknown' }) }, warnings: 1 },
    { name: 'through nullable', given: { A: nullable(ref('A')) }, want: { A: nullable({ kind: 'unknown' }) }, warnings: 1 },
    { name: 'a reference to itself', given: { A: ref('A') }, want: { A: { kind: 'unknown' } }, warnings: 1 },
    {
      name: 'through a conditional expansion',
      given: { A: { kind: 'conditional', base: obj({}), rules: [], expansion: union(ref('A')) } },
      want: { A: { kind: 'conditional', base: obj({}), rules: [], expansion: union({ kind: 'unknown' }) } },
      warnings: 1,
    },
    { name: 'recursion through a property stays', given: { Node: obj({ child: ref('Node') }) }, want: { Node: obj({ child: ref('Node') }) }, warnings: 0 },
    { name: 'recursion through an array stays', given: { Tree: union(str, array(ref('Tree'))) }, want: { Tree: union(str, array(ref('Tree'))) }, warnings: 0 },
    { name: 'a chain without a cycle', given: { A: and(ref('B')), B: and(ref('C')), C: obj({}) }, want: { A: and(ref('B')), B: and(ref('C')), C: obj({}) }, warnings: 0 },
    {
      name: 'a diamond is no cycle',
      given: { A: union(ref('B'), ref('C')), B: ref('D'), C: ref('D'), D: str },
      want: { A: union(ref('B'), ref('C')), B: ref('D'), C: ref('D'), D: str },
      warnings: 0,
    },
    { name: 'an unknown target is left alone', given: { A: ref('Missing') }, want: { A: ref('Missing') }, warnings: 0 },
  ];
  it.each(cases)('$name', ({ given, want, warnings }) => {
    const result = run(given);
    expect(result.types).toEqual(want);
    expect(result.warnings.length).toBe(warnings);
  });

  it('the warning names both schemas and where', () => {
    expect(run({ A: and(ref('B')), B: and(ref('A')) }).warnings).toEqual([
      '#/components/schemas/B: B is defined as A and A as B (through allOf/oneOf/anyOf only): that cycle is read as unknown here',
    ]);
  });
});
