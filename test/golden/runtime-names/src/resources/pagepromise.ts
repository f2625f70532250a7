// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { PagePromise_ } from '../models.js';

export class PagePromise2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /PagePromise/{PagePromise}`
   *
   * Standalone: `pagePromise(client, …)`; errors: `isAPIError(error, 'pagePromise')`.
   *
   * @example
   * const result = await client.pagePromise.retrieve("abc123");
   */
  retrieve(pagePromise_: string, options?: RequestOptions): APIPromise<PagePromise_> {
    return pagePromise(this.client, pagePromise_, options);
  }
}

/**
 * `GET /PagePromise/{PagePromise}`
 *
 * @example
 * const result = await pagePromise(client, "abc123");
 */
export function pagePromise(
  client: APIClient,
  pagePromise_: string,
  options?: RequestOptions,
): APIPromise<PagePromise_> {
  return client.request<PagePromise_>(
    {
      operation: 'pagePromise',
      method: 'GET',
      path: '/PagePromise/{PagePromise}',
      pathParams: { PagePromise: pagePromise_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
