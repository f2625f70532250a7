// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  CreateOneGroupParams,
  CreateOneGroupResponse,
  EditImageBody,
  EditImageBodyMultipartFormData,
  IssueTokenBody,
  IssueTokenResponse,
  Upload,
  UploadFilesBody,
} from '../models.js';

/**
 * `POST /oauth/token`
 *
 * @example
 * const result = await issueToken(client, {
 *   grant_type: "client_credentials",
 *   client_id: "string",
 * });
 */
export function issueToken(
  client: APIClient,
  params: IssueTokenBody,
  options?: RequestOptions,
): APIPromise<IssueTokenResponse> {
  return client.request<IssueTokenResponse>(
    {
      operation: 'issueToken',
      method: 'POST',
      path: '/oauth/token',
      body: params,
      contentType: 'application/x-www-form-urlencoded',
      responseType: 'json',
      security: [],
    },
    options,
  );
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
 * Accepts either a JSON body with an image URL or a multipart upload.
 *
 * `POST /images/edit`
 *
 * @example
 * const result = await editImage(client, {
 *   image_url: "https://example.com/input.png",
 *   prompt: "string",
 * });
 */
export function editImage(
  client: APIClient,
  params: EditImageBody | EditImageBodyMultipartFormData,
  options?: RequestOptions,
): APIPromise<Blob> {
  return client.request<Blob>(
    {
      operation: 'editImage',
      method: 'POST',
      path: '/images/edit',
      body: params,
      contentType: 'application/json',
      contentTypeWithFiles: 'multipart/form-data',
      responseType: 'blob',
      security: [],
    },
    options,
  );
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
