// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { IoK8sApiRepo, ReposGetParams, SharedLink } from '../models.js';

/**
 * `GET /repos/{owner}/{repo}`
 *
 * @example
 * const result = await reposGet(client, "abc123", {
 *   owner: "string",
 * });
 */
export function reposGet(
  client: APIClient,
  repo: string,
  params: ReposGetParams,
  options?: RequestOptions,
): APIPromise<IoK8sApiRepo> {
  const { owner: $0, trace: $1, header_trace: $2 } = params;
  return client.request<IoK8sApiRepo>(
    {
      operation: 'reposGet',
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      pathParams: { owner: $0, repo: repo },
      query: { trace: $1 },
      headers: { trace: $2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
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
