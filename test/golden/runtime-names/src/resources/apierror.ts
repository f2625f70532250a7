// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class APIError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /APIError/{APIError}`
   *
   * Standalone: `aPIError(client, …)`; errors: `isAPIError(error, 'aPIError')`.
   *
   * @example
   * const result = await client.aPIError.retrieve("abc123");
   */
  retrieve(aPIError_: string, options?: RequestOptions): APIPromise<APIError_> {
    return aPIError(this.client, aPIError_, options);
  }
}

/**
 * `GET /APIError/{APIError}`
 *
 * @example
 * const result = await aPIError(client, "abc123");
 */
export function aPIError(client: APIClient, aPIError_: string, options?: RequestOptions): APIPromise<APIError_> {
  return client.request<APIError_>(
    {
      operation: 'aPIError',
      method: 'GET',
      path: '/APIError/{APIError}',
      pathParams: { APIError: aPIError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface APIError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
