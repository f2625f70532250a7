// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class NextPageQuery2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /nextPageQuery/{nextPageQuery}`
   *
   * Standalone: `nextPageQuery_(client, …)`; errors: `isAPIError(error, 'nextPageQuery_')`.
   *
   * @example
   * const result = await client.nextPageQuery.retrieve("abc123");
   */
  retrieve(nextPageQuery2: string, options?: RequestOptions): APIPromise<NextPageQuery> {
    return nextPageQuery_(this.client, nextPageQuery2, options);
  }
}

/**
 * `GET /nextPageQuery/{nextPageQuery}`
 *
 * @example
 * const result = await nextPageQuery_(client, "abc123");
 */
export function nextPageQuery_(
  client: APIClient,
  nextPageQuery2: string,
  options?: RequestOptions,
): APIPromise<NextPageQuery> {
  return client.request<NextPageQuery>(
    {
      operation: 'nextPageQuery_',
      method: 'GET',
      path: '/nextPageQuery/{nextPageQuery}',
      pathParams: { nextPageQuery: nextPageQuery2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface NextPageQuery {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
