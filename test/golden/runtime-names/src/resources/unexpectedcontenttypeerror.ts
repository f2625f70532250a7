// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { UnexpectedContentTypeError_ } from '../models.js';
import { unexpectedContentTypeError } from '../operations/things.js';

export class UnexpectedContentTypeError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /UnexpectedContentTypeError/{UnexpectedContentTypeError}`
   *
   * Standalone: `unexpectedContentTypeError(client, …)`; errors: `isAPIError(error, 'unexpectedContentTypeError')`.
   *
   * @example
   * const result = await client.unexpectedContentTypeError.retrieve("abc123");
   */
  retrieve(unexpectedContentTypeError_: string, options?: RequestOptions): APIPromise<UnexpectedContentTypeError_> {
    return unexpectedContentTypeError(this.client, unexpectedContentTypeError_, options);
  }
}
