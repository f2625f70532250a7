// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

/**
 * `GET /public`
 *
 * @example
 * const result = await readPublic(client);
 */
export function readPublic(client: APIClient, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    { operation: 'readPublic', method: 'GET', path: '/public', responseType: 'void', security: [] },
    options,
  );
}
