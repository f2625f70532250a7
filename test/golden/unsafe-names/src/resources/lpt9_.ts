// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Lpt9 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /lpt9`
   *
   * Standalone: `readLpt9(client, …)`; errors: `isAPIError(error, 'readLpt9')`.
   *
   * @example
   * const result = await client.lpt9.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return readLpt9(this.client, options);
  }
}

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
