// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RedirectContext2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RedirectContext/{RedirectContext}`
   *
   * Standalone: `redirectContext(client, …)`; errors: `isAPIError(error, 'redirectContext')`.
   *
   * @example
   * const result = await client.redirectContext.retrieve("abc123");
   */
  retrieve(redirectContext_: string, options?: RequestOptions): APIPromise<RedirectContext_> {
    return redirectContext(this.client, redirectContext_, options);
  }
}

/**
 * `GET /RedirectContext/{RedirectContext}`
 *
 * @example
 * const result = await redirectContext(client, "abc123");
 */
export function redirectContext(
  client: APIClient,
  redirectContext_: string,
  options?: RequestOptions,
): APIPromise<RedirectContext_> {
  return client.request<RedirectContext_>(
    {
      operation: 'redirectContext',
      method: 'GET',
      path: '/RedirectContext/{RedirectContext}',
      pathParams: { RedirectContext: redirectContext_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RedirectContext_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
