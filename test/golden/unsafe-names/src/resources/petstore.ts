// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Pet } from '../models.js';

export class PetStore {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /petStore/{id}`
   *
   * Standalone: `getPetStore(client, …)`; errors: `isAPIError(error, 'getPetStore')`.
   *
   * @example
   * const result = await client.petStore.retrieve("abc123");
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Pet> {
    return getPetStore(this.client, id, options);
  }
}

/**
 * `GET /petStore/{id}`
 *
 * @example
 * const result = await getPetStore(client, "abc123");
 */
export function getPetStore(client: APIClient, id: string, options?: RequestOptions): APIPromise<Pet> {
  return client.request<Pet>(
    {
      operation: 'getPetStore',
      method: 'GET',
      path: '/petStore/{id}',
      pathParams: { id: id },
      responseType: 'json',
      security: [['__proto__']],
    },
    options,
  );
}
