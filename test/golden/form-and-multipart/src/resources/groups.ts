// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { CreateOneGroupParams, CreateOneGroupResponse } from '../models.js';
import { createOneGroup } from '../operations/default_.js';

export class Groups {
  constructor(private readonly client: APIClient) {}

  /**
   * The multipart form is listed first; the JSON form keeps the plain body name all the same.
   *
   * `POST /groups`
   *
   * Standalone: `createOneGroup(client, …)`; errors: `isAPIError(error, 'createOneGroup')`.
   *
   * @example
   * const result = await client.groups.create({
   *   name: "string",
   * });
   */
  create(params: CreateOneGroupParams, options?: RequestOptions): APIPromise<CreateOneGroupResponse> {
    return createOneGroup(this.client, params, options);
  }
}
