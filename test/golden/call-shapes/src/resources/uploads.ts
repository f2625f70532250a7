// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { AddUploadPartBody, AddUploadPartResponse, CompleteUploadResponse } from '../models.js';
import { addUploadPart, completeUpload } from '../operations/default_.js';

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
