// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { APIPromise_ } from '../models.js';
import { aPIPromise } from '../operations/things.js';

export class APIPromise2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /APIPromise/{APIPromise}`
   *
   * Standalone: `aPIPromise(client, …)`; errors: `isAPIError(error, 'aPIPromise')`.
   *
   * @example
   * const result = await client.aPIPromise.retrieve("abc123");
   */
  retrieve(aPIPromise_: string, options?: RequestOptions): APIPromise<APIPromise_> {
    return aPIPromise(this.client, aPIPromise_, options);
  }
}
