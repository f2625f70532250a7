// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Con {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /con`
   *
   * Standalone: `readConsole(client, …)`; errors: `isAPIError(error, 'readConsole')`.
   *
   * @example
   * const result = await client.con.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return readConsole(this.client, options);
  }
}

/**
 * `GET /con`
 *
 * @example
 * const result = await readConsole(client);
 */
export function readConsole(client: APIClient, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    { operation: 'readConsole', method: 'GET', path: '/con', responseType: 'void', security: [['__proto__']] },
    options,
  );
}
