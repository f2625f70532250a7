// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ConflictError_ } from '../models.js';
import { conflictError } from '../operations/things.js';

export class ConflictError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ConflictError/{ConflictError}`
   *
   * Standalone: `conflictError(client, …)`; errors: `isAPIError(error, 'conflictError')`.
   *
   * @example
   * const result = await client.conflictError.retrieve("abc123");
   */
  retrieve(conflictError_: string, options?: RequestOptions): APIPromise<ConflictError_> {
    return conflictError(this.client, conflictError_, options);
  }
}
