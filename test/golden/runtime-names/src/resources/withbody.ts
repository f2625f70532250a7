// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class WithBody2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /withBody/{withBody}`
   *
   * Standalone: `withBody_(client, …)`; errors: `isAPIError(error, 'withBody_')`.
   *
   * @example
   * const result = await client.withBody.retrieve("abc123");
   */
  retrieve(withBody2: string, options?: RequestOptions): APIPromise<WithBody> {
    return withBody_(this.client, withBody2, options);
  }
}

/**
 * `GET /withBody/{withBody}`
 *
 * @example
 * const result = await withBody_(client, "abc123");
 */
export function withBody_(client: APIClient, withBody2: string, options?: RequestOptions): APIPromise<WithBody> {
  return client.request<WithBody>(
    {
      operation: 'withBody_',
      method: 'GET',
      path: '/withBody/{withBody}',
      pathParams: { withBody: withBody2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface WithBody {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
