// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { RateLimitError_ } from '../models.js';
import { rateLimitError } from '../operations/things.js';

export class RateLimitError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RateLimitError/{RateLimitError}`
   *
   * Standalone: `rateLimitError(client, …)`; errors: `isAPIError(error, 'rateLimitError')`.
   *
   * @example
   * const result = await client.rateLimitError.retrieve("abc123");
   */
  retrieve(rateLimitError_: string, options?: RequestOptions): APIPromise<RateLimitError_> {
    return rateLimitError(this.client, rateLimitError_, options);
  }
}
