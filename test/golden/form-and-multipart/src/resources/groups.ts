// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Uploadable } from '../core/uploads.js';

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

/**
 * The multipart form is listed first; the JSON form keeps the plain body name all the same.
 *
 * `POST /groups`
 *
 * @example
 * const result = await createOneGroup(client, {
 *   name: "string",
 * });
 */
export function createOneGroup(
  client: APIClient,
  params: CreateOneGroupParams,
  options?: RequestOptions,
): APIPromise<CreateOneGroupResponse> {
  const { dry_run: $0, ...body } = params;
  return client.request<CreateOneGroupResponse>(
    {
      operation: 'createOneGroup',
      method: 'POST',
      path: '/groups',
      query: { dry_run: $0 },
      body: body,
      contentType: 'application/json',
      contentTypeWithFiles: 'multipart/form-data',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface CreateOneGroupBodyMultipartFormData {
  name: string;
  /** @format binary */
  icon?: Uploadable;
}

export interface CreateOneGroupBody {
  name: string;
  icon_url?: string;
}

export interface CreateOneGroupResponse {
  id?: string;
}

/** The params object of {@link createOneGroup}: body fields and parameters in one object. */
export type CreateOneGroupParams = (CreateOneGroupBody | CreateOneGroupBodyMultipartFormData) & {
  dry_run?: boolean;
};
