// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ConflictError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ConflictError/{ConflictError}`
   *
   * Standalone: `conflictError(client, …)`; errors: `isAPIError(error, 'conflictError')`.
   *
   * @example
   * const result = await client.conflictError.retrieve("abc123");
   */
  retrieve(conflictError_: string, options?: RequestOptions): APIPromise<ConflictError_> {
    return conflictError(this.client, conflictError_, options);
  }
}

/**
 * `GET /ConflictError/{ConflictError}`
 *
 * @example
 * const result = await conflictError(client, "abc123");
 */
export function conflictError(
  client: APIClient,
  conflictError_: string,
  options?: RequestOptions,
): APIPromise<ConflictError_> {
  return client.request<ConflictError_>(
    {
      operation: 'conflictError',
      method: 'GET',
      path: '/ConflictError/{ConflictError}',
      pathParams: { ConflictError: conflictError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ConflictError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
