// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Pet } from '../models.js';

export class Pets {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /pets`
   *
   * Standalone: `createPet(client, …)`; errors: `isAPIError(error, 'createPet')`.
   *
   * @example
   * const result = await client.pets.create({
   *   petType: "string",
   *   barks: false,
   * });
   */
  create(params: Pet, options?: RequestOptions): APIPromise<Pet> {
    return createPet(this.client, params, options);
  }
}

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
