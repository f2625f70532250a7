// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ResponseTooLargeError_ } from '../models.js';
import { responseTooLargeError } from '../operations/things.js';

export class ResponseTooLargeError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ResponseTooLargeError/{ResponseTooLargeError}`
   *
   * Standalone: `responseTooLargeError(client, …)`; errors: `isAPIError(error, 'responseTooLargeError')`.
   *
   * @example
   * const result = await client.responseTooLargeError.retrieve("abc123");
   */
  retrieve(responseTooLargeError_: string, options?: RequestOptions): APIPromise<ResponseTooLargeError_> {
    return responseTooLargeError(this.client, responseTooLargeError_, options);
  }
}
