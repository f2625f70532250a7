// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { StreamDataError_ } from '../models.js';
import { streamDataError } from '../operations/things.js';

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
