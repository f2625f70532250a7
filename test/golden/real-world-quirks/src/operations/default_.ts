// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { IoK8sApiRepo, PutFilesIdAddSharedLinkParams, ReposGetParams, SharedLink } from '../models.js';

/** `GET /repos/{owner}/{repo}` */
export function reposGet(
  client: APIClient,
  request: ReposGetParams,
  options?: RequestOptions,
): APIPromise<IoK8sApiRepo> {
  return client.request<IoK8sApiRepo>(
    {
      operation: 'reposGet',
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      pathParams: request.path,
      query: request.query,
      headers: request.header,
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** `PUT /files/{id}` */
export function putFilesIdAddSharedLink(
  client: APIClient,
  request: PutFilesIdAddSharedLinkParams & { body: SharedLink },
  options?: RequestOptions,
): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'putFilesIdAddSharedLink',
      method: 'PUT',
      path: '/files/{id}',
      pathParams: request.path,
      body: request.body,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}
