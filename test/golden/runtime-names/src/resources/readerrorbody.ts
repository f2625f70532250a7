// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ReadErrorBody } from '../models.js';
import { readErrorBody_ } from '../operations/things.js';

export class ReadErrorBody2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readErrorBody/{readErrorBody}`
   *
   * Standalone: `readErrorBody_(client, …)`; errors: `isAPIError(error, 'readErrorBody_')`.
   *
   * @example
   * const result = await client.readErrorBody.retrieve("abc123");
   */
  retrieve(readErrorBody2: string, options?: RequestOptions): APIPromise<ReadErrorBody> {
    return readErrorBody_(this.client, readErrorBody2, options);
  }
}
