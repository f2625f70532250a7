// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

export type Pet = Dog | Cat;

export interface Dog {
  petType: string;
  barks: boolean;
}

export interface Cat {
  petType: string;
  /**
   * @minimum 0
   * @maximum 9
   */
  lives?: number;
}
