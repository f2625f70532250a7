// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Com1 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /com1`
   *
   * Standalone: `readCom1(client, …)`; errors: `isAPIError(error, 'readCom1')`.
   *
   * @example
   * const result = await client.com1.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return readCom1(this.client, options);
  }
}

/**
 * `GET /com1`
 *
 * @example
 * const result = await readCom1(client);
 */
export function readCom1(client: APIClient, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    { operation: 'readCom1', method: 'GET', path: '/com1', responseType: 'void', security: [['__proto__']] },
    options,
  );
}
