// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ResetDelay2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /resetDelay/{resetDelay}`
   *
   * Standalone: `resetDelay_(client, …)`; errors: `isAPIError(error, 'resetDelay_')`.
   *
   * @example
   * const result = await client.resetDelay.retrieve("abc123");
   */
  retrieve(resetDelay2: string, options?: RequestOptions): APIPromise<ResetDelay> {
    return resetDelay_(this.client, resetDelay2, options);
  }
}

/**
 * `GET /resetDelay/{resetDelay}`
 *
 * @example
 * const result = await resetDelay_(client, "abc123");
 */
export function resetDelay_(client: APIClient, resetDelay2: string, options?: RequestOptions): APIPromise<ResetDelay> {
  return client.request<ResetDelay>(
    {
      operation: 'resetDelay_',
      method: 'GET',
      path: '/resetDelay/{resetDelay}',
      pathParams: { resetDelay: resetDelay2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ResetDelay {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
