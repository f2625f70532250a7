// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Public {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /public`
   *
   * Standalone: `readPublic(client, …)`; errors: `isAPIError(error, 'readPublic')`.
   *
   * @example
   * const result = await client.public.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return readPublic(this.client, options);
  }
}

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
