// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class BuildQuery2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /buildQuery/{buildQuery}`
   *
   * Standalone: `buildQuery_(client, …)`; errors: `isAPIError(error, 'buildQuery_')`.
   *
   * @example
   * const result = await client.buildQuery.retrieve("abc123");
   */
  retrieve(buildQuery2: string, options?: RequestOptions): APIPromise<BuildQuery> {
    return buildQuery_(this.client, buildQuery2, options);
  }
}

/**
 * `GET /buildQuery/{buildQuery}`
 *
 * @example
 * const result = await buildQuery_(client, "abc123");
 */
export function buildQuery_(client: APIClient, buildQuery2: string, options?: RequestOptions): APIPromise<BuildQuery> {
  return client.request<BuildQuery>(
    {
      operation: 'buildQuery_',
      method: 'GET',
      path: '/buildQuery/{buildQuery}',
      pathParams: { buildQuery: buildQuery2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface BuildQuery {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
