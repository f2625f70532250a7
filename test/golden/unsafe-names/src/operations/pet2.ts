// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Pet } from '../models.js';

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
