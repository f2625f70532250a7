// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream_ } from '../models.js';
import { stream } from '../operations/things.js';

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
