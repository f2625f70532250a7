// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class PageOptions2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /PageOptions/{PageOptions}`
   *
   * Standalone: `pageOptions(client, …)`; errors: `isAPIError(error, 'pageOptions')`.
   *
   * @example
   * const result = await client.pageOptions.retrieve("abc123");
   */
  retrieve(pageOptions_: string, options?: RequestOptions): APIPromise<PageOptions_> {
    return pageOptions(this.client, pageOptions_, options);
  }
}

/**
 * `GET /PageOptions/{PageOptions}`
 *
 * @example
 * const result = await pageOptions(client, "abc123");
 */
export function pageOptions(
  client: APIClient,
  pageOptions_: string,
  options?: RequestOptions,
): APIPromise<PageOptions_> {
  return client.request<PageOptions_>(
    {
      operation: 'pageOptions',
      method: 'GET',
      path: '/PageOptions/{PageOptions}',
      pathParams: { PageOptions: pageOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface PageOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
