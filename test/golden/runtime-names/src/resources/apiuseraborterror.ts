// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class APIUserAbortError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /APIUserAbortError/{APIUserAbortError}`
   *
   * Standalone: `aPIUserAbortError(client, …)`; errors: `isAPIError(error, 'aPIUserAbortError')`.
   *
   * @example
   * const result = await client.aPIUserAbortError.retrieve("abc123");
   */
  retrieve(aPIUserAbortError_: string, options?: RequestOptions): APIPromise<APIUserAbortError_> {
    return aPIUserAbortError(this.client, aPIUserAbortError_, options);
  }
}

/**
 * `GET /APIUserAbortError/{APIUserAbortError}`
 *
 * @example
 * const result = await aPIUserAbortError(client, "abc123");
 */
export function aPIUserAbortError(
  client: APIClient,
  aPIUserAbortError_: string,
  options?: RequestOptions,
): APIPromise<APIUserAbortError_> {
  return client.request<APIUserAbortError_>(
    {
      operation: 'aPIUserAbortError',
      method: 'GET',
      path: '/APIUserAbortError/{APIUserAbortError}',
      pathParams: { APIUserAbortError: aPIUserAbortError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface APIUserAbortError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
