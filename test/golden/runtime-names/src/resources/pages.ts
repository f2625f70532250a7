// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient } from '../core/http.js';
import { requestPage } from '../core/pagination.js';
import type { PageOptions, PagePromise } from '../core/pagination.js';
import type { PagePromise_, Page_ } from '../models.js';

export class Pages {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /pages/{requestPage}`
   *
   * Standalone: `listPages(client, …)`; errors: `isAPIError(error, 'listPages')`.
   *
   * @example
   * const result = await client.pages.retrieve("abc123");
   */
  retrieve(requestPage2: string, params?: ListPagesParams, options?: PageOptions): PagePromise<PagePromise_, Page_> {
    return listPages(this.client, requestPage2, params, options);
  }
}

/**
 * `GET /pages/{requestPage}`
 *
 * @example
 * const result = await listPages(client, "abc123");
 */
export function listPages(
  client: APIClient,
  requestPage2: string,
  params?: ListPagesParams,
  options?: PageOptions,
): PagePromise<PagePromise_, Page_> {
  const { starting_after: $0 } = (params ?? {}) as Partial<ListPagesParams>;
  return requestPage<PagePromise_, Page_>(
    client,
    {
      operation: 'listPages',
      method: 'GET',
      path: '/pages/{requestPage}',
      pathParams: { requestPage: requestPage2 },
      query: { starting_after: $0 },
      responseType: 'json',
      security: [],
    },
    options,
    {
      items: ['data'],
      hasMore: ['has_more'],
      next: { kind: 'afterLast', parameter: 'starting_after', idField: ['id'] },
    },
  );
}

/** The params object of {@link listPages}: body fields and parameters in one object. */
export type ListPagesParams = {
  starting_after?: string;
};
