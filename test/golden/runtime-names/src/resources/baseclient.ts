// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class BaseClient2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /BaseClient/{BaseClient}`
   *
   * Standalone: `baseClient(client, …)`; errors: `isAPIError(error, 'baseClient')`.
   *
   * @example
   * const result = await client.baseClient.retrieve("abc123");
   */
  retrieve(baseClient_: string, options?: RequestOptions): APIPromise<BaseClient_> {
    return baseClient(this.client, baseClient_, options);
  }
}

/**
 * `GET /BaseClient/{BaseClient}`
 *
 * @example
 * const result = await baseClient(client, "abc123");
 */
export function baseClient(client: APIClient, baseClient_: string, options?: RequestOptions): APIPromise<BaseClient_> {
  return client.request<BaseClient_>(
    {
      operation: 'baseClient',
      method: 'GET',
      path: '/BaseClient/{BaseClient}',
      pathParams: { BaseClient: baseClient_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface BaseClient_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
