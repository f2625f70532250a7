// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RetryAfter2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /retryAfter/{retryAfter}`
   *
   * Standalone: `retryAfter_(client, …)`; errors: `isAPIError(error, 'retryAfter_')`.
   *
   * @example
   * const result = await client.retryAfter.retrieve("abc123");
   */
  retrieve(retryAfter2: string, options?: RequestOptions): APIPromise<RetryAfter> {
    return retryAfter_(this.client, retryAfter2, options);
  }
}

/**
 * `GET /retryAfter/{retryAfter}`
 *
 * @example
 * const result = await retryAfter_(client, "abc123");
 */
export function retryAfter_(client: APIClient, retryAfter2: string, options?: RequestOptions): APIPromise<RetryAfter> {
  return client.request<RetryAfter>(
    {
      operation: 'retryAfter_',
      method: 'GET',
      path: '/retryAfter/{retryAfter}',
      pathParams: { retryAfter: retryAfter2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RetryAfter {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
