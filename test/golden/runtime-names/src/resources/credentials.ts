// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Credentials2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Credentials/{Credentials}`
   *
   * Standalone: `credentials(client, …)`; errors: `isAPIError(error, 'credentials')`.
   *
   * @example
   * const result = await client.credentials.retrieve("abc123");
   */
  retrieve(credentials_: string, options?: RequestOptions): APIPromise<Credentials_> {
    return credentials(this.client, credentials_, options);
  }
}

/**
 * `GET /Credentials/{Credentials}`
 *
 * @example
 * const result = await credentials(client, "abc123");
 */
export function credentials(
  client: APIClient,
  credentials_: string,
  options?: RequestOptions,
): APIPromise<Credentials_> {
  return client.request<Credentials_>(
    {
      operation: 'credentials',
      method: 'GET',
      path: '/Credentials/{Credentials}',
      pathParams: { Credentials: credentials_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Credentials_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
