// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { IoK8sApiRepo, ReposGetParams } from '../models.js';
import { reposGet } from '../operations/default_.js';

export class Repos {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /repos/{owner}/{repo}`
   *
   * Standalone: `reposGet(client, …)`; errors: `isAPIError(error, 'reposGet')`.
   *
   * @example
   * const result = await client.repos.retrieve("abc123", {
   *   owner: "string",
   * });
   */
  retrieve(repo: string, params: ReposGetParams, options?: RequestOptions): APIPromise<IoK8sApiRepo> {
    return reposGet(this.client, repo, params, options);
  }
}
