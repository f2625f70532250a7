// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class IsConnectionRefused2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /isConnectionRefused/{isConnectionRefused}`
   *
   * Standalone: `isConnectionRefused_(client, …)`; errors: `isAPIError(error, 'isConnectionRefused_')`.
   *
   * @example
   * const result = await client.isConnectionRefused.retrieve("abc123");
   */
  retrieve(isConnectionRefused2: string, options?: RequestOptions): APIPromise<IsConnectionRefused> {
    return isConnectionRefused_(this.client, isConnectionRefused2, options);
  }
}

/**
 * `GET /isConnectionRefused/{isConnectionRefused}`
 *
 * @example
 * const result = await isConnectionRefused_(client, "abc123");
 */
export function isConnectionRefused_(
  client: APIClient,
  isConnectionRefused2: string,
  options?: RequestOptions,
): APIPromise<IsConnectionRefused> {
  return client.request<IsConnectionRefused>(
    {
      operation: 'isConnectionRefused_',
      method: 'GET',
      path: '/isConnectionRefused/{isConnectionRefused}',
      pathParams: { isConnectionRefused: isConnectionRefused2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface IsConnectionRefused {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
