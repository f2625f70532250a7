// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RetrySettings2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RetrySettings/{RetrySettings}`
   *
   * Standalone: `retrySettings(client, …)`; errors: `isAPIError(error, 'retrySettings')`.
   *
   * @example
   * const result = await client.retrySettings.retrieve("abc123");
   */
  retrieve(retrySettings_: string, options?: RequestOptions): APIPromise<RetrySettings_> {
    return retrySettings(this.client, retrySettings_, options);
  }
}

/**
 * `GET /RetrySettings/{RetrySettings}`
 *
 * @example
 * const result = await retrySettings(client, "abc123");
 */
export function retrySettings(
  client: APIClient,
  retrySettings_: string,
  options?: RequestOptions,
): APIPromise<RetrySettings_> {
  return client.request<RetrySettings_>(
    {
      operation: 'retrySettings',
      method: 'GET',
      path: '/RetrySettings/{RetrySettings}',
      pathParams: { RetrySettings: retrySettings_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RetrySettings_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
