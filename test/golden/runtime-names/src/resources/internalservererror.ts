// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class InternalServerError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /InternalServerError/{InternalServerError}`
   *
   * Standalone: `internalServerError(client, …)`; errors: `isAPIError(error, 'internalServerError')`.
   *
   * @example
   * const result = await client.internalServerError.retrieve("abc123");
   */
  retrieve(internalServerError_: string, options?: RequestOptions): APIPromise<InternalServerError_> {
    return internalServerError(this.client, internalServerError_, options);
  }
}

/**
 * `GET /InternalServerError/{InternalServerError}`
 *
 * @example
 * const result = await internalServerError(client, "abc123");
 */
export function internalServerError(
  client: APIClient,
  internalServerError_: string,
  options?: RequestOptions,
): APIPromise<InternalServerError_> {
  return client.request<InternalServerError_>(
    {
      operation: 'internalServerError',
      method: 'GET',
      path: '/InternalServerError/{InternalServerError}',
      pathParams: { InternalServerError: internalServerError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface InternalServerError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
