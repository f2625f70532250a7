/** IR types as TypeScript type expressions, per side: precedence, untyped values, visibility, optionality, index signatures. */
import { describe, expect, it } from 'vitest';
import { fieldType, isOptional, propertySignature, typeExpression, visibleProperties, type Side } from '../../generator/emit/type-expression.ts';
import type { TypeNode } from '../../generator/ir/types.ts';
import { and, array, bool, int, lit, never, nullable, num, obj, oneOf, prop, ref, str, union, unknown } from '../helpers/ir-nodes.ts';

const nameOf = (id: string, side: Side) => `${id.split('/').pop()}${side === 'request' ? 'Input' : ''}`;
const oneLine = (text: string) => text.replace(/\n/g, ' ');
const patterned = (pattern: string): TypeNode => ({ kind: 'primitive', type: 'string', docs: { pattern } });

describe('typeExpression', () => {
  const cases: { name: string; given: TypeNode; side?: Side; want: string }[] = [
    { name: 'unknown in a response', given: unknown, want: 'unknown' },
    { name: 'unknown in a request is JSON', given: unknown, side: 'request', want: 'JSONValue' },
    { name: 'never', given: never, want: 'never' },
    { name: 'a reference, by side', given: ref('Pet'), side: 'request', want: 'PetInput' },
    { name: 'string', given: str, want: 'string' },
    { name: 'binary string is a Blob', given: { kind: 'primitive', type: 'string', binary: true }, want: 'Blob' },
    { name: 'integer is number', given: int, want: 'number' },
    { name: 'boolean', given: bool, want: 'boolean' },
    { name: 'null', given: { kind: 'primitive', type: 'null' }, want: 'null' },
    { name: 'a literal', given: lit('a"b'), want: '"a\\"b"' },
    { name: 'an enum, values once', given: oneOf('a', 1, 'a', null), want: '"a" | 1 | null' },
    { name: 'an empty enum', given: oneOf(), want: 'never' },
    { name: 'an array', given: array(str), want: 'string[]' },
    { name: 'an array of a union', given: array(union(str, num)), want: '(string | number)[]' },
    { name: 'an array of an enum', given: array(oneOf('a', 'b')), want: '("a" | "b")[]' },
    { name: 'an array of a one-value enum', given: array(oneOf('a')), want: '"a"[]' },
    { name: 'an array of nullable', given: array(nullable(str)), want: '(string | null)[]' },
    { name: 'an array of an intersection', given: array(and(ref('A'), ref('B'))), want: '(A & B)[]' },
    { name: 'a union, repeats once', given: union(str, num, str), want: 'string | number' },
    { name: 'a union with unknown is unknown', given: union(str, unknown), want: 'unknown' },
    {
      name: 'patterned alternative beside literals: a digits-and-separators pattern is a template literal',
      given: union(oneOf('1K', '2K', '4K'), patterned('^[0-9]+\\*[0-9]+$')),
      want: '("1K" | "2K" | "4K") | `${number}*${number}`',
    },
    { name: 'patterned alternative, on the request side too', given: union(oneOf('1K'), patterned('^\\d+x\\d+$')), side: 'request', want: '"1K" | `${number}x${number}`' },
    { name: 'another pattern beside literals keeps them in completion', given: union(oneOf('1K', '2K'), patterned('^[0-9]+\\.[0-9]+$')), want: '("1K" | "2K") | (string & {})' },
    { name: 'a plain string beside literals (an open enum) keeps them too', given: union(oneOf('auto', 'none'), str), want: '("auto" | "none") | (string & {})' },
    { name: 'beside a string const', given: union(lit('auto'), str), want: '"auto" | (string & {})' },
    {
      name: 'beside literals and null',
      given: union(oneOf('1K'), patterned('^[0-9]+\\*[0-9]+$'), { kind: 'primitive', type: 'null' }),
      want: '"1K" | `${number}*${number}` | null',
    },
    { name: 'a patterned string alone stays string', given: patterned('^[0-9]+\\*[0-9]+$'), want: 'string' },
    { name: 'a patterned string beside a number stays string', given: union(num, patterned('^[0-9]+$')), want: 'number | string' },
    { name: 'beside number literals only, string stays string', given: union(oneOf(1, 2), str), want: '(1 | 2) | string' },
    { name: 'a binary string beside literals stays a Blob', given: union(oneOf('none'), { kind: 'primitive', type: 'string', binary: true }), want: '"none" | Blob' },
    { name: 'a union of intersections needs no parentheses', given: union(and(ref('A'), ref('B')), ref('C')), want: 'A & B | C' },
    { name: 'an intersection of unions does', given: and(union(ref('A'), ref('B')), ref('C')), want: '(A | B) & C' },
    { name: 'an intersection drops unknown members', given: and(ref('A'), unknown), want: 'A' },
    { name: 'an intersection of unknowns is unknown', given: and(unknown, unknown), want: 'unknown' },
    { name: 'nullable', given: nullable(ref('A')), want: 'A | null' },
    { name: 'nullable unknown stays unknown', given: nullable(unknown), want: 'unknown' },
    { name: 'nullable inside an intersection', given: and(nullable(ref('A')), ref('B')), want: '(A | null) & B' },
    {
      name: 'a conditional renders its expansion',
      given: { kind: 'conditional', base: ref('Base'), rules: [], expansion: union(ref('A'), ref('B')) },
      want: 'A | B',
    },
    { name: 'a conditional without expansion renders its base', given: { kind: 'conditional', base: ref('Base'), rules: [] }, want: 'Base' },
    { name: 'an empty object', given: obj({}), want: '{ [key: string]: unknown }' },
    { name: 'an empty closed object', given: obj({}, 'closed'), want: 'Record<string, never>' },
    { name: 'an object', given: obj({ a: str, 'x-y': int }), want: '{ a: string; "x-y": number; }' },
    { name: 'open: extra keys of any JSON', given: obj({}, 'open'), side: 'request', want: '{ [key: string]: JSONValue; }' },
    {
      name: 'extra keys of a type admit the named ones',
      given: { kind: 'object', properties: [prop('a', str), prop('b?', int)], additionalProperties: bool },
      want: '{ a: string; b?: number; [key: string]: boolean | string | number | undefined; }',
    },
    {
      name: 'index signature parenthesizes unions',
      given: { kind: 'object', properties: [prop('a', union(str, num))], additionalProperties: bool },
      want: '{ a: string | number; [key: string]: boolean | (string | number); }',
    },
    { name: 'open in a response: unknown swallows the rest', given: obj({ a: str }, 'open'), want: '{ a: string; [key: string]: unknown; }' },
  ];
  it.each(cases)('$name → $want', ({ given, side = 'response', want }) => expect(oneLine(typeExpression(given, nameOf, side))).toBe(want));

  it('readOnly fields leave requests, writeOnly fields leave responses', () => {
    const node: TypeNode = {
      kind: 'object',
      properties: [prop('id', str, { readOnly: true }), prop('secret', str, { writeOnly: true }), prop('name', str)],
      additionalProperties: 'unspecified',
    };
    expect(oneLine(typeExpression(node, nameOf, 'request'))).toBe('{ secret: string; name: string; }');
    expect(oneLine(typeExpression(node, nameOf, 'response'))).toBe('{ readonly id: string; name: string; }');
  });
});

describe('visibleProperties', () => {
  const properties = [prop('r', str, { readOnly: true }), prop('w', str, { writeOnly: true }), prop('n', str)];
  it.each([
    ['request', ['w', 'n']],
    ['response', ['r', 'n']],
  ] as const)('%s → %j', (side, want) => expect(visibleProperties(properties, side).map((property) => property.name)).toEqual(want));
});

describe('isOptional', () => {
  it.each([
    ['required', prop('a', str), false],
    ['optional', prop('a?', str), true],
    ['optional with a default', prop('a?', str, { hasDefault: true }), true],
  ] as const)('%s → %s', (_name, property, want) => expect(isOptional(property)).toBe(want));
});

describe('propertySignature', () => {
  const cases: { name: string; given: ReturnType<typeof prop>; want: string }[] = [
    { name: 'required', given: prop('a', str), want: 'a: string;' },
    { name: 'optional', given: prop('a?', str), want: 'a?: string;' },
    { name: 'read-only', given: prop('id', str, { readOnly: true }), want: 'readonly id: string;' },
    { name: 'quoted key', given: prop('16:9', str), want: '"16:9": string;' },
    { name: 'with docs', given: prop('a', { ...str, docs: { description: 'The a.', maxLength: 3 } }), want: '/**\n * The a.\n * @maxLength 3\n */\na: string;' },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(propertySignature(given, nameOf, 'response')).toBe(want));
});

describe('typeExpression: literals through a reference', () => {
  const schemas: Record<string, TypeNode> = {
    '#/components/schemas/Sizes': oneOf('1K', '2K'),
    '#/components/schemas/Alias': ref('Sizes'),
    '#/components/schemas/Counts': oneOf(1, 2),
  };
  const resolving = Object.assign((id: string, side: Side) => nameOf(id, side), { resolve: (id: string) => schemas[id] });
  it.each<[string, TypeNode, string]>([
    ['a referenced string enum beside a patterned string', union(ref('Sizes'), patterned('^[0-9]+\\*[0-9]+$')), 'Sizes | `${number}*${number}`'],
    ['through a chain of references', union(str, ref('Alias')), '(string & {}) | Alias'],
    ['a referenced number enum swallows nothing', union(ref('Counts'), str), 'Counts | string'],
    ['a reference that cannot be followed', union(ref('Missing'), str), 'Missing | string'],
  ])('%s', (_label, given, want) => expect(typeExpression(given, resolving, 'response')).toBe(want));

  it('without a resolver a reference is not looked through', () => expect(typeExpression(union(ref('Sizes'), str), nameOf, 'response')).toBe('Sizes | string'));
});

describe('typeExpression: the types it notes for the imports', () => {
  const binary: TypeNode = { kind: 'primitive', type: 'string', binary: true };
  const cases: { name: string; given: TypeNode; side?: Side; models: string[]; runtime?: string[] }[] = [
    { name: 'a reference, by side', given: ref('Pet'), side: 'request', models: ['PetInput'] },
    { name: 'a request file is the runtime Uploadable', given: binary, side: 'request', models: [], runtime: ['Uploadable'] },
    { name: 'a response file is the global Blob', given: binary, models: [] },
    { name: 'an untyped request value is JSONValue', given: unknown, side: 'request', models: ['JSONValue'] },
    { name: 'an untyped response value names nothing', given: unknown, models: [] },
    { name: 'a union swallowed by JSONValue keeps none of its members', given: union(ref('Pet'), unknown), side: 'request', models: ['JSONValue'] },
    { name: 'an intersection drops the JSONValue member, not the others', given: and(ref('A'), unknown), side: 'request', models: ['AInput'] },
    { name: 'a property named like a model is a key, not a reference', given: obj({ Pet: str }), models: [] },
    { name: 'property types and an index signature', given: { kind: 'object', properties: [prop('a', ref('A'))], additionalProperties: ref('B') }, models: ['A', 'B'] },
    { name: 'inside arrays, unions and nullables', given: array(nullable(union(ref('A'), ref('B')))), models: ['A', 'B'] },
  ];
  it.each(cases)('$name', ({ given, side = 'response', models, runtime = [] }) => {
    const noted = { models: new Set<string>(), runtime: new Set<string>() };
    const recording = Object.assign((id: string, on: Side) => nameOf(id, on), {
      model: (name: string) => void noted.models.add(name),
      runtime: (name: string) => void noted.runtime.add(name),
    });
    typeExpression(given, recording, side);
    expect([[...noted.models].sort(), [...noted.runtime]]).toEqual([models, runtime]);
  });
});

describe('fieldType (an open field also takes Unlisted, in requests)', () => {
  const cases: { name: string; given: { type: TypeNode; open?: true }; side: Side; want: string }[] = [
    { name: 'a closed enum', given: { type: oneOf('a', 'b') }, side: 'request', want: '"a" | "b"' },
    { name: 'an open enum, in a request', given: { type: oneOf('a', 'b'), open: true }, side: 'request', want: '"a" | "b" | Unlisted' },
    { name: 'an open enum, in a response: as listed', given: { type: oneOf('a', 'b'), open: true }, side: 'response', want: '"a" | "b"' },
    { name: 'an open constant', given: { type: lit('a'), open: true }, side: 'request', want: '"a" | Unlisted' },
    { name: 'an open reference', given: { type: ref('Models'), open: true }, side: 'request', want: 'ModelsInput | Unlisted' },
    { name: 'an open nullable enum', given: { type: nullable(oneOf('a')), open: true }, side: 'request', want: '"a" | null | Unlisted' },
  ];
  it.each(cases)('$name', ({ given, side, want }) => expect(fieldType(given, nameOf, side)).toBe(want));

  it('in a property signature', () => {
    expect(propertySignature(prop('model', oneOf('a'), { open: true }), nameOf, 'request')).toBe('model: "a" | Unlisted;');
  });

  it('notes Unlisted as a runtime type for the imports, in requests only', () => {
    const noted = (side: Side) => {
      const runtime = new Set<string>();
      fieldType(
        { type: oneOf('a'), open: true },
        Object.assign((id: string, on: Side) => nameOf(id, on), { runtime: (name: string) => void runtime.add(name) }),
        side,
      );
      return [...runtime];
    };
    expect([noted('request'), noted('response')]).toEqual([['Unlisted'], []]);
  });
});
