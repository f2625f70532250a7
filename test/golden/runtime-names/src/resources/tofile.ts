// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ToFile } from '../models.js';
import { toFile_ } from '../operations/things.js';

export class ToFile2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /toFile/{toFile}`
   *
   * Standalone: `toFile_(client, …)`; errors: `isAPIError(error, 'toFile_')`.
   *
   * @example
   * const result = await client.toFile.retrieve("abc123");
   */
  retrieve(toFile2: string, options?: RequestOptions): APIPromise<ToFile> {
    return toFile_(this.client, toFile2, options);
  }
}
