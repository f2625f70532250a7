// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Health {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /health`
   *
   * Standalone: `getHealth(client, …)`; errors: `isAPIError(error, 'getHealth')`.
   *
   * @example
   * const result = await client.health.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return getHealth(this.client, options);
  }
}

/**
 * `GET /health`
 *
 * @example
 * const result = await getHealth(client);
 */
export function getHealth(client: APIClient, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    { operation: 'getHealth', method: 'GET', path: '/health', responseType: 'void', security: [] },
    options,
  );
}
