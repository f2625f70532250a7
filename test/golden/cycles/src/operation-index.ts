// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Comment } from './resources/comments.js';
import type { JsonValue } from './resources/documents.js';
import type { Folder } from './resources/folders.js';
import type { TreeNode } from './resources/trees.js';
import type { Trie } from './resources/trie.js';

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
  entry('createTree', 'POST', '/trees', '/trees', []),
  entry('getFolder', 'GET', '/folders/{id}', '/folders/{id}', []),
  entry('postComment', 'POST', '/comments', '/comments', []),
  entry('putDocument', 'PUT', '/documents', '/documents', []),
  entry('getTrie', 'GET', '/trie', '/trie', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  createTree: {
    body: TreeNode;
    params: Record<string, never>;
    response: TreeNode;
    error: unknown;
    responses: {
      '200': TreeNode;
    };
  };
  getFolder: {
    body: never;
    params: {
      path: {
        id: string;
      };
    };
    response: Folder;
    error: unknown;
    responses: {
      '200': Folder;
    };
  };
  postComment: {
    body: Comment;
    params: Record<string, never>;
    response: Comment;
    error: unknown;
    responses: {
      '201': Comment;
    };
  };
  putDocument: {
    body: JsonValue;
    params: Record<string, never>;
    response: JsonValue;
    error: unknown;
    responses: {
      '200': JsonValue;
    };
  };
  getTrie: {
    body: never;
    params: Record<string, never>;
    response: Trie;
    error: unknown;
    responses: {
      '200': Trie;
    };
  };
}

export type OperationName = keyof Operations;
