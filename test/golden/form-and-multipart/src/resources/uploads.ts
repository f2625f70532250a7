// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { DeleteUploadParams, GetUploadTextParams, Upload, UploadFilesBody } from '../models.js';
import { deleteUpload, getUploadText, uploadFiles } from '../operations/default_.js';

export class Uploads {
  constructor(private readonly client: APIClient) {}

  /** `POST /uploads` */
  create(request: { body: UploadFilesBody }, options?: RequestOptions): APIPromise<Upload> {
    return uploadFiles(this.client, request, options);
  }

  /** `GET /uploads/{id}` */
  retrieve(request: GetUploadTextParams, options?: RequestOptions): APIPromise<string> {
    return getUploadText(this.client, request, options);
  }

  /** `DELETE /uploads/{id}` */
  delete(request: DeleteUploadParams, options?: RequestOptions): APIPromise<void> {
    return deleteUpload(this.client, request, options);
  }
}
