// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { SharedLink } from './resources/files.js';
import type { IoK8sApiRepo } from './resources/repos.js';

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
  entry('reposGet', 'GET', '/repos/{owner}/{repo}', '/repos/{owner}/{repo}', []),
  entry('putFilesIdAddSharedLink', 'PUT', '/files/{id}', '/files/{id}', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  reposGet: {
    body: never;
    params: {
      path: {
        owner: string;
        repo: string;
      };
      query?: {
        trace?: string;
      };
      header?: {
        trace?: string;
      };
    };
    response: IoK8sApiRepo;
    error: unknown;
    responses: {
      '200': IoK8sApiRepo;
    };
  };
  putFilesIdAddSharedLink: {
    body: SharedLink;
    params: {
      path: {
        id: number;
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
