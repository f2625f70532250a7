// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import { streamTicks } from '../operations/default_.js';

export class Ticks {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ticks`
   *
   * Standalone: `streamTicks(client, …)`; errors: `isAPIError(error, 'streamTicks')`.
   *
   * @example
   * const result = await client.ticks.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<Stream<unknown>> {
    return streamTicks(this.client, options);
  }
}
