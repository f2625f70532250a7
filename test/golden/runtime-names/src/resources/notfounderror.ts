// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class NotFoundError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /NotFoundError/{NotFoundError}`
   *
   * Standalone: `notFoundError(client, …)`; errors: `isAPIError(error, 'notFoundError')`.
   *
   * @example
   * const result = await client.notFoundError.retrieve("abc123");
   */
  retrieve(notFoundError_: string, options?: RequestOptions): APIPromise<NotFoundError_> {
    return notFoundError(this.client, notFoundError_, options);
  }
}

/**
 * `GET /NotFoundError/{NotFoundError}`
 *
 * @example
 * const result = await notFoundError(client, "abc123");
 */
export function notFoundError(
  client: APIClient,
  notFoundError_: string,
  options?: RequestOptions,
): APIPromise<NotFoundError_> {
  return client.request<NotFoundError_>(
    {
      operation: 'notFoundError',
      method: 'GET',
      path: '/NotFoundError/{NotFoundError}',
      pathParams: { NotFoundError: notFoundError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface NotFoundError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
