// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `PUT /files/{id}`
 *
 * @example
 * const result = await putFilesIdAddSharedLink(client, "abc123", {});
 */
export function putFilesIdAddSharedLink(
  client: APIClient,
  id: number,
  params: SharedLink,
  options?: RequestOptions,
): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'putFilesIdAddSharedLink',
      method: 'PUT',
      path: '/files/{id}',
      pathParams: { id: id },
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}

export interface SharedLink {
  /** @format uri */
  callback_url?: string;
  access?: 'open' | 'company';
}
