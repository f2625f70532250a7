// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';

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

/**
 * `GET /ticks`
 *
 * @example
 * const result = await streamTicks(client);
 *
 * It resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function streamTicks(client: APIClient, options?: RequestOptions): APIPromise<Stream<unknown>> {
  return client.request<Stream<unknown>>(
    { operation: 'streamTicks', method: 'GET', path: '/ticks', responseType: 'text', security: [], stream: true },
    options,
  );
}

export interface StreamTicksResponseItem {
  data?: string;
}
