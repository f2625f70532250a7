// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Pet } from '../models.js';

export class Pets {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /pets`
   *
   * Standalone: `listPets(client, …)`; errors: `isAPIError(error, 'listPets')`.
   *
   * @example
   * const result = await client.pets.list();
   */
  list(options?: RequestOptions): APIPromise<ListPetsResponse> {
    return listPets(this.client, options);
  }
}

/**
 * `GET /pets`
 *
 * @example
 * const result = await listPets(client);
 */
export function listPets(client: APIClient, options?: RequestOptions): APIPromise<ListPetsResponse> {
  return client.request<ListPetsResponse>(
    { operation: 'listPets', method: 'GET', path: '/pets', responseType: 'json', security: [['__proto__']] },
    options,
  );
}

export type ListPetsResponse = Pet[];
