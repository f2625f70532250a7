// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Comment, Folder, JsonValue, TreeNode, Trie } from '../models.js';

/**
 * `POST /trees`
 *
 * @example
 * const result = await createTree(client, {
 *   value: "string",
 * });
 */
export function createTree(client: APIClient, params: TreeNode, options?: RequestOptions): APIPromise<TreeNode> {
  return client.request<TreeNode>(
    {
      operation: 'createTree',
      method: 'POST',
      path: '/trees',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /folders/{id}`
 *
 * @example
 * const result = await getFolder(client, "abc123");
 */
export function getFolder(client: APIClient, id: string, options?: RequestOptions): APIPromise<Folder> {
  return client.request<Folder>(
    {
      operation: 'getFolder',
      method: 'GET',
      path: '/folders/{id}',
      pathParams: { id: id },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /comments`
 *
 * @example
 * const result = await postComment(client, {
 *   id: "string",
 *   text: "string",
 * });
 */
export function postComment(client: APIClient, params: Comment, options?: RequestOptions): APIPromise<Comment> {
  return client.request<Comment>(
    {
      operation: 'postComment',
      method: 'POST',
      path: '/comments',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `PUT /documents`
 *
 * @example
 * const result = await putDocument(client, {});
 */
export function putDocument(client: APIClient, params: JsonValue, options?: RequestOptions): APIPromise<JsonValue> {
  return client.request<JsonValue>(
    {
      operation: 'putDocument',
      method: 'PUT',
      path: '/documents',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /trie`
 *
 * @example
 * const result = await getTrie(client);
 */
export function getTrie(client: APIClient, options?: RequestOptions): APIPromise<Trie> {
  return client.request<Trie>(
    { operation: 'getTrie', method: 'GET', path: '/trie', responseType: 'json', security: [] },
    options,
  );
}
