// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /buildPath/{buildPath}`
 *
 * @example
 * const result = await buildPath_(client, "abc123");
 */
export function buildPath_(client: APIClient, buildPath2: string, options?: RequestOptions): APIPromise<BuildPath> {
  return client.request<BuildPath>(
    {
      operation: 'buildPath_',
      method: 'GET',
      path: '/buildPath/{buildPath}',
      pathParams: { buildPath: buildPath2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface BuildPath {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
