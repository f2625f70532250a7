// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Com {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /com`
   *
   * Standalone: `readCom(client, …)`; errors: `isAPIError(error, 'readCom')`.
   *
   * @example
   * const result = await client.com.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return readCom(this.client, options);
  }
}

/**
 * `GET /com`
 *
 * @example
 * const result = await readCom(client);
 */
export function readCom(client: APIClient, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    { operation: 'readCom', method: 'GET', path: '/com', responseType: 'void', security: [['__proto__']] },
    options,
  );
}
