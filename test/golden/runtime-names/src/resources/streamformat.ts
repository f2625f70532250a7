// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class StreamFormat2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /StreamFormat/{StreamFormat}`
   *
   * Standalone: `streamFormat(client, …)`; errors: `isAPIError(error, 'streamFormat')`.
   *
   * @example
   * const result = await client.streamFormat.retrieve("abc123");
   */
  retrieve(streamFormat_: string, options?: RequestOptions): APIPromise<StreamFormat_> {
    return streamFormat(this.client, streamFormat_, options);
  }
}

/**
 * `GET /StreamFormat/{StreamFormat}`
 *
 * @example
 * const result = await streamFormat(client, "abc123");
 */
export function streamFormat(
  client: APIClient,
  streamFormat_: string,
  options?: RequestOptions,
): APIPromise<StreamFormat_> {
  return client.request<StreamFormat_>(
    {
      operation: 'streamFormat',
      method: 'GET',
      path: '/StreamFormat/{StreamFormat}',
      pathParams: { StreamFormat: streamFormat_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface StreamFormat_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
