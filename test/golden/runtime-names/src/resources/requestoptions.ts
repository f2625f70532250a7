// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { RequestOptions_ } from '../models.js';
import { requestOptions } from '../operations/things.js';

export class RequestOptions2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RequestOptions/{RequestOptions}`
   *
   * Standalone: `requestOptions(client, …)`; errors: `isAPIError(error, 'requestOptions')`.
   *
   * @example
   * const result = await client.requestOptions.retrieve("abc123");
   */
  retrieve(requestOptions_: string, options?: RequestOptions): APIPromise<RequestOptions_> {
    return requestOptions(this.client, requestOptions_, options);
  }
}
