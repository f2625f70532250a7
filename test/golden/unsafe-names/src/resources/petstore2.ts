// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Petstore {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /petstore`
   *
   * Standalone: `listPetstores(client, …)`; errors: `isAPIError(error, 'listPetstores')`.
   *
   * @example
   * const result = await client.petstore.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return listPetstores(this.client, options);
  }
}

/**
 * `GET /petstore`
 *
 * @example
 * const result = await listPetstores(client);
 */
export function listPetstores(client: APIClient, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    { operation: 'listPetstores', method: 'GET', path: '/petstore', responseType: 'void', security: [['__proto__']] },
    options,
  );
}
