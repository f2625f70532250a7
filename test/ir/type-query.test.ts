/** Facts read off IR types: properties through references and compositions, fixed values, property paths. */
import { describe, expect, it } from 'vitest';
import { declaredFieldsFor, findPropertyPath, fixedValuesOf, literalValues, propertiesOf, requiredFieldSets, resolverFor, resolverOf } from '../../generator/ir/type-query.ts';
import type { NamedSchema, TypeNode } from '../../generator/ir/types.ts';
import { and, array, int, lit, nullable, obj, oneOf, prop, ref, str, union } from '../helpers/ir-nodes.ts';

const schema = (name: string, type: TypeNode): NamedSchema => ({
  id: `#/components/schemas/${name}`,
  name,
  originalName: name,
  type,
  usage: { request: true, response: false },
});
const resolve = resolverFor([schema('Named', obj({ id: str, model: lit('veo') })), schema('Loop', ref('Loop')), schema('Nested', obj({ data: obj({ task_id: str }) }))]);

describe('resolverFor', () => {
  it('follows a reference to its schema; other nodes are themselves; unknown targets are undefined', () => {
    expect(resolve(ref('Named'))?.kind).toBe('object');
    expect(resolve(str)).toBe(str);
    expect(resolve(ref('Missing'))).toBeUndefined();
  });
  it('accepts a Map by id as well', () => {
    const map = new Map([['#/components/schemas/X', schema('X', str)]]);
    expect(resolverFor(map)(ref('X'))).toBe(str);
  });
});

describe('resolverOf', () => {
  it('resolves like resolverFor, with one resolver per model', () => {
    const api = { schemas: [schema('X', str)] };
    const other = { schemas: [schema('X', int)] };
    expect(resolverOf(api)(ref('X'))).toBe(str);
    expect(resolverOf(api)).toBe(resolverOf(api));
    expect(resolverOf(other)(ref('X'))).toBe(int);
  });
});

describe('propertiesOf', () => {
  const names = (node: TypeNode) => propertiesOf(node, resolve).map((property) => property.name);
  const cases: { name: string; given: TypeNode; want: string[] }[] = [
    { name: 'an object', given: obj({ a: str, b: str }), want: ['a', 'b'] },
    { name: 'a reference', given: ref('Named'), want: ['id', 'model'] },
    { name: 'an intersection, in member order', given: and(ref('Named'), obj({ extra: str })), want: ['id', 'model', 'extra'] },
    { name: 'nullable', given: nullable(obj({ a: str })), want: ['a'] },
    { name: "a conditional's base", given: { kind: 'conditional', base: obj({ a: str }), rules: [] }, want: ['a'] },
    { name: 'a union has none of its own', given: union(obj({ a: str }), obj({ a: str })), want: [] },
    { name: 'an array has none', given: array(obj({ a: str })), want: [] },
    { name: 'a cycle ends', given: ref('Loop'), want: [] },
    { name: 'an unknown target', given: ref('Missing'), want: [] },
  ];
  it.each(cases)('$name → $want', ({ given, want }) => expect(names(given)).toEqual(want));
});

describe('literalValues', () => {
  it.each<[TypeNode, unknown]>([
    [lit('a'), ['a']],
    [lit(null), [null]],
    [oneOf('a', 1), ['a', 1]],
    [str, undefined],
  ])('%j → %j', (given, want) => expect(literalValues(given)).toEqual(want));
});

describe('fixedValuesOf', () => {
  const cases: { name: string; given: TypeNode; want: unknown }[] = [
    { name: 'a required literal', given: obj({ model: lit('veo') }), want: ['veo'] },
    { name: 'a required enum', given: obj({ model: oneOf('a', 'b') }), want: ['a', 'b'] },
    { name: 'optional: not fixed', given: { kind: 'object', properties: [prop('model?', lit('veo'))], additionalProperties: 'unspecified' }, want: undefined },
    { name: 'a free string: not fixed', given: obj({ model: str }), want: undefined },
    { name: 'absent', given: obj({ other: lit('x') }), want: undefined },
    { name: 'through a reference', given: ref('Named'), want: ['veo'] },
    { name: 'union: every variant pins it', given: union(obj({ model: lit('a') }), obj({ model: oneOf('b', 'a') })), want: ['a', 'b'] },
    { name: 'union: one variant does not', given: union(obj({ model: lit('a') }), obj({ model: str })), want: undefined },
    { name: 'intersection: the narrowest member decides', given: and(obj({ model: oneOf('a', 'b', 'c') }), obj({ model: oneOf('b', 'c', 'd') })), want: ['b', 'c'] },
    { name: 'intersection: members that say nothing are skipped', given: and(obj({ other: int }), obj({ model: lit('a') })), want: ['a'] },
    { name: 'intersection: no member pins it', given: and(obj({ a: int }), obj({ b: int })), want: undefined },
    {
      name: "a conditional's expansion over its base",
      given: { kind: 'conditional', base: obj({ model: str }), rules: [], expansion: union(obj({ model: lit('x') }), obj({ model: lit('y') })) },
      want: ['x', 'y'],
    },
    { name: 'a cycle ends', given: ref('Loop'), want: undefined },
  ];
  it.each(cases)('$name → $want', ({ given, want }) => expect(fixedValuesOf(given, 'model', resolve)).toEqual(want));
});

describe('findPropertyPath', () => {
  const isTaskId = (property: { name: string }) => property.name === 'task_id';
  const cases: { name: string; given: TypeNode; depth?: number; want: string[] | undefined }[] = [
    { name: 'top level', given: obj({ task_id: str }), want: ['task_id'] },
    { name: 'one level down, through a reference', given: ref('Nested'), want: ['data', 'task_id'] },
    { name: 'breadth first: the shallower match wins', given: obj({ data: obj({ task_id: str }), task_id: str }), want: ['task_id'] },
    { name: 'beyond the depth', given: ref('Nested'), depth: 1, want: undefined },
    { name: 'absent', given: obj({ id: str }), want: undefined },
  ];
  it.each(cases)('$name → $want', ({ given, depth, want }) => expect(findPropertyPath(given, isTaskId, resolve, depth)?.path).toEqual(want));
});

const closed = (shape: Record<string, TypeNode>) => obj(shape, 'closed');
/** `{ ...base }` that also requires one of `names` (a required-only `anyOf` branch each). */
const oneOfRequired = (...names: string[]): TypeNode => union(...names.map((name) => obj({ [name]: str })));

describe('requiredFieldSets (given a body type and model value, want the sets of fields it requires)', () => {
  const cases: { name: string; given: TypeNode; want: string[][] }[] = [
    { name: 'an object: its required fields, not the discriminator', given: obj({ model: lit('a'), prompt: str, 'seed?': int }), want: [['prompt']] },
    { name: 'nothing required', given: obj({ model: lit('a'), 'seed?': int }), want: [[]] },
    {
      name: 'a union: the variants that admit the value',
      given: union(obj({ model: lit('a'), prompt: str }), obj({ model: lit('b'), image: str })),
      want: [['prompt']],
    },
    {
      name: 'required-only anyOf branches: one set per branch',
      given: and(obj({ model: lit('a'), prompt: str }), oneOfRequired('image', 'images')),
      want: [
        ['prompt', 'image'],
        ['prompt', 'images'],
      ],
    },
    {
      name: 'a variant asking for more than another is left out',
      given: union(obj({ model: lit('a'), prompt: str }), obj({ model: lit('a'), prompt: str, size: str })),
      want: [['prompt']],
    },
    { name: 'a variant that does not pin the value admits it', given: union(obj({ prompt: str }), obj({ model: lit('b'), image: str })), want: [['prompt']] },
    { name: 'through a reference, a nullable', given: nullable(ref('Named')), want: [['id']] },
    { name: 'not an object', given: str, want: [[]] },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(requiredFieldSets(given, 'model', 'a', resolve)).toEqual(want));
});

describe('declaredFieldsFor (given a body type and model value, want the fields it takes, undefined for any)', () => {
  const cases: { name: string; given: TypeNode; want: string[] | undefined }[] = [
    { name: 'an object: its fields', given: obj({ model: lit('a'), prompt: str, 'seed?': int }), want: ['model', 'prompt', 'seed'] },
    { name: 'additional properties: any', given: obj({ model: lit('a') }, 'open'), want: undefined },
    { name: 'an empty open object: any', given: obj({}), want: undefined },
    {
      name: 'a union: of the variants that admit the value',
      given: union(closed({ model: lit('a'), prompt: str }), closed({ model: lit('b'), image: str })),
      want: ['model', 'prompt'],
    },
    { name: 'an intersection: of every member', given: and(closed({ model: lit('a') }), closed({ 'size?': str })), want: ['model', 'size'] },
    {
      name: 'read-only fields are never sent',
      given: { kind: 'object', properties: [prop('model', lit('a')), prop('id', str, { readOnly: true })], additionalProperties: 'unspecified' },
      want: ['model'],
    },
    { name: 'not an object: any', given: str, want: undefined },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(declaredFieldsFor(given, 'model', 'a', resolve)).toEqual(want));
});
