// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

/**
 * `GET /lpt9`
 *
 * @example
 * const result = await readLpt9(client);
 */
export function readLpt9(client: APIClient, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    { operation: 'readLpt9', method: 'GET', path: '/lpt9', responseType: 'void', security: [['__proto__']] },
    options,
  );
}
