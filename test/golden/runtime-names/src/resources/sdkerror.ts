// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class SDKError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /SDKError/{SDKError}`
   *
   * Standalone: `sDKError(client, …)`; errors: `isAPIError(error, 'sDKError')`.
   *
   * @example
   * const result = await client.sDKError.retrieve("abc123");
   */
  retrieve(sDKError_: string, options?: RequestOptions): APIPromise<SDKError_> {
    return sDKError(this.client, sDKError_, options);
  }
}

/**
 * `GET /SDKError/{SDKError}`
 *
 * @example
 * const result = await sDKError(client, "abc123");
 */
export function sDKError(client: APIClient, sDKError_: string, options?: RequestOptions): APIPromise<SDKError_> {
  return client.request<SDKError_>(
    {
      operation: 'sDKError',
      method: 'GET',
      path: '/SDKError/{SDKError}',
      pathParams: { SDKError: sDKError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface SDKError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
