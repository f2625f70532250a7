// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { RenderRequest, Shipment } from '../models.js';

/**
 * `POST /renders`
 *
 * @example
 * const result = await createRender(client, {
 *   engine: "fast",
 * });
 */
export function createRender(client: APIClient, params: RenderRequest, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'createRender',
      method: 'POST',
      path: '/renders',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
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
