// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class APIConnectionTimeoutError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /APIConnectionTimeoutError/{APIConnectionTimeoutError}`
   *
   * Standalone: `aPIConnectionTimeoutError(client, …)`; errors: `isAPIError(error, 'aPIConnectionTimeoutError')`.
   *
   * @example
   * const result = await client.aPIConnectionTimeoutError.retrieve("abc123");
   */
  retrieve(aPIConnectionTimeoutError_: string, options?: RequestOptions): APIPromise<APIConnectionTimeoutError_> {
    return aPIConnectionTimeoutError(this.client, aPIConnectionTimeoutError_, options);
  }
}

/**
 * `GET /APIConnectionTimeoutError/{APIConnectionTimeoutError}`
 *
 * @example
 * const result = await aPIConnectionTimeoutError(client, "abc123");
 */
export function aPIConnectionTimeoutError(
  client: APIClient,
  aPIConnectionTimeoutError_: string,
  options?: RequestOptions,
): APIPromise<APIConnectionTimeoutError_> {
  return client.request<APIConnectionTimeoutError_>(
    {
      operation: 'aPIConnectionTimeoutError',
      method: 'GET',
      path: '/APIConnectionTimeoutError/{APIConnectionTimeoutError}',
      pathParams: { APIConnectionTimeoutError: aPIConnectionTimeoutError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface APIConnectionTimeoutError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
