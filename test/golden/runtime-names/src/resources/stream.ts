// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Stream2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Stream/{Stream}`
   *
   * Standalone: `stream(client, …)`; errors: `isAPIError(error, 'stream')`.
   *
   * @example
   * const result = await client.stream.retrieve("abc123");
   */
  retrieve(stream_: string, options?: RequestOptions): APIPromise<Stream_> {
    return stream(this.client, stream_, options);
  }
}

/**
 * `GET /Stream/{Stream}`
 *
 * @example
 * const result = await stream(client, "abc123");
 */
export function stream(client: APIClient, stream_: string, options?: RequestOptions): APIPromise<Stream_> {
  return client.request<Stream_>(
    {
      operation: 'stream',
      method: 'GET',
      path: '/Stream/{Stream}',
      pathParams: { Stream: stream_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Stream_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
