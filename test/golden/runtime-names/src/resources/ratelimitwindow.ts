// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RateLimitWindow2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RateLimitWindow/{RateLimitWindow}`
   *
   * Standalone: `rateLimitWindow(client, …)`; errors: `isAPIError(error, 'rateLimitWindow')`.
   *
   * @example
   * const result = await client.rateLimitWindow.retrieve("abc123");
   */
  retrieve(rateLimitWindow_: string, options?: RequestOptions): APIPromise<RateLimitWindow_> {
    return rateLimitWindow(this.client, rateLimitWindow_, options);
  }
}

/**
 * `GET /RateLimitWindow/{RateLimitWindow}`
 *
 * @example
 * const result = await rateLimitWindow(client, "abc123");
 */
export function rateLimitWindow(
  client: APIClient,
  rateLimitWindow_: string,
  options?: RequestOptions,
): APIPromise<RateLimitWindow_> {
  return client.request<RateLimitWindow_>(
    {
      operation: 'rateLimitWindow',
      method: 'GET',
      path: '/RateLimitWindow/{RateLimitWindow}',
      pathParams: { RateLimitWindow: rateLimitWindow_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RateLimitWindow_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
