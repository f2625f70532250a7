// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { APIStreamError_ } from '../models.js';
import { aPIStreamError } from '../operations/things.js';

export class APIStreamError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /APIStreamError/{APIStreamError}`
   *
   * Standalone: `aPIStreamError(client, …)`; errors: `isAPIError(error, 'aPIStreamError')`.
   *
   * @example
   * const result = await client.aPIStreamError.retrieve("abc123");
   */
  retrieve(aPIStreamError_: string, options?: RequestOptions): APIPromise<APIStreamError_> {
    return aPIStreamError(this.client, aPIStreamError_, options);
  }
}
