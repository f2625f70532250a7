// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class NextLink2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /nextLink/{nextLink}`
   *
   * Standalone: `nextLink_(client, …)`; errors: `isAPIError(error, 'nextLink_')`.
   *
   * @example
   * const result = await client.nextLink.retrieve("abc123");
   */
  retrieve(nextLink2: string, options?: RequestOptions): APIPromise<NextLink> {
    return nextLink_(this.client, nextLink2, options);
  }
}

/**
 * `GET /nextLink/{nextLink}`
 *
 * @example
 * const result = await nextLink_(client, "abc123");
 */
export function nextLink_(client: APIClient, nextLink2: string, options?: RequestOptions): APIPromise<NextLink> {
  return client.request<NextLink>(
    {
      operation: 'nextLink_',
      method: 'GET',
      path: '/nextLink/{nextLink}',
      pathParams: { nextLink: nextLink2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface NextLink {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
