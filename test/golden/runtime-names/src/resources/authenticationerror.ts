// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class AuthenticationError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /AuthenticationError/{AuthenticationError}`
   *
   * Standalone: `authenticationError(client, …)`; errors: `isAPIError(error, 'authenticationError')`.
   *
   * @example
   * const result = await client.authenticationError.retrieve("abc123");
   */
  retrieve(authenticationError_: string, options?: RequestOptions): APIPromise<AuthenticationError_> {
    return authenticationError(this.client, authenticationError_, options);
  }
}

/**
 * `GET /AuthenticationError/{AuthenticationError}`
 *
 * @example
 * const result = await authenticationError(client, "abc123");
 */
export function authenticationError(
  client: APIClient,
  authenticationError_: string,
  options?: RequestOptions,
): APIPromise<AuthenticationError_> {
  return client.request<AuthenticationError_>(
    {
      operation: 'authenticationError',
      method: 'GET',
      path: '/AuthenticationError/{AuthenticationError}',
      pathParams: { AuthenticationError: authenticationError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface AuthenticationError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
