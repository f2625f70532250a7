// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ReadResponse } from '../models.js';
import { readResponse_ } from '../operations/things.js';

export class ReadResponse2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readResponse/{readResponse}`
   *
   * Standalone: `readResponse_(client, …)`; errors: `isAPIError(error, 'readResponse_')`.
   *
   * @example
   * const result = await client.readResponse.retrieve("abc123");
   */
  retrieve(readResponse2: string, options?: RequestOptions): APIPromise<ReadResponse> {
    return readResponse_(this.client, readResponse2, options);
  }
}
