// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class HeaderValue2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /headerValue/{headerValue}`
   *
   * Standalone: `headerValue_(client, …)`; errors: `isAPIError(error, 'headerValue_')`.
   *
   * @example
   * const result = await client.headerValue.retrieve("abc123");
   */
  retrieve(headerValue2: string, options?: RequestOptions): APIPromise<HeaderValue> {
    return headerValue_(this.client, headerValue2, options);
  }
}

/**
 * `GET /headerValue/{headerValue}`
 *
 * @example
 * const result = await headerValue_(client, "abc123");
 */
export function headerValue_(
  client: APIClient,
  headerValue2: string,
  options?: RequestOptions,
): APIPromise<HeaderValue> {
  return client.request<HeaderValue>(
    {
      operation: 'headerValue_',
      method: 'GET',
      path: '/headerValue/{headerValue}',
      pathParams: { headerValue: headerValue2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface HeaderValue {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
