import type { SurfaceApi } from '../../generator/surface/types.ts';
import { describe, expect, it } from 'vitest';
import { indexApi } from '../../generator/diff/api-index.ts';
import { TypeComparer, type CompareContext } from '../../generator/diff/compare-types.ts';
import type { RawChange } from '../../generator/diff/types.ts';
import type { Property, TypeNode } from '../../generator/ir/types.ts';

const index = indexApi({ schemas: [] } as unknown as SurfaceApi);
const string: TypeNode = { kind: 'primitive', type: 'string' };
const field = (name: string, type: TypeNode, facts: Partial<Property> = {}): Property => ({
  name,
  type,
  required: false,
  hasDefault: false,
  readOnly: false,
  writeOnly: false,
  ...facts,
});
const object = (...properties: Property[]): TypeNode => ({ kind: 'object', properties, additionalProperties: 'unspecified' });

function changes(a: TypeNode, b: TypeNode, side: 'request' | 'response' = 'request', context: Partial<CompareContext> = {}): Partial<RawChange>[] {
  const found: RawChange[] = [];
  new TypeComparer(index, index, (change) => found.push(change)).compare(a, b, { side, subject: 'T', path: '', root: false, modelField: false, ...context });
  return found.map(({ rule, subject, keyword, before, after }) => ({
    rule,
    subject,
    ...(keyword && { keyword }),
    ...(before !== undefined && { before }),
    ...(after !== undefined && { after }),
  }));
}

describe('TypeComparer: what changed at each position', () => {
  it.each<{ name: string; given: [TypeNode, TypeNode]; want: Partial<RawChange>[] }>([
    {
      name: 'a bound on a field',
      given: [object(field('name', { ...string, docs: { maxLength: 9 } })), object(field('name', { ...string, docs: { maxLength: 5 } }))],
      want: [{ rule: 'constraint-changed', subject: 'T.name', keyword: 'maxLength', before: '9', after: '5' }],
    },
    {
      name: 'a const replaced',
      given: [
        { kind: 'literal', value: 'v1' },
        { kind: 'literal', value: 'v2' },
      ],
      want: [{ rule: 'const-changed', subject: 'T', before: '"v1"', after: '"v2"' }],
    },
    {
      name: 'a default changed',
      given: [
        { ...string, docs: { default: 'a' } },
        { ...string, docs: { default: 'b' } },
      ],
      want: [{ rule: 'default-changed', subject: 'T', before: '"a"', after: '"b"' }],
    },
    {
      name: 'required beats default',
      given: [object(field('q', string, { hasDefault: true })), object(field('q', string, { hasDefault: true, required: true }))],
      want: [{ rule: 'field-became-required', subject: 'T.q' }],
    },
    {
      name: 'a field becomes read-only',
      given: [object(field('id', string)), object(field('id', string, { readOnly: true }))],
      want: [{ rule: 'field-removed', subject: 'T.id', before: 'string' }],
    },
    {
      name: 'an object wrapped in a oneOf',
      given: [
        object(field('a', string, { required: true })),
        { kind: 'union', exclusive: true, variants: [object(field('a', string, { required: true })), object(field('b', string, { required: true }))] },
      ],
      want: [{ rule: 'wrapped-in-one-of', subject: 'T', before: '{ a }', after: '{ a } | { b }' }],
    },
    {
      name: 'an allOf member added',
      given: [
        { kind: 'intersection', allOf: true, members: [object(field('a', string)), string] },
        { kind: 'intersection', allOf: true, members: [object(field('a', string)), string, { kind: 'array', items: string }] },
      ],
      want: [
        { rule: 'all-of-member-added', subject: 'T', after: 'string[]' },
        { rule: 'type-changed', subject: 'T', before: '{ a } & string', after: '{ a } & string & string[]' },
      ],
    },
    {
      name: 'only a description changed',
      given: [
        { ...string, docs: { description: 'a' } },
        { ...string, docs: { description: 'b' } },
      ],
      want: [],
    },
  ])('$name', ({ given, want }) => {
    expect(changes(...given)).toEqual(want);
  });

  it('marks a parameter default as such', () => {
    const found: RawChange[] = [];
    new TypeComparer(index, index, (change) => found.push(change)).compare(
      { ...string, docs: { default: 1 } },
      { ...string, docs: { default: 2 } },
      { side: 'request', subject: 'P.n', path: '', root: false, modelField: false, parameter: true },
    );
    expect(found).toEqual([expect.objectContaining({ rule: 'default-changed', parameter: true, side: 'request' })]);
  });
});

describe('TypeComparer: a pattern the SDK types (a string alternative beside listed values)', () => {
  const patterned = (pattern?: string): TypeNode => ({ ...string, ...(pattern && { docs: { pattern } }) });
  const listed: TypeNode = { kind: 'enum', values: ['1K', '2K'] };
  const ref = (name: string): TypeNode => ({ kind: 'ref', target: `#/components/schemas/${name}` });
  const withSizes = indexApi({ schemas: [{ id: '#/components/schemas/Sizes', name: 'Sizes', type: listed }] } as unknown as SurfaceApi);
  const sdkTypes = (a: TypeNode, b: TypeNode) => {
    const found: RawChange[] = [];
    new TypeComparer(withSizes, withSizes, (change) => found.push(change)).compare(a, b, { side: 'request', subject: 'T', path: '', root: false, modelField: false });
    return found.map(({ rule, keyword, sdkType }) => ({ rule, keyword, ...(sdkType && { sdkType }) }));
  };
  const union = (...variants: TypeNode[]): TypeNode => ({ kind: 'union', variants, exclusive: true });
  it.each<{ name: string; given: [TypeNode, TypeNode]; want: unknown[] }>([
    {
      name: 'one template literal type for another',
      given: [union(listed, patterned('^[0-9]+\\*[0-9]+$')), union(listed, patterned('^[0-9]+x[0-9]+$'))],
      want: [{ rule: 'constraint-changed', keyword: 'pattern', sdkType: { before: '`${number}*${number}`', after: '`${number}x${number}`' } }],
    },
    {
      name: 'a template literal type from no pattern',
      given: [union(listed, patterned()), union(listed, patterned('^[0-9]+$'))],
      want: [{ rule: 'constraint-changed', keyword: 'pattern', sdkType: { before: '(string & {})', after: '`${number}`' } }],
    },
    {
      name: 'a pattern no template expresses changes no SDK type',
      given: [union(listed, patterned('^#[0-9a-f]{6}$')), union(listed, patterned('^#[0-9A-F]{6}$'))],
      want: [{ rule: 'constraint-changed', keyword: 'pattern' }],
    },
    {
      name: 'two patterns of one template literal type change no SDK type',
      given: [union(listed, patterned('^[0-9]+\\*[0-9]+$')), union(listed, patterned('^\\d+\\*\\d+$'))],
      want: [{ rule: 'constraint-changed', keyword: 'pattern' }],
    },
    {
      name: 'without listed values beside it a pattern is validation only',
      given: [union({ kind: 'primitive', type: 'number' }, patterned('^[0-9]+\\*[0-9]+$')), union({ kind: 'primitive', type: 'number' }, patterned('^[0-9]+x[0-9]+$'))],
      want: [{ rule: 'constraint-changed', keyword: 'pattern' }],
    },
    {
      name: 'beside a referenced string enum',
      given: [union(ref('Sizes'), patterned('^[0-9]+\\*[0-9]+$')), union(ref('Sizes'), patterned('^[0-9]+x[0-9]+$'))],
      want: [{ rule: 'constraint-changed', keyword: 'pattern', sdkType: { before: '`${number}*${number}`', after: '`${number}x${number}`' } }],
    },
    { name: 'a patterned string alone', given: [patterned('^[0-9]+\\*[0-9]+$'), patterned('^[0-9]+x[0-9]+$')], want: [{ rule: 'constraint-changed', keyword: 'pattern' }] },
  ])('$name', ({ given, want }) => expect(sdkTypes(...given)).toEqual(want));
});
