/** Auto-pagination: the next page of each style, the Link header, and iteration with its guards. */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { describe, expect, it } from 'vitest';
import { APIPromise } from '../../../../../generated/imarouter/src/core/api-promise.ts';
import type { APIClient, OperationRequest } from '../../../../../generated/imarouter/src/core/http.ts';
import { nextLink, nextPageQuery, requestPage, type PaginationSpec } from '../../../../../generated/imarouter/src/core/pagination.ts';

const none = new Headers();

describe('nextLink', () => {
  const cases: { given: string | null; want: string | undefined }[] = [
    {
      given: '<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=5>; rel="last"',
      want: 'https://api.github.com/repositories/1/issues?page=2',
    },
    { given: '<https://x/a?page=1>; rel="prev", <https://x/a?page=1>; rel="first"', want: undefined },
    { given: '<https://x/a?page=3>; rel=next', want: 'https://x/a?page=3' },
    { given: '<https://x/a?b=1,2>; rel="last next"', want: 'https://x/a?b=1,2' },
    { given: '<https://x/a>; rel="nextish"', want: undefined },
    { given: null, want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(nextLink(given)).toBe(want));
});

describe('nextPageQuery', () => {
  const ids = (...values: string[]) => values.map((id) => ({ id }));
  const cases: { name: string; spec: PaginationSpec; query: Record<string, unknown>; body: unknown; headers?: Headers; want: Record<string, unknown> | undefined }[] = [
    {
      name: 'cursor: sends the field',
      spec: { items: ['data'], next: { kind: 'cursor', parameter: 'cursor', field: ['meta', 'next_cursor'] } },
      query: { limit: 2 },
      body: { data: ids('a'), meta: { next_cursor: 'c2' } },
      want: { limit: 2, cursor: 'c2' },
    },
    {
      name: 'cursor: empty ends',
      spec: { items: ['data'], next: { kind: 'cursor', parameter: 'cursor', field: ['next_cursor'] } },
      query: {},
      body: { data: ids('a'), next_cursor: '' },
      want: undefined,
    },
    {
      name: 'cursor: null ends',
      spec: { items: ['data'], next: { kind: 'cursor', parameter: 'cursor', field: ['next_cursor'] } },
      query: {},
      body: { data: [], next_cursor: null },
      want: undefined,
    },
    {
      name: 'cursor: one that does not move ends',
      spec: { items: ['data'], next: { kind: 'cursor', parameter: 'cursor', field: ['next_cursor'] } },
      query: { cursor: 'same' },
      body: { data: ids('a'), next_cursor: 'same' },
      want: undefined,
    },
    {
      name: 'afterLast: the last id while has_more',
      spec: { items: ['data'], hasMore: ['has_more'], next: { kind: 'afterLast', parameter: 'starting_after', idField: ['id'] } },
      query: { limit: 2 },
      body: { data: ids('a', 'b'), has_more: true },
      want: { limit: 2, starting_after: 'b' },
    },
    {
      name: 'afterLast: has_more false ends',
      spec: { items: ['data'], hasMore: ['has_more'], next: { kind: 'afterLast', parameter: 'starting_after', idField: ['id'] } },
      query: {},
      body: { data: ids('a'), has_more: false },
      want: undefined,
    },
    {
      name: 'offset: adds the items received',
      spec: { items: ['results'], next: { kind: 'offset', parameter: 'offset', limit: 'limit' } },
      query: { offset: 4, limit: 2 },
      body: { results: ids('e', 'f') },
      want: { offset: 6, limit: 2 },
    },
    { name: 'offset: from 0 when not sent', spec: { items: [], next: { kind: 'offset', parameter: 'offset' } }, query: {}, body: ids('a', 'b', 'c'), want: { offset: 3 } },
    {
      name: 'offset: a short page ends',
      spec: { items: ['results'], next: { kind: 'offset', parameter: 'offset', limit: 'limit' } },
      query: { offset: 4, limit: 2 },
      body: { results: ids('e') },
      want: undefined,
    },
    {
      name: 'offset: an empty page ends',
      spec: { items: ['results'], next: { kind: 'offset', parameter: 'offset' } },
      query: { offset: 4 },
      body: { results: [] },
      want: undefined,
    },
    {
      name: 'page: next number',
      spec: { items: [], next: { kind: 'page', parameter: 'page', size: 'per_page' } },
      query: { page: 2, per_page: 2 },
      body: ids('c', 'd'),
      want: { page: 3, per_page: 2 },
    },
    { name: 'page: from the first page when not sent', spec: { items: [], next: { kind: 'page', parameter: 'page', first: 0 } }, query: {}, body: ids('a'), want: { page: 1 } },
    {
      name: 'page: the Link header decides',
      spec: { items: [], next: { kind: 'page', parameter: 'page', size: 'per_page' } },
      query: { per_page: 2 },
      body: ids('a'),
      headers: new Headers({ link: '<https://h/repositories/1/issues?per_page=2&page=2&state=all>; rel="next"' }),
      want: { per_page: '2', page: '2', state: 'all' },
    },
    {
      name: 'page: a Link header without next ends',
      spec: { items: [], next: { kind: 'page', parameter: 'page' } },
      query: { page: 3 },
      body: ids('a', 'b'),
      headers: new Headers({ link: '<https://h/x?page=1>; rel="first"' }),
      want: undefined,
    },
    {
      name: 'has_more false ends any style',
      spec: { items: ['data'], hasMore: ['has_more'], next: { kind: 'page', parameter: 'page' } },
      query: {},
      body: { data: ids('a'), has_more: false },
      want: undefined,
    },
  ];
  it.each(cases)('$name', ({ spec, query, body, headers, want }) => expect(nextPageQuery(spec, query, body, headers ?? none)).toEqual(want));
});

/** A client whose server holds `total` items and answers offset/limit pages of them; records each query. */
function listClient(total: number): { client: APIClient; queries: Record<string, unknown>[] } {
  const queries: Record<string, unknown>[] = [];
  const client: APIClient = {
    request: <T>(request: OperationRequest, options?: { signal?: AbortSignal }) =>
      new APIPromise<T>(async () => {
        if (options?.signal?.aborted) throw new Error('aborted');
        const query = request.query ?? {};
        queries.push(query);
        const offset = Number(query.offset ?? 0);
        const limit = Number(query.limit ?? 2);
        const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ id: `item_${offset + i}` }));
        return { response: new Response(null, { headers: { 'x-request-id': `req_${offset}` } }), data: { results: items }, raw: false };
      }),
  };
  return { client, queries };
}

const SPEC: PaginationSpec = { items: ['results'], next: { kind: 'offset', parameter: 'offset', limit: 'limit' } };
const REQUEST: OperationRequest = { method: 'GET', path: '/things', query: { limit: 2 } };

describe('requestPage', () => {
  it('awaiting gives the first page; iterating walks every item across pages, stopping on the short page', async () => {
    const { client, queries } = listClient(5);
    const page = await requestPage<{ id: string }, unknown>(client, REQUEST, {}, SPEC);
    expect(page.items.map((item) => item.id)).toEqual(['item_0', 'item_1']);
    expect(page.hasNextPage()).toBe(true);
    const all: string[] = [];
    for await (const item of requestPage<{ id: string }, unknown>(client, REQUEST, {}, SPEC)) all.push(item.id);
    expect(all).toEqual(['item_0', 'item_1', 'item_2', 'item_3', 'item_4']);
    expect(queries.slice(1).map((query) => query.offset)).toEqual([undefined, 2, 4]);
  });

  it('getNextPage() and pages()', async () => {
    const { client } = listClient(3);
    const first = await requestPage<{ id: string }, unknown>(client, REQUEST, {}, SPEC);
    const second = await first.getNextPage();
    expect(second.items.map((item) => item.id)).toEqual(['item_2']);
    expect(second.hasNextPage()).toBe(false);
    await expect(second.getNextPage()).rejects.toThrow(/last page/);
    const counts: number[] = [];
    for await (const page of first.pages()) counts.push(page.items.length);
    expect(counts).toEqual([2, 1]);
  });

  const guards: { name: string; options: Record<string, number>; want: number }[] = [
    { name: 'maxPages', options: { maxPages: 2 }, want: 4 },
    { name: 'maxItems', options: { maxItems: 3 }, want: 3 },
    { name: 'maxItems within the first page', options: { maxItems: 1 }, want: 1 },
  ];
  it.each(guards)('$name stops iteration', async ({ options, want }) => {
    const { client, queries } = listClient(100);
    let count = 0;
    for await (const _ of requestPage(client, REQUEST, options, SPEC)) count++;
    expect(count).toBe(want);
    expect(queries.length).toBe(Math.ceil(want / 2));
  });

  it('an invalid guard rejects', async () => {
    const { client } = listClient(1);
    await expect(requestPage(client, REQUEST, { maxPages: 0 }, SPEC)).rejects.toThrow(/maxPages/);
  });

  it('an aborted signal stops between pages', async () => {
    const { client, queries } = listClient(100);
    const controller = new AbortController();
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const item of requestPage(client, REQUEST, { signal: controller.signal }, SPEC)) {
          seen.push(item);
          if (seen.length === 3) controller.abort();
        }
      })(),
    ).rejects.toThrow(/aborted/);
    expect(seen).toHaveLength(4);
    expect(queries).toHaveLength(2);
  });

  it('withResponse() gives the first page with its response and request id', async () => {
    const { client } = listClient(2);
    const { data, requestId } = await requestPage<{ id: string }, unknown>(client, REQUEST, {}, SPEC).withResponse();
    expect(data.items).toHaveLength(2);
    expect(requestId).toBe('req_0');
  });
});
