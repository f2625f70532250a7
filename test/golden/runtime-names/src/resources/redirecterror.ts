// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RedirectError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RedirectError/{RedirectError}`
   *
   * Standalone: `redirectError(client, …)`; errors: `isAPIError(error, 'redirectError')`.
   *
   * @example
   * const result = await client.redirectError.retrieve("abc123");
   */
  retrieve(redirectError_: string, options?: RequestOptions): APIPromise<RedirectError_> {
    return redirectError(this.client, redirectError_, options);
  }
}

/**
 * `GET /RedirectError/{RedirectError}`
 *
 * @example
 * const result = await redirectError(client, "abc123");
 */
export function redirectError(
  client: APIClient,
  redirectError_: string,
  options?: RequestOptions,
): APIPromise<RedirectError_> {
  return client.request<RedirectError_>(
    {
      operation: 'redirectError',
      method: 'GET',
      path: '/RedirectError/{RedirectError}',
      pathParams: { RedirectError: redirectError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RedirectError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
