// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient } from '../core/http.js';
import type { PageOptions, PagePromise } from '../core/pagination.js';
import type { ListPagesParams, PagePromise_, Page_ } from '../models.js';
import { listPages } from '../operations/jobs.js';

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
