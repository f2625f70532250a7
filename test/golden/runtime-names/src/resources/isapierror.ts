// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { IsAPIError } from '../models.js';
import { isAPIError_ } from '../operations/things.js';

export class IsAPIError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /isAPIError/{isAPIError}`
   *
   * Standalone: `isAPIError_(client, …)`; errors: `isAPIError(error, 'isAPIError_')`.
   *
   * @example
   * const result = await client.isAPIError.retrieve("abc123");
   */
  retrieve(isAPIError2: string, options?: RequestOptions): APIPromise<IsAPIError> {
    return isAPIError_(this.client, isAPIError2, options);
  }
}
