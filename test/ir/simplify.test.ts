/** Folding the plain object members of an intersection into one object, without changing what it accepts. */
import { describe, expect, it } from 'vitest';
import { mergeObjects } from '../../generator/ir/simplify.ts';
import type { TypeNode } from '../../generator/ir/types.ts';
import { int, lit, never, obj, oneOf, prop, ref, str, union } from '../helpers/ir-nodes.ts';

const optional = (shape: Record<string, TypeNode>): TypeNode => ({
  kind: 'object',
  properties: Object.entries(shape).map(([name, type]) => prop(`${name}?`, type)),
  additionalProperties: 'unspecified',
});

describe('mergeObjects', () => {
  const cases: { name: string; given: TypeNode[]; want: TypeNode[] }[] = [
    { name: 'one plain object: unchanged', given: [ref('A'), obj({ a: str })], want: [ref('A'), obj({ a: str })] },
    { name: 'two plain objects: one', given: [obj({ a: str }), obj({ b: int })], want: [obj({ a: str, b: int })] },
    {
      name: 'required wins over optional',
      given: [optional({ a: str }), obj({ a: str })],
      want: [{ kind: 'object', properties: [prop('a', { kind: 'intersection', members: [str, str] })], additionalProperties: 'unspecified' }],
    },
    { name: 'literal values intersect', given: [obj({ m: oneOf('a', 'b', 'c') }), obj({ m: oneOf('b', 'c', 'd') })], want: [obj({ m: oneOf('b', 'c') })] },
    { name: 'one common value is a literal', given: [obj({ m: oneOf('a', 'b') }), obj({ m: lit('b') })], want: [obj({ m: lit('b') })] },
    { name: 'no common value is never', given: [obj({ m: lit('a') }), obj({ m: lit('b') })], want: [obj({ m: never })] },
    { name: 'never stays never', given: [optional({ m: never }), obj({ m: str })], want: [obj({ m: never })] },
    {
      name: 'nested plain objects merge recursively',
      given: [obj({ c: optional({ d: never }) }), obj({ c: obj({ e: str }) })],
      want: [obj({ c: { kind: 'object', properties: [prop('d?', never), prop('e', str)], additionalProperties: 'unspecified' } })],
    },
    {
      name: 'closed objects are not plain: kept apart',
      given: [obj({ a: str }, 'closed'), obj({ b: str })],
      want: [obj({ a: str }, 'closed'), obj({ b: str })],
    },
    {
      name: 'the merged object takes the place of the first plain one',
      given: [ref('A'), obj({ a: str }), union(str, int), obj({ b: str })],
      want: [ref('A'), obj({ a: str, b: str }), union(str, int)],
    },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(mergeObjects(given)).toEqual(want));

  it("keeps the first docs of a property's type, else the second's", () => {
    const [merged] = mergeObjects([obj({ a: { ...str, docs: { description: 'first' } } }), obj({ a: { ...str, docs: { description: 'second' } } })]);
    expect((merged as Extract<TypeNode, { kind: 'object' }>).properties[0]!.type.docs).toEqual({ description: 'first' });
    const [fallback] = mergeObjects([obj({ a: str }), obj({ a: { ...str, docs: { description: 'second' } } })]);
    expect((fallback as Extract<TypeNode, { kind: 'object' }>).properties[0]!.type.docs).toEqual({ description: 'second' });
  });
});
