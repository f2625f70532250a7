// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class WithExtraBody2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /withExtraBody/{withExtraBody}`
   *
   * Standalone: `withExtraBody_(client, …)`; errors: `isAPIError(error, 'withExtraBody_')`.
   *
   * @example
   * const result = await client.withExtraBody.retrieve("abc123");
   */
  retrieve(withExtraBody2: string, options?: RequestOptions): APIPromise<WithExtraBody> {
    return withExtraBody_(this.client, withExtraBody2, options);
  }
}

/**
 * `GET /withExtraBody/{withExtraBody}`
 *
 * @example
 * const result = await withExtraBody_(client, "abc123");
 */
export function withExtraBody_(
  client: APIClient,
  withExtraBody2: string,
  options?: RequestOptions,
): APIPromise<WithExtraBody> {
  return client.request<WithExtraBody>(
    {
      operation: 'withExtraBody_',
      method: 'GET',
      path: '/withExtraBody/{withExtraBody}',
      pathParams: { withExtraBody: withExtraBody2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface WithExtraBody {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
