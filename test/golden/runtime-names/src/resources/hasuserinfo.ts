// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { HasUserinfo } from '../models.js';
import { hasUserinfo_ } from '../operations/things.js';

export class HasUserinfo2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /hasUserinfo/{hasUserinfo}`
   *
   * Standalone: `hasUserinfo_(client, …)`; errors: `isAPIError(error, 'hasUserinfo_')`.
   *
   * @example
   * const result = await client.hasUserinfo.retrieve("abc123");
   */
  retrieve(hasUserinfo2: string, options?: RequestOptions): APIPromise<HasUserinfo> {
    return hasUserinfo_(this.client, hasUserinfo2, options);
  }
}
