// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { GetProjectFileResponse } from './resources/projects.js';
import type { SearchResponse } from './resources/search.js';

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

function entry(
  name: OperationName,
  method: string,
  path: string,
  pathKey: string,
  tags: readonly string[],
): OperationInfo {
  return { name, method, path, pathKey, tags };
}

/** Every operation of the API, in spec order: `{ name, method, path, pathKey, tags }`. */
export const operations: readonly OperationInfo[] = [
  entry('search', 'GET', '/v1/search', '/v1/search', []),
  entry(
    'getProjectFile',
    'GET',
    '/v1/projects/{project_id}/files/{file_name}',
    '/v1/projects/{project_id}/files/{file_name}',
    [],
  ),
  entry(
    'deleteProjectFile',
    'DELETE',
    '/v1/projects/{project_id}/files/{file_name}',
    '/v1/projects/{project_id}/files/{file_name}',
    [],
  ),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  search: {
    body: never;
    params: {
      query: {
        q: string;
        /**
         * @default 20
         * @minimum 1
         * @maximum 100
         */
        limit?: number;
        include_archived?: boolean;
        sort?: 'relevance' | 'newest' | 'oldest';
        /**
         * Repeated key, e.g. ?tag=a&tag=b
         */
        tag?: string[];
        /**
         * Comma-joined, e.g. ?fields=id,name
         */
        fields?: string[];
        /**
         * Serialized as filter[owner]=x&filter[kind]=y
         */
        filter?: {
          owner?: string;
          kind?: string;
        };
        /**
         * @minimum 1
         * @maximum 500
         */
        'page[size]'?: number;
        /**
         * @minimum 1
         */
        'page[number]'?: number;
      };
      header: {
        /**
         * Idempotency / tracing id supplied by the caller.
         * @format uuid
         */
        'X-Request-Id': string;
        'X-Client-Version'?: string;
      };
      cookie?: {
        session_id?: string;
      };
    };
    response: SearchResponse;
    error: unknown;
    responses: {
      '200': SearchResponse;
    };
  };
  getProjectFile: {
    body: never;
    params: {
      path: {
        /**
         * @format int64
         */
        project_id: number;
        /**
         * May contain slashes, spaces and unicode (e.g. "reports/Q1 résumé.pdf"); must be percent-encoded.
         */
        file_name: string;
      };
      query?: {
        /**
         * Optional revision selector shared by GET and DELETE.
         */
        revision?: string;
      };
      header: {
        /**
         * Idempotency / tracing id supplied by the caller.
         * @format uuid
         */
        'X-Request-Id': string;
        'If-None-Match'?: string;
      };
    };
    response: GetProjectFileResponse;
    error: unknown;
    responses: {
      '200': GetProjectFileResponse;
      '304': void;
    };
  };
  deleteProjectFile: {
    body: never;
    params: {
      path: {
        /**
         * @format int64
         */
        project_id: number;
        /**
         * May contain slashes, spaces and unicode (e.g. "reports/Q1 résumé.pdf"); must be percent-encoded.
         */
        file_name: string;
      };
      query: {
        /**
         * Overrides the path-level parameter; DELETE requires an exact integer revision.
         */
        revision: number;
        confirm: boolean;
      };
      header: {
        /**
         * Idempotency / tracing id supplied by the caller.
         * @format uuid
         */
        'X-Request-Id': string;
      };
    };
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
}

export type OperationName = keyof Operations;
