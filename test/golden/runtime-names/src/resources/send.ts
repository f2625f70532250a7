// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Send2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Send/{Send}`
   *
   * Standalone: `send(client, …)`; errors: `isAPIError(error, 'send')`.
   *
   * @example
   * const result = await client.send.retrieve("abc123");
   */
  retrieve(send_: string, options?: RequestOptions): APIPromise<Send_> {
    return send(this.client, send_, options);
  }
}

/**
 * `GET /Send/{Send}`
 *
 * @example
 * const result = await send(client, "abc123");
 */
export function send(client: APIClient, send_: string, options?: RequestOptions): APIPromise<Send_> {
  return client.request<Send_>(
    {
      operation: 'send',
      method: 'GET',
      path: '/Send/{Send}',
      pathParams: { Send: send_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Send_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
