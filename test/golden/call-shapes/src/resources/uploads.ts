// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class UploadsParts {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /uploads/{upload_id}/parts`
   *
   * Standalone: `addUploadPart(client, …)`; errors: `isAPIError(error, 'addUploadPart')`.
   *
   * @example
   * const result = await client.uploads.parts.create("abc123", {
   *   data: "string",
   * });
   */
  create(uploadId: string, params: AddUploadPartBody, options?: RequestOptions): APIPromise<AddUploadPartResponse> {
    return addUploadPart(this.client, uploadId, params, options);
  }
}

export class Uploads {
  readonly parts: UploadsParts;

  constructor(private readonly client: APIClient) {
    this.parts = new UploadsParts(client);
  }

  /**
   * `POST /uploads/{upload_id}/complete`
   *
   * Standalone: `completeUpload(client, …)`; errors: `isAPIError(error, 'completeUpload')`.
   *
   * @example
   * const result = await client.uploads.complete("abc123");
   */
  complete(uploadId: string, options?: RequestOptions): APIPromise<CompleteUploadResponse> {
    return completeUpload(this.client, uploadId, options);
  }
}

/**
 * `POST /uploads/{upload_id}/complete`
 *
 * @example
 * const result = await completeUpload(client, "abc123");
 */
export function completeUpload(
  client: APIClient,
  uploadId: string,
  options?: RequestOptions,
): APIPromise<CompleteUploadResponse> {
  return client.request<CompleteUploadResponse>(
    {
      operation: 'completeUpload',
      method: 'POST',
      path: '/uploads/{upload_id}/complete',
      pathParams: { upload_id: uploadId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /uploads/{upload_id}/parts`
 *
 * @example
 * const result = await addUploadPart(client, "abc123", {
 *   data: "string",
 * });
 */
export function addUploadPart(
  client: APIClient,
  uploadId: string,
  params: AddUploadPartBody,
  options?: RequestOptions,
): APIPromise<AddUploadPartResponse> {
  return client.request<AddUploadPartResponse>(
    {
      operation: 'addUploadPart',
      method: 'POST',
      path: '/uploads/{upload_id}/parts',
      pathParams: { upload_id: uploadId },
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface CompleteUploadResponse {
  status?: string;
}

export interface AddUploadPartBody {
  data: string;
}

export interface AddUploadPartResponse {
  id?: string;
}
