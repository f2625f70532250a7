// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { EditRequest } from '../models.js';
import { createEdit } from '../operations/default_.js';

export class Edits {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /edits`
   *
   * Standalone: `createEdit(client, …)`; errors: `isAPIError(error, 'createEdit')`.
   *
   * @example
   * const result = await client.edits.create({
   *   video_url: "string",
   * });
   */
  create(params: EditRequest, options?: RequestOptions): APIPromise<void> {
    return createEdit(this.client, params, options);
  }
}
