// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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
