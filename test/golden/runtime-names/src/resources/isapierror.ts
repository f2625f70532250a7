// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class IsAPIError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /isAPIError/{isAPIError}`
   *
   * Standalone: `isAPIError_(client, …)`; errors: `isAPIError(error, 'isAPIError_')`.
   *
   * @example
   * const result = await client.isAPIError.retrieve("abc123");
   */
  retrieve(isAPIError2: string, options?: RequestOptions): APIPromise<IsAPIError> {
    return isAPIError_(this.client, isAPIError2, options);
  }
}

/**
 * `GET /isAPIError/{isAPIError}`
 *
 * @example
 * const result = await isAPIError_(client, "abc123");
 */
export function isAPIError_(client: APIClient, isAPIError2: string, options?: RequestOptions): APIPromise<IsAPIError> {
  return client.request<IsAPIError>(
    {
      operation: 'isAPIError_',
      method: 'GET',
      path: '/isAPIError/{isAPIError}',
      pathParams: { isAPIError: isAPIError2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface IsAPIError {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
