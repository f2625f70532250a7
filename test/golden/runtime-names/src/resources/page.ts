// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Page_ } from '../models.js';

export class Page2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Page/{Page}`
   *
   * Standalone: `page(client, …)`; errors: `isAPIError(error, 'page')`.
   *
   * @example
   * const result = await client.page.retrieve("abc123");
   */
  retrieve(page_: string, options?: RequestOptions): APIPromise<Page_> {
    return page(this.client, page_, options);
  }
}

/**
 * `GET /Page/{Page}`
 *
 * @example
 * const result = await page(client, "abc123");
 */
export function page(client: APIClient, page_: string, options?: RequestOptions): APIPromise<Page_> {
  return client.request<Page_>(
    {
      operation: 'page',
      method: 'GET',
      path: '/Page/{Page}',
      pathParams: { Page: page_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
