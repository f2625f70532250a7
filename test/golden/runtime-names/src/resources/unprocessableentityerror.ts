// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { UnprocessableEntityError_ } from '../models.js';
import { unprocessableEntityError } from '../operations/things.js';

export class UnprocessableEntityError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /UnprocessableEntityError/{UnprocessableEntityError}`
   *
   * Standalone: `unprocessableEntityError(client, …)`; errors: `isAPIError(error, 'unprocessableEntityError')`.
   *
   * @example
   * const result = await client.unprocessableEntityError.retrieve("abc123");
   */
  retrieve(unprocessableEntityError_: string, options?: RequestOptions): APIPromise<UnprocessableEntityError_> {
    return unprocessableEntityError(this.client, unprocessableEntityError_, options);
  }
}
