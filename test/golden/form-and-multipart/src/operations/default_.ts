// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  DeleteUploadParams,
  EditImageBody,
  GetUploadTextParams,
  IssueTokenBody,
  IssueTokenResponse,
  Upload,
  UploadFilesBody,
} from '../models.js';

/** `POST /oauth/token` */
export function issueToken(
  client: APIClient,
  request: { body: IssueTokenBody },
  options?: RequestOptions,
): APIPromise<IssueTokenResponse> {
  return client.request<IssueTokenResponse>(
    {
      operation: 'issueToken',
      method: 'POST',
      path: '/oauth/token',
      body: request.body,
      contentType: 'application/x-www-form-urlencoded',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** `POST /uploads` */
export function uploadFiles(
  client: APIClient,
  request: { body: UploadFilesBody },
  options?: RequestOptions,
): APIPromise<Upload> {
  return client.request<Upload>(
    {
      operation: 'uploadFiles',
      method: 'POST',
      path: '/uploads',
      body: request.body,
      contentType: 'multipart/form-data',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * Accepts either a JSON body with an image URL or a multipart upload.
 *
 * `POST /images/edit`
 */
export function editImage(
  client: APIClient,
  request: { body: EditImageBody },
  options?: RequestOptions,
): APIPromise<Blob> {
  return client.request<Blob>(
    {
      operation: 'editImage',
      method: 'POST',
      path: '/images/edit',
      body: request.body,
      contentType: 'application/json',
      responseType: 'blob',
      security: [],
    },
    options,
  );
}

/** `GET /uploads/{id}` */
export function getUploadText(
  client: APIClient,
  request: GetUploadTextParams,
  options?: RequestOptions,
): APIPromise<string> {
  return client.request<string>(
    {
      operation: 'getUploadText',
      method: 'GET',
      path: '/uploads/{id}',
      pathParams: request.path,
      responseType: 'text',
      security: [],
    },
    options,
  );
}

/** `DELETE /uploads/{id}` */
export function deleteUpload(
  client: APIClient,
  request: DeleteUploadParams,
  options?: RequestOptions,
): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'deleteUpload',
      method: 'DELETE',
      path: '/uploads/{id}',
      pathParams: request.path,
      responseType: 'void',
      security: [],
    },
    options,
  );
}
