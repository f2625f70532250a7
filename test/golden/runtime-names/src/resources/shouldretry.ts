// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ShouldRetry2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /shouldRetry/{shouldRetry}`
   *
   * Standalone: `shouldRetry_(client, …)`; errors: `isAPIError(error, 'shouldRetry_')`.
   *
   * @example
   * const result = await client.shouldRetry.retrieve("abc123");
   */
  retrieve(shouldRetry2: string, options?: RequestOptions): APIPromise<ShouldRetry> {
    return shouldRetry_(this.client, shouldRetry2, options);
  }
}

/**
 * `GET /shouldRetry/{shouldRetry}`
 *
 * @example
 * const result = await shouldRetry_(client, "abc123");
 */
export function shouldRetry_(
  client: APIClient,
  shouldRetry2: string,
  options?: RequestOptions,
): APIPromise<ShouldRetry> {
  return client.request<ShouldRetry>(
    {
      operation: 'shouldRetry_',
      method: 'GET',
      path: '/shouldRetry/{shouldRetry}',
      pathParams: { shouldRetry: shouldRetry2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ShouldRetry {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
