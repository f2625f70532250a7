// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { RetrySettings_ } from '../models.js';
import { retrySettings } from '../operations/things.js';

export class RetrySettings2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RetrySettings/{RetrySettings}`
   *
   * Standalone: `retrySettings(client, …)`; errors: `isAPIError(error, 'retrySettings')`.
   *
   * @example
   * const result = await client.retrySettings.retrieve("abc123");
   */
  retrieve(retrySettings_: string, options?: RequestOptions): APIPromise<RetrySettings_> {
    return retrySettings(this.client, retrySettings_, options);
  }
}
