// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { RouteOf } from '../models.js';
import { routeOf_ } from '../operations/things.js';

export class RouteOf2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /routeOf/{routeOf}`
   *
   * Standalone: `routeOf_(client, …)`; errors: `isAPIError(error, 'routeOf_')`.
   *
   * @example
   * const result = await client.routeOf.retrieve("abc123");
   */
  retrieve(routeOf2: string, options?: RequestOptions): APIPromise<RouteOf> {
    return routeOf_(this.client, routeOf2, options);
  }
}
