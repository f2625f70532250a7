// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ProjectsFiles {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /v1/projects/{project_id}/files/{file_name}`
   *
   * Standalone: `getProjectFile(client, …)`; errors: `isAPIError(error, 'getProjectFile')`.
   *
   * @example
   * const result = await client.projects.files.retrieve("abc123", {
   *   project_id: 1,
   *   "X-Request-Id": "string",
   * });
   */
  retrieve(
    fileName: string,
    params: GetProjectFileParams,
    options?: RequestOptions,
  ): APIPromise<GetProjectFileResponse> {
    return getProjectFile(this.client, fileName, params, options);
  }

  /**
   * `DELETE /v1/projects/{project_id}/files/{file_name}`
   *
   * Standalone: `deleteProjectFile(client, …)`; errors: `isAPIError(error, 'deleteProjectFile')`.
   *
   * @example
   * const result = await client.projects.files.delete("abc123", {
   *   project_id: 1,
   *   revision: 1,
   *   confirm: false,
   *   "X-Request-Id": "string",
   * });
   */
  delete(fileName: string, params: DeleteProjectFileParams, options?: RequestOptions): APIPromise<void> {
    return deleteProjectFile(this.client, fileName, params, options);
  }
}

export class Projects {
  readonly files: ProjectsFiles;

  constructor(private readonly client: APIClient) {
    this.files = new ProjectsFiles(client);
  }
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

export interface GetProjectFileResponse {
  name?: string;
  size?: number;
}

/** The params object of {@link getProjectFile}: body fields and parameters in one object. */
export type GetProjectFileParams = {
  /**
   * @format int64
   */
  project_id: number;
  /**
   * Optional revision selector shared by GET and DELETE.
   */
  revision?: string;
  /**
   * Idempotency / tracing id supplied by the caller.
   * @format uuid
   */
  'X-Request-Id': string;
  'If-None-Match'?: string;
};

/** The params object of {@link deleteProjectFile}: body fields and parameters in one object. */
export type DeleteProjectFileParams = {
  /**
   * @format int64
   */
  project_id: number;
  /**
   * Overrides the path-level parameter; DELETE requires an exact integer revision.
   */
  revision: number;
  confirm: boolean;
  /**
   * Idempotency / tracing id supplied by the caller.
   * @format uuid
   */
  'X-Request-Id': string;
};
