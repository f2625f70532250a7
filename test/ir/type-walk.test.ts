/** Visiting every node of a type tree, and the schemas it references (without following them). */
import { describe, expect, it } from 'vitest';
import { childNodes, forEachNode, referencedIds } from '../../generator/ir/type-walk.ts';
import type { TypeNode } from '../../generator/ir/types.ts';
import { and, array, nullable, obj, ref, str, union } from '../helpers/ir-nodes.ts';

const ids = (...names: string[]) => names.map((name) => `#/components/schemas/${name}`);

describe('referencedIds', () => {
  const cases: { name: string; given: TypeNode; want: string[] }[] = [
    { name: 'a reference', given: ref('A'), want: ids('A') },
    { name: 'a primitive', given: str, want: [] },
    { name: 'object properties', given: obj({ a: ref('A'), b: str }), want: ids('A') },
    { name: 'additionalProperties', given: obj({}, ref('V')), want: ids('V') },
    { name: 'array items', given: array(ref('A')), want: ids('A') },
    { name: 'union variants, in order', given: union(ref('B'), ref('A')), want: ids('B', 'A') },
    { name: 'intersection members', given: and(ref('A'), obj({ x: ref('C') })), want: ids('A', 'C') },
    { name: 'nullable', given: nullable(ref('A')), want: ids('A') },
    {
      name: 'conditional: base, if/then/else, expansion',
      given: { kind: 'conditional', base: ref('Base'), rules: [{ text: '', if: ref('If'), then: ref('Then'), else: ref('Else') }], expansion: ref('Exp') },
      want: ids('Base', 'If', 'Then', 'Else', 'Exp'),
    },
    { name: 'repeated references each time', given: union(ref('A'), array(ref('A'))), want: ids('A', 'A') },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(referencedIds(given)).toEqual(want));
});

describe('forEachNode', () => {
  it('visits parents before children, depth first', () => {
    const kinds: string[] = [];
    forEachNode(obj({ a: array(str), b: nullable(ref('A')) }), (node) => kinds.push(node.kind));
    expect(kinds).toEqual(['object', 'array', 'primitive', 'nullable', 'ref']);
  });
});

describe('childNodes', () => {
  it.each<[string, TypeNode, TypeNode[]]>([
    ['a reference has none (its target is another type)', ref('A'), []],
    ['an object: properties, then additionalProperties', obj({ a: str }, ref('V')), [str, ref('V')]],
    ['an array: its items', array(str), [str]],
  ])('%s', (_name, given, want) => expect(childNodes(given)).toEqual(want));
});
