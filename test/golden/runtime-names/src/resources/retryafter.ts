// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { RetryAfter } from '../models.js';
import { retryAfter_ } from '../operations/things.js';

export class RetryAfter2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /retryAfter/{retryAfter}`
   *
   * Standalone: `retryAfter_(client, …)`; errors: `isAPIError(error, 'retryAfter_')`.
   *
   * @example
   * const result = await client.retryAfter.retrieve("abc123");
   */
  retrieve(retryAfter2: string, options?: RequestOptions): APIPromise<RetryAfter> {
    return retryAfter_(this.client, retryAfter2, options);
  }
}
