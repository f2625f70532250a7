// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ServerSentEvent2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ServerSentEvent/{ServerSentEvent}`
   *
   * Standalone: `serverSentEvent(client, …)`; errors: `isAPIError(error, 'serverSentEvent')`.
   *
   * @example
   * const result = await client.serverSentEvent.retrieve("abc123");
   */
  retrieve(serverSentEvent_: string, options?: RequestOptions): APIPromise<ServerSentEvent_> {
    return serverSentEvent(this.client, serverSentEvent_, options);
  }
}

/**
 * `GET /ServerSentEvent/{ServerSentEvent}`
 *
 * @example
 * const result = await serverSentEvent(client, "abc123");
 */
export function serverSentEvent(
  client: APIClient,
  serverSentEvent_: string,
  options?: RequestOptions,
): APIPromise<ServerSentEvent_> {
  return client.request<ServerSentEvent_>(
    {
      operation: 'serverSentEvent',
      method: 'GET',
      path: '/ServerSentEvent/{ServerSentEvent}',
      pathParams: { ServerSentEvent: serverSentEvent_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ServerSentEvent_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
