// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { HeaderValue } from '../models.js';
import { headerValue_ } from '../operations/things.js';

export class HeaderValue2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /headerValue/{headerValue}`
   *
   * Standalone: `headerValue_(client, …)`; errors: `isAPIError(error, 'headerValue_')`.
   *
   * @example
   * const result = await client.headerValue.retrieve("abc123");
   */
  retrieve(headerValue2: string, options?: RequestOptions): APIPromise<HeaderValue> {
    return headerValue_(this.client, headerValue2, options);
  }
}
