// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { StreamIdleTimeoutError_ } from '../models.js';
import { streamIdleTimeoutError } from '../operations/things.js';

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
