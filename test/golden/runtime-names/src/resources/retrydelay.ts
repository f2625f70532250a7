// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RetryDelay2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /retryDelay/{retryDelay}`
   *
   * Standalone: `retryDelay_(client, …)`; errors: `isAPIError(error, 'retryDelay_')`.
   *
   * @example
   * const result = await client.retryDelay.retrieve("abc123");
   */
  retrieve(retryDelay2: string, options?: RequestOptions): APIPromise<RetryDelay> {
    return retryDelay_(this.client, retryDelay2, options);
  }
}

/**
 * `GET /retryDelay/{retryDelay}`
 *
 * @example
 * const result = await retryDelay_(client, "abc123");
 */
export function retryDelay_(client: APIClient, retryDelay2: string, options?: RequestOptions): APIPromise<RetryDelay> {
  return client.request<RetryDelay>(
    {
      operation: 'retryDelay_',
      method: 'GET',
      path: '/retryDelay/{retryDelay}',
      pathParams: { retryDelay: retryDelay2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RetryDelay {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
