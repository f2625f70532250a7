// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class StreamDataError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /StreamDataError/{StreamDataError}`
   *
   * Standalone: `streamDataError(client, …)`; errors: `isAPIError(error, 'streamDataError')`.
   *
   * @example
   * const result = await client.streamDataError.retrieve("abc123");
   */
  retrieve(streamDataError_: string, options?: RequestOptions): APIPromise<StreamDataError_> {
    return streamDataError(this.client, streamDataError_, options);
  }
}

/**
 * `GET /StreamDataError/{StreamDataError}`
 *
 * @example
 * const result = await streamDataError(client, "abc123");
 */
export function streamDataError(
  client: APIClient,
  streamDataError_: string,
  options?: RequestOptions,
): APIPromise<StreamDataError_> {
  return client.request<StreamDataError_>(
    {
      operation: 'streamDataError',
      method: 'GET',
      path: '/StreamDataError/{StreamDataError}',
      pathParams: { StreamDataError: streamDataError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface StreamDataError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
