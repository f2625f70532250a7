// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Trees {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /trees`
   *
   * Standalone: `createTree(client, …)`; errors: `isAPIError(error, 'createTree')`.
   *
   * @example
   * const result = await client.trees.create({
   *   value: "string",
   * });
   */
  create(params: TreeNode, options?: RequestOptions): APIPromise<TreeNode> {
    return createTree(this.client, params, options);
  }
}

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

export interface TreeNode {
  value: string;
  children?: TreeNode[];
}
