// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RateLimit2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RateLimit/{RateLimit}`
   *
   * Standalone: `rateLimit(client, …)`; errors: `isAPIError(error, 'rateLimit')`.
   *
   * @example
   * const result = await client.rateLimit.retrieve("abc123");
   */
  retrieve(rateLimit_: string, options?: RequestOptions): APIPromise<RateLimit_> {
    return rateLimit(this.client, rateLimit_, options);
  }
}

/**
 * `GET /RateLimit/{RateLimit}`
 *
 * @example
 * const result = await rateLimit(client, "abc123");
 */
export function rateLimit(client: APIClient, rateLimit_: string, options?: RequestOptions): APIPromise<RateLimit_> {
  return client.request<RateLimit_>(
    {
      operation: 'rateLimit',
      method: 'GET',
      path: '/RateLimit/{RateLimit}',
      pathParams: { RateLimit: rateLimit_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RateLimit_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
