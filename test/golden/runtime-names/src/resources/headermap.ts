// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class HeaderMap2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /HeaderMap/{HeaderMap}`
   *
   * Standalone: `headerMap(client, …)`; errors: `isAPIError(error, 'headerMap')`.
   *
   * @example
   * const result = await client.headerMap.retrieve("abc123");
   */
  retrieve(headerMap_: string, options?: RequestOptions): APIPromise<HeaderMap_> {
    return headerMap(this.client, headerMap_, options);
  }
}

/**
 * `GET /HeaderMap/{HeaderMap}`
 *
 * @example
 * const result = await headerMap(client, "abc123");
 */
export function headerMap(client: APIClient, headerMap_: string, options?: RequestOptions): APIPromise<HeaderMap_> {
  return client.request<HeaderMap_>(
    {
      operation: 'headerMap',
      method: 'GET',
      path: '/HeaderMap/{HeaderMap}',
      pathParams: { HeaderMap: headerMap_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface HeaderMap_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
