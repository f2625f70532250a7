// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { SearchParams, SearchResponse } from '../models.js';
import { search } from '../operations/default_.js';

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
