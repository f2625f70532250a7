// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { BuildPath } from '../models.js';
import { buildPath_ } from '../operations/things.js';

export class BuildPath2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /buildPath/{buildPath}`
   *
   * Standalone: `buildPath_(client, …)`; errors: `isAPIError(error, 'buildPath_')`.
   *
   * @example
   * const result = await client.buildPath.retrieve("abc123");
   */
  retrieve(buildPath2: string, options?: RequestOptions): APIPromise<BuildPath> {
    return buildPath_(this.client, buildPath2, options);
  }
}
