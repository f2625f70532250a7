// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class HeaderName2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /headerName/{headerName}`
   *
   * Standalone: `headerName_(client, …)`; errors: `isAPIError(error, 'headerName_')`.
   *
   * @example
   * const result = await client.headerName.retrieve("abc123");
   */
  retrieve(headerName2: string, options?: RequestOptions): APIPromise<HeaderName> {
    return headerName_(this.client, headerName2, options);
  }
}

/**
 * `GET /headerName/{headerName}`
 *
 * @example
 * const result = await headerName_(client, "abc123");
 */
export function headerName_(client: APIClient, headerName2: string, options?: RequestOptions): APIPromise<HeaderName> {
  return client.request<HeaderName>(
    {
      operation: 'headerName_',
      method: 'GET',
      path: '/headerName/{headerName}',
      pathParams: { headerName: headerName2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface HeaderName {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
