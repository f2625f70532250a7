// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /repos/{owner}/{repo}`
 *
 * @example
 * const result = await reposGet(client, "abc123", {
 *   owner: "string",
 * });
 */
export function reposGet(
  client: APIClient,
  repo: string,
  params: ReposGetParams,
  options?: RequestOptions,
): APIPromise<IoK8sApiRepo> {
  const { owner: $0, trace: $1, header_trace: $2 } = params;
  return client.request<IoK8sApiRepo>(
    {
      operation: 'reposGet',
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      pathParams: { owner: $0, repo: repo },
      query: { trace: $1 },
      headers: { trace: $2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface IoK8sApiRepo {
  name: string;
  owner?: User;
}

export interface User {
  login?: string;
}

/** The params object of {@link reposGet}: body fields and parameters in one object. */
export type ReposGetParams = {
  owner: string;
  trace?: string;
  /**
   * The header parameter `trace`.
   */
  header_trace?: string;
};
