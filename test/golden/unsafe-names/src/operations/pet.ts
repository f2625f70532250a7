// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ListPetsResponse } from '../models.js';

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
