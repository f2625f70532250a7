// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Delivery_ } from '../models.js';
import { delivery } from '../operations/things.js';

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
