// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class StreamSource2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /StreamSource/{StreamSource}`
   *
   * Standalone: `streamSource(client, …)`; errors: `isAPIError(error, 'streamSource')`.
   *
   * @example
   * const result = await client.streamSource.retrieve("abc123");
   */
  retrieve(streamSource_: string, options?: RequestOptions): APIPromise<StreamSource_> {
    return streamSource(this.client, streamSource_, options);
  }
}

/**
 * `GET /StreamSource/{StreamSource}`
 *
 * @example
 * const result = await streamSource(client, "abc123");
 */
export function streamSource(
  client: APIClient,
  streamSource_: string,
  options?: RequestOptions,
): APIPromise<StreamSource_> {
  return client.request<StreamSource_>(
    {
      operation: 'streamSource',
      method: 'GET',
      path: '/StreamSource/{StreamSource}',
      pathParams: { StreamSource: streamSource_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface StreamSource_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
