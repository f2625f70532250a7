// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class StreamIdleTimeoutError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /StreamIdleTimeoutError/{StreamIdleTimeoutError}`
   *
   * Standalone: `streamIdleTimeoutError(client, …)`; errors: `isAPIError(error, 'streamIdleTimeoutError')`.
   *
   * @example
   * const result = await client.streamIdleTimeoutError.retrieve("abc123");
   */
  retrieve(streamIdleTimeoutError_: string, options?: RequestOptions): APIPromise<StreamIdleTimeoutError_> {
    return streamIdleTimeoutError(this.client, streamIdleTimeoutError_, options);
  }
}

/**
 * `GET /StreamIdleTimeoutError/{StreamIdleTimeoutError}`
 *
 * @example
 * const result = await streamIdleTimeoutError(client, "abc123");
 */
export function streamIdleTimeoutError(
  client: APIClient,
  streamIdleTimeoutError_: string,
  options?: RequestOptions,
): APIPromise<StreamIdleTimeoutError_> {
  return client.request<StreamIdleTimeoutError_>(
    {
      operation: 'streamIdleTimeoutError',
      method: 'GET',
      path: '/StreamIdleTimeoutError/{StreamIdleTimeoutError}',
      pathParams: { StreamIdleTimeoutError: streamIdleTimeoutError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface StreamIdleTimeoutError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
