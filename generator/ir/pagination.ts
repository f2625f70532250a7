/**
 * Which operations return one page of a longer list, and how the next page is asked for. Found by general rules,
 * not by API name, so that any spec following a common convention gets auto-pagination:
 *
 * 1. The operation is a GET whose success response is JSON holding a list: the body is an array, or an object with
 *    an array property called `data`, `items`, `results`, `entries`, `records`, `values`, `list` or `nodes` (else its
 *    only array property). That array is what iteration yields.
 * 2. The next page is signalled by the first of these that fits:
 *    - **cursor**: the response has a `next_<x>`/`next<X>` field (top level or one object below, e.g. Slack's
 *      `response_metadata.next_cursor`), and the operation a query parameter `<x>`: `next_cursor` → `cursor`,
 *      `next_page_token` → `page_token`, `nextPageToken` → `pageToken`. The next request sends the field's value;
 *      the list ends when it is empty or missing.
 *    - **after the last item**: the response has a boolean `has_more`/`hasMore` and the operation a query parameter
 *      `starting_after`/`after` (Stripe, OpenAI): the next request sends the last item's `id`; the list ends when
 *      `has_more` is false.
 *    - **offset**: a query parameter `offset` (or `skip`), with `limit`/`per_page`/`page_size`/`count`/`top` when
 *      there is one: the next offset is this one plus the items received; the list ends on an empty page, a page
 *      shorter than the limit asked for, or `has_more: false`.
 *    - **page number**: a query parameter `page` (or `page_number`/`pageNumber`), with `per_page`/`page_size`/
 *      `pageSize`/`limit` when there is one: the next request follows the response's `Link: <…>; rel="next"` header
 *      when it has one (GitHub), else asks for the next number; the list ends on a missing `next` link where the
 *      server sends links, an empty page, a page shorter than the size asked for, or `has_more: false`.
 * An operation that fits no rule is an ordinary call.
 */
import { isJsonMediaType } from './media-types.ts';
import { findPropertyPath, propertiesOf, type Resolve } from './type-query.ts';
import type { Operation, Pagination, Property, TypeNode } from './types.ts';

export type { Pagination };

const ITEM_FIELDS = ['data', 'items', 'results', 'entries', 'records', 'values', 'list', 'nodes'];
const HAS_MORE = new Set(['has_more', 'hasMore', 'has_next', 'hasNext', 'has_next_page', 'hasNextPage']);
const AFTER_PARAMETERS = ['starting_after', 'after', 'startingAfter'];
const OFFSET_PARAMETERS = ['offset', 'skip'];
const PAGE_PARAMETERS = ['page', 'page_number', 'pageNumber'];
const SIZE_PARAMETERS = ['limit', 'per_page', 'perPage', 'page_size', 'pageSize', 'count', 'top', 'size'];

function strip(node: TypeNode, resolve: Resolve): TypeNode {
  let current: TypeNode | undefined = node;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current.kind === 'ref') current = resolve(current);
    else if (current.kind === 'nullable') current = current.inner;
    else return current;
  }
  return current ?? { kind: 'unknown' };
}

const isArray = (node: TypeNode, resolve: Resolve) => strip(node, resolve).kind === 'array';

/** The JSON body of the operation's first 2xx response, if any. */
function successBody(operation: Operation): TypeNode | undefined {
  const response = operation.responses.find((candidate) => /^2\d\d$|^2XX$/i.test(candidate.status));
  return response?.contents.find((content) => isJsonMediaType(content.mediaType))?.type;
}

/** Where the list is: the body itself, a conventional array property, or the only array property. */
function itemsPath(body: TypeNode, resolve: Resolve): string[] | undefined {
  if (isArray(body, resolve)) return [];
  const arrays = propertiesOf(body, resolve).filter((property) => isArray(property.type, resolve));
  const conventional = ITEM_FIELDS.map((name) => arrays.find((property) => property.name === name)).find(Boolean);
  if (conventional) return [conventional.name];
  return arrays.length === 1 ? [arrays[0]!.name] : undefined;
}

/**
 * Whether an operation's success response is a list: a JSON array, or an object with an array under one of the
 * conventional names (`data`, `items`, …). An object with some other array field is one thing, not a list.
 */
export function returnsList(operation: Operation, resolve: Resolve): boolean {
  const body = successBody(operation);
  if (!body) return false;
  if (isArray(body, resolve)) return true;
  return propertiesOf(body, resolve).some((property) => ITEM_FIELDS.includes(property.name) && isArray(property.type, resolve));
}

/** Whether the listed items are objects with an `id` (what `starting_after` takes). */
function itemsHaveId(body: TypeNode, items: string[], resolve: Resolve): boolean {
  let list = body;
  for (const name of items) {
    // allOf may declare a property twice (`items: {}` in a base, `items: Thing[]` in the extension): the array one counts.
    const types = propertiesOf(list, resolve)
      .filter((property) => property.name === name)
      .map((property) => property.type);
    list = types.find((type) => isArray(type, resolve)) ?? types[0] ?? { kind: 'unknown' };
  }
  const array = strip(list, resolve);
  return array.kind === 'array' && propertiesOf(array.items, resolve).some((property) => property.name === 'id');
}

/** `next_cursor` → `cursor`, `nextPageToken` → `pageToken`, `next_page_token` → `page_token`; else undefined. */
export function cursorParameterFor(field: string): string | undefined {
  const snake = /^next_(.+)$/.exec(field)?.[1];
  if (snake) return snake;
  const camel = /^next([A-Z].*)$/.exec(field)?.[1];
  return camel ? camel[0]!.toLowerCase() + camel.slice(1) : undefined;
}

const isScalar = (property: Property, resolve: Resolve) => {
  const node = strip(property.type, resolve);
  return node.kind === 'primitive' || node.kind === 'literal' || node.kind === 'enum' || node.kind === 'unknown';
};

/** The pagination of one operation, or undefined when it is not a list with a next-page signal. */
export function paginationOf(operation: Operation, resolve: Resolve): Pagination | undefined {
  if (operation.method !== 'get') return undefined;
  const body = successBody(operation);
  if (!body) return undefined;
  const items = itemsPath(body, resolve);
  if (!items) return undefined;
  const query = new Set(operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
  const first = (names: string[]) => names.find((name) => query.has(name));
  const hasMore = findPropertyPath(body, (property) => HAS_MORE.has(property.name) && strip(property.type, resolve).kind === 'primitive', resolve)?.path;
  const base = { operation: operation.name, items, ...(hasMore && { hasMore }) };

  const cursor = findPropertyPath(
    body,
    (property) => {
      const parameter = cursorParameterFor(property.name);
      return parameter !== undefined && query.has(parameter) && isScalar(property, resolve);
    },
    resolve,
  );
  if (cursor) return { ...base, next: { kind: 'cursor', parameter: cursorParameterFor(cursor.property.name)!, field: cursor.path } };

  const after = first(AFTER_PARAMETERS);
  if (after && hasMore && itemsHaveId(body, items, resolve)) return { ...base, next: { kind: 'afterLast', parameter: after, idField: ['id'] } };

  const size = first(SIZE_PARAMETERS);
  const offset = first(OFFSET_PARAMETERS);
  if (offset) return { ...base, next: { kind: 'offset', parameter: offset, ...(size && size !== offset && { limit: size }) } };

  const page = first(PAGE_PARAMETERS);
  if (page) {
    // The first page's number, when the spec says: the parameter's default, else its minimum.
    const docs = operation.parameters.find((parameter) => parameter.in === 'query' && parameter.name === page)?.type.docs;
    const start = typeof docs?.default === 'number' ? docs.default : docs?.minimum;
    return { ...base, next: { kind: 'page', parameter: page, ...(size && { size }), ...(start !== undefined && { first: start }) } };
  }
  return undefined;
}

/** Every paginated operation of an API, in operation order. */
export function findPaginations(operations: Operation[], resolve: Resolve): Pagination[] {
  return operations.flatMap((operation) => paginationOf(operation, resolve) ?? []);
}
