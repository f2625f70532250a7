// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Category } from './resources/categories.js';

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
  entry('getCategory', 'GET', '/categories/{id}', '/categories/{id}', []),
  entry('createCategory', 'POST', '/categories', '/categories', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  getCategory: {
    body: never;
    params: {
      path: {
        id: string;
      };
    };
    response: Category;
    error: unknown;
    responses: {
      '200': Category;
    };
  };
  createCategory: {
    body: Category;
    params: Record<string, never>;
    response: Category;
    error: unknown;
    responses: {
      '201': Category;
    };
  };
}

export type OperationName = keyof Operations;
