// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Comments {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /comments`
   *
   * Standalone: `postComment(client, …)`; errors: `isAPIError(error, 'postComment')`.
   *
   * @example
   * const result = await client.comments.create({
   *   id: "string",
   *   text: "string",
   * });
   */
  create(params: Comment, options?: RequestOptions): APIPromise<Comment> {
    return postComment(this.client, params, options);
  }
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

export interface BaseComment {
  id: string;
  text: string;
}

export type Comment = BaseComment & {
  replies?: Comment[];
};
