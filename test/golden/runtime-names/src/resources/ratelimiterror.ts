// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RateLimitError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RateLimitError/{RateLimitError}`
   *
   * Standalone: `rateLimitError(client, …)`; errors: `isAPIError(error, 'rateLimitError')`.
   *
   * @example
   * const result = await client.rateLimitError.retrieve("abc123");
   */
  retrieve(rateLimitError_: string, options?: RequestOptions): APIPromise<RateLimitError_> {
    return rateLimitError(this.client, rateLimitError_, options);
  }
}

/**
 * `GET /RateLimitError/{RateLimitError}`
 *
 * @example
 * const result = await rateLimitError(client, "abc123");
 */
export function rateLimitError(
  client: APIClient,
  rateLimitError_: string,
  options?: RequestOptions,
): APIPromise<RateLimitError_> {
  return client.request<RateLimitError_>(
    {
      operation: 'rateLimitError',
      method: 'GET',
      path: '/RateLimitError/{RateLimitError}',
      pathParams: { RateLimitError: rateLimitError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RateLimitError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
