// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class HasUserinfo2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /hasUserinfo/{hasUserinfo}`
   *
   * Standalone: `hasUserinfo_(client, …)`; errors: `isAPIError(error, 'hasUserinfo_')`.
   *
   * @example
   * const result = await client.hasUserinfo.retrieve("abc123");
   */
  retrieve(hasUserinfo2: string, options?: RequestOptions): APIPromise<HasUserinfo> {
    return hasUserinfo_(this.client, hasUserinfo2, options);
  }
}

/**
 * `GET /hasUserinfo/{hasUserinfo}`
 *
 * @example
 * const result = await hasUserinfo_(client, "abc123");
 */
export function hasUserinfo_(
  client: APIClient,
  hasUserinfo2: string,
  options?: RequestOptions,
): APIPromise<HasUserinfo> {
  return client.request<HasUserinfo>(
    {
      operation: 'hasUserinfo_',
      method: 'GET',
      path: '/hasUserinfo/{hasUserinfo}',
      pathParams: { hasUserinfo: hasUserinfo2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface HasUserinfo {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
