// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class APIStreamError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /APIStreamError/{APIStreamError}`
   *
   * Standalone: `aPIStreamError(client, …)`; errors: `isAPIError(error, 'aPIStreamError')`.
   *
   * @example
   * const result = await client.aPIStreamError.retrieve("abc123");
   */
  retrieve(aPIStreamError_: string, options?: RequestOptions): APIPromise<APIStreamError_> {
    return aPIStreamError(this.client, aPIStreamError_, options);
  }
}

/**
 * `GET /APIStreamError/{APIStreamError}`
 *
 * @example
 * const result = await aPIStreamError(client, "abc123");
 */
export function aPIStreamError(
  client: APIClient,
  aPIStreamError_: string,
  options?: RequestOptions,
): APIPromise<APIStreamError_> {
  return client.request<APIStreamError_>(
    {
      operation: 'aPIStreamError',
      method: 'GET',
      path: '/APIStreamError/{APIStreamError}',
      pathParams: { APIStreamError: aPIStreamError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface APIStreamError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
