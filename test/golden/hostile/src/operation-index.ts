// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Class, Promise_ } from './resources/hostile.js';
import type { Delete, ListObjectsResponse } from './resources/objects.js';

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
  entry('xProcessExit1', 'POST', '/v1/hostile', '/v1/hostile', ['Vidéo 生成']),
  entry('listObjects', 'GET', '/v1/objects', '/v1/objects', ['Vidéo 生成']),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  xProcessExit1: {
    body: Class;
    params: Record<string, never>;
    response: Promise_;
    error: unknown;
    responses: {
      '200': Promise_;
    };
  };
  listObjects: {
    body: never;
    params: Record<string, never>;
    response: ListObjectsResponse;
    error: Delete;
    responses: {
      '200': ListObjectsResponse;
      default: Delete;
    };
  };
}

export type OperationName = keyof Operations;
