// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class FetchFollowing2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /fetchFollowing/{fetchFollowing}`
   *
   * Standalone: `fetchFollowing_(client, …)`; errors: `isAPIError(error, 'fetchFollowing_')`.
   *
   * @example
   * const result = await client.fetchFollowing.retrieve("abc123");
   */
  retrieve(fetchFollowing2: string, options?: RequestOptions): APIPromise<FetchFollowing> {
    return fetchFollowing_(this.client, fetchFollowing2, options);
  }
}

/**
 * `GET /fetchFollowing/{fetchFollowing}`
 *
 * @example
 * const result = await fetchFollowing_(client, "abc123");
 */
export function fetchFollowing_(
  client: APIClient,
  fetchFollowing2: string,
  options?: RequestOptions,
): APIPromise<FetchFollowing> {
  return client.request<FetchFollowing>(
    {
      operation: 'fetchFollowing_',
      method: 'GET',
      path: '/fetchFollowing/{fetchFollowing}',
      pathParams: { fetchFollowing: fetchFollowing2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface FetchFollowing {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
