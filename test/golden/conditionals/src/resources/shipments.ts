// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `POST /shipments`
 *
 * @example
 * const result = await createShipment(client, {});
 */
export function createShipment(client: APIClient, params: Shipment, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'createShipment',
      method: 'POST',
      path: '/shipments',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/**
 * The condition tests a free-form string, which no type can split; the rule stays a comment.
 * Rules the server also enforces (not expressible as a type):
 * - `{"if":{"properties":{"country":{"pattern":"^US$"}}},"then":{"required":["postal_code"]}}`
 */
export type Shipment = {
  country?: string;
  postal_code?: string;
};
