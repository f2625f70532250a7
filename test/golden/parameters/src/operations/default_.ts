// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  DeleteProjectFileParams,
  GetProjectFileParams,
  GetProjectFileResponse,
  SearchParams,
  SearchResponse,
} from '../models.js';

/** `GET /v1/search` */
export function search(client: APIClient, request: SearchParams, options?: RequestOptions): APIPromise<SearchResponse> {
  return client.request<SearchResponse>(
    {
      operation: 'search',
      method: 'GET',
      path: '/v1/search',
      query: request.query,
      queryStyles: {
        tag: { style: 'form', explode: true },
        fields: { style: 'form', explode: false },
        filter: { style: 'deepObject', explode: true },
      },
      headers: request.header,
      cookies: request.cookie,
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** `GET /v1/projects/{project_id}/files/{file_name}` */
export function getProjectFile(
  client: APIClient,
  request: GetProjectFileParams,
  options?: RequestOptions,
): APIPromise<GetProjectFileResponse> {
  return client.request<GetProjectFileResponse>(
    {
      operation: 'getProjectFile',
      method: 'GET',
      path: '/v1/projects/{project_id}/files/{file_name}',
      pathParams: request.path,
      query: request.query,
      headers: request.header,
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** `DELETE /v1/projects/{project_id}/files/{file_name}` */
export function deleteProjectFile(
  client: APIClient,
  request: DeleteProjectFileParams,
  options?: RequestOptions,
): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'deleteProjectFile',
      method: 'DELETE',
      path: '/v1/projects/{project_id}/files/{file_name}',
      pathParams: request.path,
      query: request.query,
      headers: request.header,
      responseType: 'void',
      security: [],
    },
    options,
  );
}
