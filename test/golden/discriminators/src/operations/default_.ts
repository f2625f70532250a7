// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ComputeAreaResponse, Payment, Pet, Shape } from '../models.js';

/**
 * `POST /pets`
 *
 * @example
 * const result = await createPet(client, {
 *   petType: "string",
 *   barks: false,
 * });
 */
export function createPet(client: APIClient, params: Pet, options?: RequestOptions): APIPromise<Pet> {
  return client.request<Pet>(
    {
      operation: 'createPet',
      method: 'POST',
      path: '/pets',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /shapes/area`
 *
 * @example
 * const result = await computeArea(client, {
 *   shapeType: "string",
 *   radius: 1,
 * });
 */
export function computeArea(
  client: APIClient,
  params: Shape,
  options?: RequestOptions,
): APIPromise<ComputeAreaResponse> {
  return client.request<ComputeAreaResponse>(
    {
      operation: 'computeArea',
      method: 'POST',
      path: '/shapes/area',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /payments`
 *
 * @example
 * const result = await createPayment(client, {
 *   kind: "card",
 *   last4: "string",
 * });
 */
export function createPayment(client: APIClient, params: Payment, options?: RequestOptions): APIPromise<Payment> {
  return client.request<Payment>(
    {
      operation: 'createPayment',
      method: 'POST',
      path: '/payments',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}
