/** Endpoint groups: `#fragment` variants of one method and path, their discriminating property, and whether they merge. */
import { describe, expect, it } from 'vitest';
import { groupEndpoints, isMergeable, plainVariant } from '../../generator/ir/endpoints.ts';
import { resolverFor } from '../../generator/ir/type-query.ts';
import type { Operation, TypeNode } from '../../generator/ir/types.ts';
import { jsonBody, lit, obj, oneOf, operation, prop, ref, str, union } from '../helpers/ir-nodes.ts';

const resolve = resolverFor([
  { id: '#/components/schemas/Veo', name: 'Veo', originalName: 'Veo', type: obj({ model: oneOf('veo-3', 'veo-3-fast'), prompt: str }), usage: { request: true, response: false } },
]);
const variant = (fragment: string, body?: TypeNode, extra: Partial<Operation> = {}) =>
  operation(`create${fragment}`, { pathKey: `/v1/videos#${fragment}`, fragment, ...(body && { requestBody: jsonBody(body) }), ...extra });

describe('groupEndpoints', () => {
  it('groups by method and wire path; a lone operation is no group', () => {
    const groups = groupEndpoints([variant('a'), variant('b'), operation('other', { pathKey: '/v1/other' }), variant('c', undefined, { method: 'get' })], resolve);
    expect(groups.map((group) => [group.method, group.path, group.operations])).toEqual([['post', '/v1/videos', ['createa', 'createb']]]);
    expect(groups[0]).toMatchObject({ mergeable: false, everyVariantCreatesTask: false, everyVariantFetchesTask: false });
  });

  const discriminators: { name: string; bodies: (TypeNode | undefined)[]; want: unknown }[] = [
    {
      name: 'a required literal per variant',
      bodies: [obj({ model: lit('kling'), prompt: str }), obj({ model: lit('wan'), prompt: str })],
      want: {
        property: 'model',
        values: [
          { value: 'kling', operation: 'create0' },
          { value: 'wan', operation: 'create1' },
        ],
      },
    },
    {
      name: 'enums and references',
      bodies: [ref('Veo'), obj({ model: oneOf('sora') })],
      want: {
        property: 'model',
        values: [
          { value: 'veo-3', operation: 'create0' },
          { value: 'veo-3-fast', operation: 'create0' },
          { value: 'sora', operation: 'create1' },
        ],
      },
    },
    {
      name: 'the first property that qualifies, in the first body order',
      bodies: [obj({ vendor: lit('a'), model: lit('x') }), obj({ model: lit('y'), vendor: lit('b') })],
      want: {
        property: 'vendor',
        values: [
          { value: 'a', operation: 'create0' },
          { value: 'b', operation: 'create1' },
        ],
      },
    },
    {
      name: 'a property of union variants',
      bodies: [union(obj({ model: lit('a') }), obj({ model: lit('b') })), obj({ model: lit('c') })],
      want: {
        property: 'model',
        values: [
          { value: 'a', operation: 'create0' },
          { value: 'b', operation: 'create0' },
          { value: 'c', operation: 'create1' },
        ],
      },
    },
    { name: 'a value shared by two variants', bodies: [obj({ model: oneOf('a', 'b') }), obj({ model: lit('b') })], want: undefined },
    {
      name: 'optional in one variant',
      bodies: [obj({ model: lit('a') }), { kind: 'object', properties: [prop('model?', lit('b'))], additionalProperties: 'unspecified' }],
      want: undefined,
    },
    { name: 'a free string in one variant', bodies: [obj({ model: lit('a') }), obj({ model: str })], want: undefined },
    { name: 'numbers do not route', bodies: [obj({ v: lit(1) }), obj({ v: lit(2) })], want: undefined },
    { name: 'a variant without a body', bodies: [obj({ model: lit('a') }), undefined], want: undefined },
  ];
  it.each(discriminators)('discriminator: $name', ({ bodies, want }) => {
    const operations = bodies.map((body, index) => variant(String(index), body));
    expect(groupEndpoints(operations, resolve)[0]!.discriminator).toEqual(want);
  });
});

describe('isMergeable', () => {
  const param = (name: string, required = true) => ({ name, in: 'query' as const, required, deprecated: false, type: str });
  const cases: { name: string; variants: Operation[]; want: boolean }[] = [
    { name: 'discriminated', variants: [variant('a', obj({ model: lit('a') })), variant('b', obj({ model: lit('b') }))], want: true },
    {
      name: 'no body, same parameters in any order',
      variants: [variant('a', undefined, { parameters: [param('x'), param('y')] }), variant('b', undefined, { parameters: [param('y'), param('x')] })],
      want: true,
    },
    {
      name: 'no body, different parameters',
      variants: [variant('a', undefined, { parameters: [param('x')] }), variant('b', undefined, { parameters: [param('y')] })],
      want: false,
    },
    {
      name: 'no body, a parameter required in one only',
      variants: [variant('a', undefined, { parameters: [param('x')] }), variant('b', undefined, { parameters: [param('x', false)] })],
      want: false,
    },
    { name: 'bodies without a discriminator', variants: [variant('a', obj({ p: str })), variant('b', obj({ p: str }))], want: false },
    {
      name: 'no body, same parameters, but one path key fixes a query',
      variants: [variant('a', undefined, { parameters: [param('x')] }), variant('b', undefined, { parameters: [param('x')], fixedQuery: [{ name: 'beta', value: 'true' }] })],
      want: false,
    },
  ];
  it.each(cases)('$name → $want', ({ variants, want }) => {
    const [group] = groupEndpoints(variants, resolve);
    expect(isMergeable(group!, new Map(variants.map((operation) => [operation.name, operation])))).toBe(want);
  });
});

describe('plainVariant (the variant a shared endpoint stands for)', () => {
  const beta = { fixedQuery: [{ name: 'beta', value: 'true' }] };
  it.each<[string, Partial<Operation>[], number]>([
    ['the one without a fragment or fixed query', [{ fragment: 'a' }, beta, {}], 2],
    ['else the first', [{ fragment: 'a' }, beta], 0],
    ['a fixed query is no plain variant', [beta, {}], 1],
  ])('%s', (_label, variants, want) => {
    const operations = variants.map((extra, index) => operation(`v${index}`, extra));
    expect(plainVariant(operations)).toBe(operations[want]);
  });
});
