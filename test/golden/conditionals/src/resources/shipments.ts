// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Shipment } from '../models.js';
import { createShipment } from '../operations/default_.js';

export class Shipments {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /shipments`
   *
   * Standalone: `createShipment(client, …)`; errors: `isAPIError(error, 'createShipment')`.
   *
   * @example
   * const result = await client.shipments.create({});
   */
  create(params: Shipment, options?: RequestOptions): APIPromise<void> {
    return createShipment(this.client, params, options);
  }
}
