// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type {
  DeleteProjectFileParams,
  GetProjectFileParams,
  GetProjectFileResponse,
  SearchParams,
  SearchResponse,
} from './models.js';

/** One entry of {@link operations}: what a tool needs to find and describe an operation. */
export interface OperationInfo {
  /** The operation function exported by this package. */
  readonly name: OperationName;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The wire path template, without any `#fragment`. */
  readonly path: string;
  /** The spec's path key, `#fragment` included. */
  readonly pathKey: string;
  readonly tags: readonly string[];
}

/** Every operation of the API, in spec order. */
export const operations: readonly OperationInfo[] = [
  { name: 'search', method: 'GET', path: '/v1/search', pathKey: '/v1/search', tags: [] },
  {
    name: 'getProjectFile',
    method: 'GET',
    path: '/v1/projects/{project_id}/files/{file_name}',
    pathKey: '/v1/projects/{project_id}/files/{file_name}',
    tags: [],
  },
  {
    name: 'deleteProjectFile',
    method: 'DELETE',
    path: '/v1/projects/{project_id}/files/{file_name}',
    pathKey: '/v1/projects/{project_id}/files/{file_name}',
    tags: [],
  },
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  search: {
    body: never;
    params: SearchParams;
    response: SearchResponse;
    error: unknown;
    responses: {
      '200': SearchResponse;
    };
  };
  getProjectFile: {
    body: never;
    params: GetProjectFileParams;
    response: GetProjectFileResponse;
    error: unknown;
    responses: {
      '200': GetProjectFileResponse;
      '304': void;
    };
  };
  deleteProjectFile: {
    body: never;
    params: DeleteProjectFileParams;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
}

export type OperationName = keyof Operations;
