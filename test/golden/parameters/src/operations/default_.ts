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

/**
 * `GET /v1/search`
 *
 * @example
 * const result = await search(client, {
 *   q: "string",
 *   "X-Request-Id": "string",
 * });
 */
export function search(client: APIClient, params: SearchParams, options?: RequestOptions): APIPromise<SearchResponse> {
  const {
    q: $0,
    limit: $1,
    include_archived: $2,
    sort: $3,
    tag: $4,
    fields: $5,
    filter: $6,
    'page[size]': $7,
    'page[number]': $8,
    'X-Request-Id': $9,
    'X-Client-Version': $10,
    session_id: $11,
  } = params;
  return client.request<SearchResponse>(
    {
      operation: 'search',
      method: 'GET',
      path: '/v1/search',
      query: {
        q: $0,
        limit: $1,
        include_archived: $2,
        sort: $3,
        tag: $4,
        fields: $5,
        filter: $6,
        'page[size]': $7,
        'page[number]': $8,
      },
      queryStyles: {
        tag: { style: 'form', explode: true },
        fields: { style: 'form', explode: false },
        filter: { style: 'deepObject', explode: true },
      },
      headers: { 'X-Request-Id': $9, 'X-Client-Version': $10 },
      cookies: { session_id: $11 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /v1/projects/{project_id}/files/{file_name}`
 *
 * @example
 * const result = await getProjectFile(client, "abc123", {
 *   project_id: 1,
 *   "X-Request-Id": "string",
 * });
 */
export function getProjectFile(
  client: APIClient,
  fileName: string,
  params: GetProjectFileParams,
  options?: RequestOptions,
): APIPromise<GetProjectFileResponse> {
  const { project_id: $0, revision: $1, 'X-Request-Id': $2, 'If-None-Match': $3 } = params;
  return client.request<GetProjectFileResponse>(
    {
      operation: 'getProjectFile',
      method: 'GET',
      path: '/v1/projects/{project_id}/files/{file_name}',
      pathParams: { project_id: $0, file_name: fileName },
      query: { revision: $1 },
      headers: { 'X-Request-Id': $2, 'If-None-Match': $3 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `DELETE /v1/projects/{project_id}/files/{file_name}`
 *
 * @example
 * const result = await deleteProjectFile(client, "abc123", {
 *   project_id: 1,
 *   revision: 1,
 *   confirm: false,
 *   "X-Request-Id": "string",
 * });
 */
export function deleteProjectFile(
  client: APIClient,
  fileName: string,
  params: DeleteProjectFileParams,
  options?: RequestOptions,
): APIPromise<void> {
  const { project_id: $0, revision: $1, confirm: $2, 'X-Request-Id': $3 } = params;
  return client.request<void>(
    {
      operation: 'deleteProjectFile',
      method: 'DELETE',
      path: '/v1/projects/{project_id}/files/{file_name}',
      pathParams: { project_id: $0, file_name: fileName },
      query: { revision: $1, confirm: $2 },
      headers: { 'X-Request-Id': $3 },
      responseType: 'void',
      security: [],
    },
    options,
  );
}
