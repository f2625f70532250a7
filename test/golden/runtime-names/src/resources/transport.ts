// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Transport2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Transport/{Transport}`
   *
   * Standalone: `transport(client, …)`; errors: `isAPIError(error, 'transport')`.
   *
   * @example
   * const result = await client.transport.retrieve("abc123");
   */
  retrieve(transport_: string, options?: RequestOptions): APIPromise<Transport_> {
    return transport(this.client, transport_, options);
  }
}

/**
 * `GET /Transport/{Transport}`
 *
 * @example
 * const result = await transport(client, "abc123");
 */
export function transport(client: APIClient, transport_: string, options?: RequestOptions): APIPromise<Transport_> {
  return client.request<Transport_>(
    {
      operation: 'transport',
      method: 'GET',
      path: '/Transport/{Transport}',
      pathParams: { Transport: transport_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Transport_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
