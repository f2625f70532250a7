// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RawEvent2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RawEvent/{RawEvent}`
   *
   * Standalone: `rawEvent(client, …)`; errors: `isAPIError(error, 'rawEvent')`.
   *
   * @example
   * const result = await client.rawEvent.retrieve("abc123");
   */
  retrieve(rawEvent_: string, options?: RequestOptions): APIPromise<RawEvent_> {
    return rawEvent(this.client, rawEvent_, options);
  }
}

/**
 * `GET /RawEvent/{RawEvent}`
 *
 * @example
 * const result = await rawEvent(client, "abc123");
 */
export function rawEvent(client: APIClient, rawEvent_: string, options?: RequestOptions): APIPromise<RawEvent_> {
  return client.request<RawEvent_>(
    {
      operation: 'rawEvent',
      method: 'GET',
      path: '/RawEvent/{RawEvent}',
      pathParams: { RawEvent: rawEvent_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RawEvent_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
