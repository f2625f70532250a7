// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { readCom1 } from '../operations/com.js';

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
