/** Pagination detection: each documented rule on a small operation, and what is not a paginated list. */
import { describe, expect, it } from 'vitest';
import { cursorParameterFor, findPaginations, paginationOf, returnsList, type Pagination } from '../../generator/ir/pagination.ts';
import { resolverFor } from '../../generator/ir/type-query.ts';
import type { NamedSchema, Operation, Parameter, Property, TypeNode } from '../../generator/ir/types.ts';

const string: TypeNode = { kind: 'primitive', type: 'string' };
const integer: TypeNode = { kind: 'primitive', type: 'integer' };
const boolean: TypeNode = { kind: 'primitive', type: 'boolean' };
const prop = (name: string, type: TypeNode): Property => ({ name, required: false, hasDefault: false, readOnly: false, writeOnly: false, type });
const object = (...properties: Property[]): TypeNode => ({ kind: 'object', properties, additionalProperties: 'unspecified' });
const array = (items: TypeNode): TypeNode => ({ kind: 'array', items });
const item = object(prop('id', string), prop('name', string));
const query = (...names: string[]): Parameter[] =>
  names.map((name) => ({ name, in: 'query', required: false, deprecated: false, type: name.includes('size') || name === 'limit' ? integer : string }));

function operation(body: TypeNode, parameters: Parameter[], method: Operation['method'] = 'get', mediaType = 'application/json'): Operation {
  return {
    name: 'listThings',
    nameSource: 'operationId',
    method,
    pathKey: '/things',
    path: '/things',
    tags: [],
    deprecated: false,
    parameters,
    responses: [{ status: '200', contents: [{ mediaType, type: body, examples: [] }] }],
    security: [],
  };
}

const schemas: NamedSchema[] = [
  {
    id: '#/components/schemas/Page',
    name: 'Page',
    originalName: 'Page',
    type: object(prop('data', array(item)), prop('has_more', boolean)),
    usage: { request: false, response: true },
  },
];
const resolve = resolverFor(schemas);

describe('paginationOf', () => {
  const cases: { name: string; given: Operation; want: Omit<Pagination, 'operation'> | undefined }[] = [
    {
      name: 'cursor: next_cursor ↔ cursor (Slack, one level down)',
      given: operation(object(prop('channels', array(item)), prop('response_metadata', object(prop('next_cursor', string)))), query('cursor', 'limit')),
      want: { items: ['channels'], next: { kind: 'cursor', parameter: 'cursor', field: ['response_metadata', 'next_cursor'] } },
    },
    {
      name: 'cursor: nextPageToken ↔ pageToken (Google)',
      given: operation(object(prop('items', array(item)), prop('nextPageToken', string)), query('pageToken', 'maxResults')),
      want: { items: ['items'], next: { kind: 'cursor', parameter: 'pageToken', field: ['nextPageToken'] } },
    },
    {
      name: 'cursor: next_page ↔ page wins over the page number (Stripe search)',
      given: operation(object(prop('data', array(item)), prop('has_more', boolean), prop('next_page', string)), query('page', 'limit')),
      want: { items: ['data'], hasMore: ['has_more'], next: { kind: 'cursor', parameter: 'page', field: ['next_page'] } },
    },
    {
      name: 'after the last item: has_more + starting_after (Stripe), through a $ref',
      given: operation({ kind: 'ref', target: '#/components/schemas/Page' }, query('starting_after', 'ending_before', 'limit')),
      want: { items: ['data'], hasMore: ['has_more'], next: { kind: 'afterLast', parameter: 'starting_after', idField: ['id'] } },
    },
    {
      name: 'after the last item: has_more + after (OpenAI)',
      given: operation(object(prop('object', string), prop('data', array(item)), prop('has_more', boolean)), query('after', 'limit', 'order')),
      want: { items: ['data'], hasMore: ['has_more'], next: { kind: 'afterLast', parameter: 'after', idField: ['id'] } },
    },
    {
      name: 'offset and limit',
      given: operation(object(prop('results', array(item)), prop('total', integer)), query('offset', 'limit')),
      want: { items: ['results'], next: { kind: 'offset', parameter: 'offset', limit: 'limit' } },
    },
    {
      name: 'page and per_page, the body an array (GitHub)',
      given: operation(array(item), query('per_page', 'page')),
      want: { items: [], next: { kind: 'page', parameter: 'page', size: 'per_page' } },
    },
    {
      name: 'page alone, items the only array',
      given: operation(object(prop('users', array(item)), prop('page', integer)), query('page')),
      want: { items: ['users'], next: { kind: 'page', parameter: 'page' } },
    },
    {
      name: 'allOf declaring items twice: the array one counts (Spotify)',
      given: operation(
        { kind: 'intersection', members: [object(prop('items', { kind: 'unknown' }), prop('offset', integer)), object(prop('items', array(item)))] },
        query('offset', 'limit'),
      ),
      want: { items: ['items'], next: { kind: 'offset', parameter: 'offset', limit: 'limit' } },
    },
    { name: 'no next-page signal: a plain list', given: operation(array(item), query('q')), want: undefined },
    { name: 'not a list', given: operation(object(prop('id', string)), query('page')), want: undefined },
    { name: 'two arrays, none conventional', given: operation(object(prop('a', array(item)), prop('b', array(item))), query('page')), want: undefined },
    { name: 'a POST is never paginated', given: operation(array(item), query('page'), 'post'), want: undefined },
    { name: 'not JSON', given: operation(array(item), query('page'), 'get', 'text/csv'), want: undefined },
    { name: 'starting_after without has_more', given: operation(object(prop('data', array(item))), query('starting_after')), want: undefined },
    {
      name: 'starting_after, but the items have no id',
      given: operation(object(prop('data', array(string)), prop('has_more', boolean)), query('starting_after')),
      want: undefined,
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(paginationOf(given, resolve)).toEqual(want && { operation: 'listThings', ...want });
  });

  it('findPaginations keeps operation order and skips the rest', () => {
    const a = { ...operation(array(item), query('page')), name: 'a' };
    const b = { ...operation(array(item), []), name: 'b' };
    const c = { ...operation(array(item), query('offset')), name: 'c' };
    expect(findPaginations([a, b, c], resolve).map((found) => found.operation)).toEqual(['a', 'c']);
  });
});

describe('cursorParameterFor', () => {
  const cases = [
    { given: 'next_cursor', want: 'cursor' },
    { given: 'next_page_token', want: 'page_token' },
    { given: 'nextPageToken', want: 'pageToken' },
    { given: 'nextCursor', want: 'cursor' },
    { given: 'next', want: undefined },
    { given: 'cursor', want: undefined },
    { given: 'nextgen', want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(cursorParameterFor(given)).toBe(want));
});

describe('returnsList (what makes a GET a list, not one object)', () => {
  it.each<[string, TypeNode, string, boolean]>([
    ['an array', array(item), 'application/json', true],
    ['an object with a conventional array field', { kind: 'ref', target: '#/components/schemas/Page' }, 'application/json', true],
    ['an object whose only array field is not conventional', object(prop('allowed_ips', array(string))), 'application/json', false],
    ['an object', item, 'application/json', false],
    ['binary content', string, 'application/octet-stream', false],
  ])('%s → %s', (_label, body, mediaType, want) => expect(returnsList(operation(body, [], 'get', mediaType), resolve)).toBe(want));
});
