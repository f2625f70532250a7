/** Visiting every node of a type tree, the schemas it references (without following them), and those reached by following them. */
import { describe, expect, it } from 'vitest';
import { childNodes, contentTypes, forEachNode, operationTypes, reachableIds, referencedIds } from '../../generator/ir/type-walk.ts';
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

describe('reachableIds', () => {
  const named: Record<string, TypeNode> = {
    [ids('A')[0]!]: obj({ b: ref('B') }),
    [ids('B')[0]!]: array(ref('C')),
    [ids('C')[0]!]: obj({ a: ref('A') }),
    [ids('D')[0]!]: str,
  };
  const cases: { name: string; given: TypeNode[]; want: string[] }[] = [
    { name: 'follows references through named schemas', given: [ref('A')], want: ids('A', 'B', 'C') },
    { name: 'a cycle ends where it began', given: [ref('C')], want: ids('A', 'B', 'C') },
    { name: 'several roots, each schema once', given: [ref('D'), ref('B')], want: ids('A', 'B', 'C', 'D') },
    { name: 'a reference to no named schema is kept, not followed', given: [ref('Missing')], want: ids('Missing') },
    { name: 'no references', given: [str], want: [] },
  ];
  it.each(cases)('$name', ({ given, want }) => expect([...reachableIds((id) => named[id], given)].sort()).toEqual(want.sort()));
});

describe('operationTypes', () => {
  it('sends parameters and every request content (stream item and data too); receives every response content', () => {
    const stream = { item: ref('Item'), data: ref('Data') };
    const operation = {
      parameters: [{ type: ref('Param') }],
      requestBody: { contents: [{ type: ref('Body') }, { type: ref('Upload'), stream }] },
      responses: [{ contents: [{ type: ref('Ok') }] }, { contents: [{ type: ref('Error') }] }],
    } as unknown as Parameters<typeof operationTypes>[0];
    const { request, response } = operationTypes(operation);
    expect(request.flatMap(referencedIds)).toEqual(ids('Param', 'Body', 'Upload', 'Item', 'Data'));
    expect(response.flatMap(referencedIds)).toEqual(ids('Ok', 'Error'));
    expect(contentTypes({ type: ref('Body') } as never).flatMap(referencedIds)).toEqual(ids('Body'));
  });
});
