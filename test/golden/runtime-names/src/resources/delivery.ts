// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Delivery2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Delivery/{Delivery}`
   *
   * Standalone: `delivery(client, …)`; errors: `isAPIError(error, 'delivery')`.
   *
   * @example
   * const result = await client.delivery.retrieve("abc123");
   */
  retrieve(delivery_: string, options?: RequestOptions): APIPromise<Delivery_> {
    return delivery(this.client, delivery_, options);
  }
}

/**
 * `GET /Delivery/{Delivery}`
 *
 * @example
 * const result = await delivery(client, "abc123");
 */
export function delivery(client: APIClient, delivery_: string, options?: RequestOptions): APIPromise<Delivery_> {
  return client.request<Delivery_>(
    {
      operation: 'delivery',
      method: 'GET',
      path: '/Delivery/{Delivery}',
      pathParams: { Delivery: delivery_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Delivery_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
