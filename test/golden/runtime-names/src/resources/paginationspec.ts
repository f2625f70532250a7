// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class PaginationSpec2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /PaginationSpec/{PaginationSpec}`
   *
   * Standalone: `paginationSpec(client, …)`; errors: `isAPIError(error, 'paginationSpec')`.
   *
   * @example
   * const result = await client.paginationSpec.retrieve("abc123");
   */
  retrieve(paginationSpec_: string, options?: RequestOptions): APIPromise<PaginationSpec_> {
    return paginationSpec(this.client, paginationSpec_, options);
  }
}

/**
 * `GET /PaginationSpec/{PaginationSpec}`
 *
 * @example
 * const result = await paginationSpec(client, "abc123");
 */
export function paginationSpec(
  client: APIClient,
  paginationSpec_: string,
  options?: RequestOptions,
): APIPromise<PaginationSpec_> {
  return client.request<PaginationSpec_>(
    {
      operation: 'paginationSpec',
      method: 'GET',
      path: '/PaginationSpec/{PaginationSpec}',
      pathParams: { PaginationSpec: paginationSpec_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface PaginationSpec_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
