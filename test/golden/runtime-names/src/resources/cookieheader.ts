// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class CookieHeader2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /cookieHeader/{cookieHeader}`
   *
   * Standalone: `cookieHeader_(client, …)`; errors: `isAPIError(error, 'cookieHeader_')`.
   *
   * @example
   * const result = await client.cookieHeader.retrieve("abc123");
   */
  retrieve(cookieHeader2: string, options?: RequestOptions): APIPromise<CookieHeader> {
    return cookieHeader_(this.client, cookieHeader2, options);
  }
}

/**
 * `GET /cookieHeader/{cookieHeader}`
 *
 * @example
 * const result = await cookieHeader_(client, "abc123");
 */
export function cookieHeader_(
  client: APIClient,
  cookieHeader2: string,
  options?: RequestOptions,
): APIPromise<CookieHeader> {
  return client.request<CookieHeader>(
    {
      operation: 'cookieHeader_',
      method: 'GET',
      path: '/cookieHeader/{cookieHeader}',
      pathParams: { cookieHeader: cookieHeader2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface CookieHeader {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
