/**
 * Auto-pagination. A list call returns a {@link PagePromise}: awaiting it gives the first {@link Page} (its items,
 * body and response, `hasNextPage()`, `getNextPage()`), and `for await (const item of client.things.list())` walks
 * every item of every page, fetching each page when the previous one is used up. Every page is an ordinary request:
 * credentials, retries, timeouts and the call's `signal` apply to each.
 *
 * How the next page is asked for comes from the spec (see the generator's pagination rules): a cursor field, the
 * last item's id while `has_more`, an offset, or a page number (following a `Link: rel="next"` header when the
 * server sends one).
 */
import { APIPromise, type Delivery } from './api-promise.js';
import { APIUserAbortError, SDKError } from './errors.js';
import type { APIClient, OperationRequest, RequestOptions } from './http.js';

/** How an operation pages, as the generator found it. */
export interface PaginationSpec {
  /** Where the items are in the response body; empty when the body is the list itself. */
  items: readonly string[];
  next:
    | { kind: 'cursor'; parameter: string; field: readonly string[] }
    | { kind: 'afterLast'; parameter: string; idField: readonly string[] }
    | { kind: 'offset'; parameter: string; limit?: string }
    | { kind: 'page'; parameter: string; size?: string; first?: number };
  /** A boolean in the body that says whether more pages follow. */
  hasMore?: readonly string[];
}

/** Per-call options of a list call: those of any call, plus guards for iterating across pages. */
export interface PageOptions extends RequestOptions {
  /** Iteration stops after this many pages (the first included). Default: no limit. */
  maxPages?: number;
  /** Iteration stops after this many items. Default: no limit. */
  maxItems?: number;
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The URL of a `Link` header's `rel="next"` entry, if any (RFC 8288). */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2]!)) return match[1];
  }
  return undefined;
}

/**
 * The query of the page after this one, or `undefined` when this is the last. `query` is what this page was asked
 * with; `body` and `headers` what it answered.
 */
export function nextPageQuery(
  spec: PaginationSpec,
  query: Record<string, unknown>,
  body: unknown,
  headers: Headers,
): Record<string, unknown> | undefined {
  const items = readPath(body, spec.items);
  const list = Array.isArray(items) ? items : [];
  if (spec.hasMore && readPath(body, spec.hasMore) === false) return undefined;
  const { next } = spec;
  switch (next.kind) {
    case 'cursor': {
      const cursor = readPath(body, next.field);
      // A cursor that does not move would ask for the same page forever.
      if (cursor === undefined || cursor === null || cursor === '' || cursor === query[next.parameter])
        return undefined;
      return { ...query, [next.parameter]: cursor };
    }
    case 'afterLast': {
      const id = list.length ? readPath(list[list.length - 1], next.idField) : undefined;
      if (spec.hasMore === undefined || readPath(body, spec.hasMore) !== true || id === undefined || id === null)
        return undefined;
      return { ...query, [next.parameter]: id };
    }
    case 'offset': {
      const limit = next.limit === undefined ? undefined : Number(query[next.limit]);
      if (!list.length || (limit !== undefined && Number.isFinite(limit) && list.length < limit)) return undefined;
      return { ...query, [next.parameter]: (Number(query[next.parameter]) || 0) + list.length };
    }
    case 'page': {
      const link = headers.get('link');
      if (link !== null && /rel\s*=/i.test(link)) {
        // The server says where the next page is (or, without `next`, that there is none): its query, our path.
        const url = nextLink(link);
        if (url === undefined) return undefined;
        const params = new URL(url, 'http://base.invalid').searchParams;
        const fromLink: Record<string, unknown> = {};
        for (const key of new Set(params.keys())) {
          const values = params.getAll(key);
          fromLink[key] = values.length > 1 ? values : values[0];
        }
        return fromLink;
      }
      const size = next.size === undefined ? undefined : Number(query[next.size]);
      if (!list.length || (size !== undefined && Number.isFinite(size) && list.length < size)) return undefined;
      const current = query[next.parameter] === undefined ? (next.first ?? 1) : Number(query[next.parameter]);
      return { ...query, [next.parameter]: current + 1 };
    }
  }
}

/** One page of a list: its items, the whole body and the response, and the way to the next page. */
export class Page<TItem, TBody = unknown> implements AsyncIterable<TItem> {
  /** The items of this page. */
  readonly items: TItem[];
  /** The response body as the API declares it (items, counts, cursors). */
  readonly body: TBody;
  /** The HTTP response of this page. */
  readonly response: Response;
  readonly #client: APIClient;
  readonly #request: OperationRequest;
  readonly #options: PageOptions;
  readonly #spec: PaginationSpec;
  readonly #next: Record<string, unknown> | undefined;

  constructor(
    client: APIClient,
    request: OperationRequest,
    options: PageOptions,
    spec: PaginationSpec,
    body: TBody,
    response: Response,
  ) {
    this.#client = client;
    this.#request = request;
    this.#options = options;
    this.#spec = spec;
    this.body = body;
    this.response = response;
    const items = readPath(body, spec.items);
    this.items = Array.isArray(items) ? (items as TItem[]) : [];
    this.#next = nextPageQuery(spec, { ...request.query }, body, response.headers);
  }

  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /** Fetches the next page; throws when there is none (check {@link hasNextPage}). */
  getNextPage(): PagePromise<TItem, TBody> {
    if (!this.#next)
      return new PagePromise<TItem, TBody>(() =>
        Promise.reject(new SDKError('This is the last page: there is no next page to fetch.')),
      );
    return requestPage<TItem, TBody>(this.#client, { ...this.#request, query: this.#next }, this.#options, this.#spec);
  }

  /** This page and every one after it, fetched as the loop asks, within `maxPages` and the call's `signal`. */
  async *pages(): AsyncGenerator<Page<TItem, TBody>, void, undefined> {
    const { maxPages = Infinity, signal } = this.#options;
    let page: Page<TItem, TBody> = this;
    for (let count = 1; ; count++) {
      yield page;
      if (!page.hasNextPage() || count >= maxPages) return;
      if (signal?.aborted)
        throw new APIUserAbortError(`${this.#request.method} ${this.#request.path}: listing was aborted`);
      page = await page.getNextPage();
    }
  }

  /** Every item from this page on, within `maxItems` and `maxPages`. */
  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    const { maxItems = Infinity } = this.#options;
    let count = 0;
    if (count >= maxItems) return;
    for await (const page of this.pages()) {
      for (const item of page.items) {
        yield item;
        if (++count >= maxItems) return;
      }
    }
  }
}

/**
 * What a list call returns: a promise of its first {@link Page} (with `.withResponse()` and `.asResponse()` like
 * any call) that is also an async iterable over every item of every page.
 */
export class PagePromise<TItem, TBody = unknown>
  extends APIPromise<Page<TItem, TBody>>
  implements AsyncIterable<TItem>
{
  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    yield* await this;
  }
}

/** Sends one page's request; the generated list functions call this. */
export function requestPage<TItem, TBody>(
  client: APIClient,
  request: OperationRequest,
  options: PageOptions = {},
  spec: PaginationSpec,
): PagePromise<TItem, TBody> {
  const { maxPages, maxItems, ...requestOptions } = options;
  for (const [name, value] of [
    ['maxPages', maxPages],
    ['maxItems', maxItems],
  ] as const) {
    if (value !== undefined && !(typeof value === 'number' && value >= 1)) {
      return new PagePromise<TItem, TBody>(() =>
        Promise.reject(new SDKError(`Option \`${name}\` must be at least 1, got ${String(value)}`)),
      );
    }
  }
  return new PagePromise<TItem, TBody>(async (wantsRaw): Promise<Delivery> => {
    // One turn later, so that an `.asResponse()` written on the call has been seen.
    await undefined;
    const call = client.request<TBody>(request, requestOptions);
    if (wantsRaw()) return { response: await call.asResponse(), data: undefined, raw: true };
    const { data, response } = await call.withResponse();
    return {
      response,
      data: new Page<TItem, TBody>(client, request, options, spec, data as TBody, response),
      raw: false,
    };
  });
}
