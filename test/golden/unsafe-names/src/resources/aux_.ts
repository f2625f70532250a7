// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Aux {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /aux/{name}`
   *
   * Standalone: `readAux(client, …)`; errors: `isAPIError(error, 'readAux')`.
   *
   * @example
   * const result = await client.aux.retrieve("abc123");
   */
  retrieve(name: string, options?: RequestOptions): APIPromise<void> {
    return readAux(this.client, name, options);
  }
}

/**
 * `GET /aux/{name}`
 *
 * @example
 * const result = await readAux(client, "abc123");
 */
export function readAux(client: APIClient, name: string, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'readAux',
      method: 'GET',
      path: '/aux/{name}',
      pathParams: { name: name },
      responseType: 'void',
      security: [['__proto__']],
    },
    options,
  );
}
