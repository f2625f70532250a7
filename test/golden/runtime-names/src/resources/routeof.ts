// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /routeOf/{routeOf}`
 *
 * @example
 * const result = await routeOf_(client, "abc123");
 */
export function routeOf_(client: APIClient, routeOf2: string, options?: RequestOptions): APIPromise<RouteOf> {
  return client.request<RouteOf>(
    {
      operation: 'routeOf_',
      method: 'GET',
      path: '/routeOf/{routeOf}',
      pathParams: { routeOf: routeOf2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RouteOf {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
