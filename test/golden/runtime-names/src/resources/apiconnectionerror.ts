// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class APIConnectionError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /APIConnectionError/{APIConnectionError}`
   *
   * Standalone: `aPIConnectionError(client, …)`; errors: `isAPIError(error, 'aPIConnectionError')`.
   *
   * @example
   * const result = await client.aPIConnectionError.retrieve("abc123");
   */
  retrieve(aPIConnectionError_: string, options?: RequestOptions): APIPromise<APIConnectionError_> {
    return aPIConnectionError(this.client, aPIConnectionError_, options);
  }
}

/**
 * `GET /APIConnectionError/{APIConnectionError}`
 *
 * @example
 * const result = await aPIConnectionError(client, "abc123");
 */
export function aPIConnectionError(
  client: APIClient,
  aPIConnectionError_: string,
  options?: RequestOptions,
): APIPromise<APIConnectionError_> {
  return client.request<APIConnectionError_>(
    {
      operation: 'aPIConnectionError',
      method: 'GET',
      path: '/APIConnectionError/{APIConnectionError}',
      pathParams: { APIConnectionError: aPIConnectionError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface APIConnectionError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
