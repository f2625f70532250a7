// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Pet } from '../models.js';
import { createPet } from '../operations/default_.js';

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
