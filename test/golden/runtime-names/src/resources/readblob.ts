// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ReadBlob } from '../models.js';
import { readBlob_ } from '../operations/things.js';

export class ReadBlob2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readBlob/{readBlob}`
   *
   * Standalone: `readBlob_(client, …)`; errors: `isAPIError(error, 'readBlob_')`.
   *
   * @example
   * const result = await client.readBlob.retrieve("abc123");
   */
  retrieve(readBlob2: string, options?: RequestOptions): APIPromise<ReadBlob> {
    return readBlob_(this.client, readBlob2, options);
  }
}
