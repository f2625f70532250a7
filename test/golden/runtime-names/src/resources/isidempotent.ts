// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class IsIdempotent2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /isIdempotent/{isIdempotent}`
   *
   * Standalone: `isIdempotent_(client, …)`; errors: `isAPIError(error, 'isIdempotent_')`.
   *
   * @example
   * const result = await client.isIdempotent.retrieve("abc123");
   */
  retrieve(isIdempotent2: string, options?: RequestOptions): APIPromise<IsIdempotent> {
    return isIdempotent_(this.client, isIdempotent2, options);
  }
}

/**
 * `GET /isIdempotent/{isIdempotent}`
 *
 * @example
 * const result = await isIdempotent_(client, "abc123");
 */
export function isIdempotent_(
  client: APIClient,
  isIdempotent2: string,
  options?: RequestOptions,
): APIPromise<IsIdempotent> {
  return client.request<IsIdempotent>(
    {
      operation: 'isIdempotent_',
      method: 'GET',
      path: '/isIdempotent/{isIdempotent}',
      pathParams: { isIdempotent: isIdempotent2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface IsIdempotent {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
