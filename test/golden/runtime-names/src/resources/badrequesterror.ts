// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class BadRequestError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /BadRequestError/{BadRequestError}`
   *
   * Standalone: `badRequestError(client, …)`; errors: `isAPIError(error, 'badRequestError')`.
   *
   * @example
   * const result = await client.badRequestError.retrieve("abc123");
   */
  retrieve(badRequestError_: string, options?: RequestOptions): APIPromise<BadRequestError_> {
    return badRequestError(this.client, badRequestError_, options);
  }
}

/**
 * `GET /BadRequestError/{BadRequestError}`
 *
 * @example
 * const result = await badRequestError(client, "abc123");
 */
export function badRequestError(
  client: APIClient,
  badRequestError_: string,
  options?: RequestOptions,
): APIPromise<BadRequestError_> {
  return client.request<BadRequestError_>(
    {
      operation: 'badRequestError',
      method: 'GET',
      path: '/BadRequestError/{BadRequestError}',
      pathParams: { BadRequestError: badRequestError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface BadRequestError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
