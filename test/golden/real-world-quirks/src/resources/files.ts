// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { SharedLink } from '../models.js';
import { putFilesIdAddSharedLink } from '../operations/default_.js';

export class Files {
  constructor(private readonly client: APIClient) {}

  /**
   * `PUT /files/{id}`
   *
   * Standalone: `putFilesIdAddSharedLink(client, …)`; errors: `isAPIError(error, 'putFilesIdAddSharedLink')`.
   *
   * @example
   * const result = await client.files.update("abc123", {});
   */
  update(id: number, params: SharedLink, options?: RequestOptions): APIPromise<void> {
    return putFilesIdAddSharedLink(this.client, id, params, options);
  }
}
