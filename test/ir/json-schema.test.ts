/** The IR's types as self-contained JSON Schema 2020-12: one rule per node kind, references inlined, kept small. */
import { describe, expect, it } from 'vitest';
import { openFieldSchema, shortText, toJsonSchema, type JsonSchema } from '../../generator/ir/json-schema.ts';
import { resolverFor } from '../../generator/ir/type-query.ts';
import type { NamedSchema, TypeNode } from '../../generator/ir/types.ts';

const str: TypeNode = { kind: 'primitive', type: 'string' };
const property = (name: string, type: TypeNode, extra: Partial<{ required: boolean; readOnly: boolean; writeOnly: boolean; open: true }> = {}) => ({
  name,
  type,
  required: false,
  hasDefault: false,
  readOnly: false,
  writeOnly: false,
  ...extra,
});
const named = (id: string, type: TypeNode): NamedSchema => ({ id, name: id, originalName: id, type, usage: { request: true, response: true } });
const node: TypeNode = {
  kind: 'object',
  properties: [property('id', str, { readOnly: true }), property('next', { kind: 'ref', target: '#/Node' })],
  additionalProperties: 'unspecified',
};
const resolve = resolverFor([named('#/Node', node), named('#/Name', { ...str, docs: { minLength: 1 } })]);
const convert = (type: TypeNode, side: 'request' | 'response' = 'request') => toJsonSchema(type, { resolve, side });

describe('toJsonSchema', () => {
  const cases: [string, TypeNode, JsonSchema][] = [
    ['unknown → any', { kind: 'unknown' }, {}],
    ['never → nothing', { kind: 'never' }, { not: {} }],
    ['a primitive', { kind: 'primitive', type: 'integer', docs: { minimum: 1 } }, { type: 'integer', minimum: 1 }],
    ['binary → base64 text', { kind: 'primitive', type: 'string', binary: true }, { type: 'string', contentEncoding: 'base64' }],
    ['a literal', { kind: 'literal', value: 'a' }, { const: 'a' }],
    ['an enum', { kind: 'enum', values: ['a', 1, null] }, { enum: ['a', 1, null] }],
    ['nullable of a typed schema → a type array', { kind: 'nullable', inner: str }, { type: ['string', 'null'] }],
    ['nullable of an enum → anyOf null', { kind: 'nullable', inner: { kind: 'enum', values: ['a'] } }, { anyOf: [{ enum: ['a'] }, { type: 'null' }] }],
    ['a union → anyOf', { kind: 'union', exclusive: true, variants: [str, { kind: 'primitive', type: 'number' }] }, { anyOf: [{ type: 'string' }, { type: 'number' }] }],
    ['an intersection → allOf', { kind: 'intersection', members: [str] }, { allOf: [{ type: 'string' }] }],
    ['an array', { kind: 'array', items: { kind: 'ref', target: '#/Name' } }, { type: 'array', items: { type: 'string', minLength: 1 } }],
    [
      'a closed object with a required property',
      { kind: 'object', properties: [property('a', str, { required: true })], additionalProperties: 'closed' },
      { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false },
    ],
    ['a map', { kind: 'object', properties: [], additionalProperties: str }, { type: 'object', additionalProperties: { type: 'string' } }],
    ['a conditional → its expansion', { kind: 'conditional', base: str, rules: [], expansion: { kind: 'literal', value: 1 } }, { const: 1 }],
    ['3.0 exclusive bounds → 2020-12 ones', { kind: 'primitive', type: 'number', docs: { minimum: 0, exclusiveMinimum: true } }, { type: 'number', exclusiveMinimum: 0 }],
    ['a pattern no Unicode regular expression reads is dropped', { kind: 'primitive', type: 'string', docs: { pattern: '\\p{Foo' } }, { type: 'string' }],
    ['a pattern that compiles is kept', { kind: 'primitive', type: 'string', docs: { pattern: '^[a-z]+$' } }, { type: 'string', pattern: '^[a-z]+$' }],
  ];
  it.each(cases)('%s', (_name, type, want) => expect(convert(type)).toEqual(want));

  it('inlines references, and a reference back into the one being inlined becomes any value', () => {
    expect(convert({ kind: 'ref', target: '#/Node' })).toEqual({ type: 'object', properties: { next: {} } });
    expect(convert({ kind: 'ref', target: '#/Node' }, 'response')).toEqual({ type: 'object', properties: { id: { type: 'string' }, next: {} } });
  });

  it('stops at maxDepth', () => {
    const deep: TypeNode = { kind: 'array', items: { kind: 'array', items: { kind: 'array', items: str } } };
    expect(toJsonSchema(deep, { resolve, side: 'request', maxDepth: 1 })).toEqual({ type: 'array', items: { type: 'array', items: {} } });
  });

  it('cuts descriptions to descriptionLength, or keeps none', () => {
    const described: TypeNode = { ...str, docs: { description: 'one two three four five six' } };
    expect(toJsonSchema(described, { resolve, side: 'request', descriptionLength: 12 })).toEqual({ type: 'string', description: 'one two…' });
    expect(toJsonSchema(described, { resolve, side: 'request', descriptionLength: 0 })).toEqual({ type: 'string' });
  });
});

describe('open fields (a model the SDK does not list is sent too)', () => {
  const model = (docs?: TypeNode['docs']) =>
    ({
      kind: 'object',
      properties: [property('model', { kind: 'enum', values: ['a', 'b'], ...(docs && { docs }) }, { open: true })],
      additionalProperties: 'unspecified',
    }) as TypeNode;
  const cases: [string, TypeNode, 'request' | 'response', JsonSchema][] = [
    ['in a request: the listed values or any string', model(), 'request', { type: 'object', properties: { model: { anyOf: [{ enum: ['a', 'b'] }, { type: 'string' }] } } }],
    [
      'annotations stay outside',
      model({ description: 'The model.', default: 'a', deprecated: true }),
      'request',
      { type: 'object', properties: { model: { anyOf: [{ enum: ['a', 'b'] }, { type: 'string' }], description: 'The model.', default: 'a', deprecated: true } } },
    ],
    ['in a response: as listed', model(), 'response', { type: 'object', properties: { model: { enum: ['a', 'b'] } } }],
  ];
  it.each(cases)('%s', (_name, type, side, want) => expect(convert(type, side)).toEqual(want));

  it('openFieldSchema wraps any schema', () => {
    expect(openFieldSchema({ const: 'x', description: 'X.' })).toEqual({ anyOf: [{ const: 'x' }, { type: 'string' }], description: 'X.' });
  });
});

describe('shortText', () => {
  it.each([
    ['short', 10, 'short'],
    ['a  b\n c', 10, 'a b c'],
    ['one two three', 9, 'one two…'],
    ['abcdefghijkl', 6, 'abcde…'],
  ])('%j (%d) → %j', (text, length, want) => expect(shortText(text, length)).toBe(want));
});
