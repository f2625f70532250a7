// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Uploadable } from '../core/uploads.js';

export class Uploads {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /uploads`
   *
   * Standalone: `uploadFiles(client, …)`; errors: `isAPIError(error, 'uploadFiles')`.
   *
   * @example
   * const result = await client.uploads.create({
   *   file: new Blob(['…']),
   * });
   */
  create(params: UploadFilesBody, options?: RequestOptions): APIPromise<Upload> {
    return uploadFiles(this.client, params, options);
  }

  /**
   * `GET /uploads/{id}`
   *
   * Standalone: `getUploadText(client, …)`; errors: `isAPIError(error, 'getUploadText')`.
   *
   * @example
   * const result = await client.uploads.retrieve("abc123");
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<string> {
    return getUploadText(this.client, id, options);
  }

  /**
   * `DELETE /uploads/{id}`
   *
   * Standalone: `deleteUpload(client, …)`; errors: `isAPIError(error, 'deleteUpload')`.
   *
   * @example
   * const result = await client.uploads.delete("abc123");
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return deleteUpload(this.client, id, options);
  }
}

/**
 * `POST /uploads`
 *
 * @example
 * const result = await uploadFiles(client, {
 *   file: new Blob(['…']),
 * });
 */
export function uploadFiles(client: APIClient, params: UploadFilesBody, options?: RequestOptions): APIPromise<Upload> {
  return client.request<Upload>(
    {
      operation: 'uploadFiles',
      method: 'POST',
      path: '/uploads',
      body: params,
      contentType: 'multipart/form-data',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /uploads/{id}`
 *
 * @example
 * const result = await getUploadText(client, "abc123");
 */
export function getUploadText(client: APIClient, id: string, options?: RequestOptions): APIPromise<string> {
  return client.request<string>(
    {
      operation: 'getUploadText',
      method: 'GET',
      path: '/uploads/{id}',
      pathParams: { id: id },
      responseType: 'text',
      security: [],
    },
    options,
  );
}

/**
 * `DELETE /uploads/{id}`
 *
 * @example
 * const result = await deleteUpload(client, "abc123");
 */
export function deleteUpload(client: APIClient, id: string, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'deleteUpload',
      method: 'DELETE',
      path: '/uploads/{id}',
      pathParams: { id: id },
      responseType: 'void',
      security: [],
    },
    options,
  );
}

export interface Upload {
  id: string;
  bytes?: number;
}

export interface UploadFilesBody {
  /** @format binary */
  file: Uploadable;
  attachments?: Uploadable[];
  title?: string;
  metadata?: {
    source?: string;
  };
}

export type GetUploadTextResponse = string;
