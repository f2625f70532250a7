// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Search {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /v1/search`
   *
   * Standalone: `search(client, …)`; errors: `isAPIError(error, 'search')`.
   *
   * @example
   * const result = await client.search.list({
   *   q: "string",
   *   "X-Request-Id": "string",
   * });
   */
  list(params: SearchParams, options?: RequestOptions): APIPromise<SearchResponse> {
    return search(this.client, params, options);
  }
}

/**
 * `GET /v1/search`
 *
 * @example
 * const result = await search(client, {
 *   q: "string",
 *   "X-Request-Id": "string",
 * });
 */
export function search(client: APIClient, params: SearchParams, options?: RequestOptions): APIPromise<SearchResponse> {
  const {
    q: $0,
    limit: $1,
    include_archived: $2,
    sort: $3,
    tag: $4,
    fields: $5,
    filter: $6,
    'page[size]': $7,
    'page[number]': $8,
    'X-Request-Id': $9,
    'X-Client-Version': $10,
    session_id: $11,
  } = params;
  return client.request<SearchResponse>(
    {
      operation: 'search',
      method: 'GET',
      path: '/v1/search',
      query: {
        q: $0,
        limit: $1,
        include_archived: $2,
        sort: $3,
        tag: $4,
        fields: $5,
        filter: $6,
        'page[size]': $7,
        'page[number]': $8,
      },
      queryStyles: {
        tag: { style: 'form', explode: true },
        fields: { style: 'form', explode: false },
        filter: { style: 'deepObject', explode: true },
      },
      headers: { 'X-Request-Id': $9, 'X-Client-Version': $10 },
      cookies: { session_id: $11 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export type SearchResponse = string[];

/** The params object of {@link search}: body fields and parameters in one object. */
export type SearchParams = {
  q: string;
  /**
   * @default 20
   * @minimum 1
   * @maximum 100
   */
  limit?: number;
  include_archived?: boolean;
  sort?: 'relevance' | 'newest' | 'oldest';
  /**
   * Repeated key, e.g. ?tag=a&tag=b
   */
  tag?: string[];
  /**
   * Comma-joined, e.g. ?fields=id,name
   */
  fields?: string[];
  /**
   * Serialized as filter[owner]=x&filter[kind]=y
   */
  filter?: {
    owner?: string;
    kind?: string;
  };
  /**
   * @minimum 1
   * @maximum 500
   */
  'page[size]'?: number;
  /**
   * @minimum 1
   */
  'page[number]'?: number;
  /**
   * Idempotency / tracing id supplied by the caller.
   * @format uuid
   */
  'X-Request-Id': string;
  'X-Client-Version'?: string;
  session_id?: string;
};
