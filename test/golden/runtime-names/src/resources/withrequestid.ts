// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class WithRequestID2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /WithRequestID/{WithRequestID}`
   *
   * Standalone: `withRequestID(client, …)`; errors: `isAPIError(error, 'withRequestID')`.
   *
   * @example
   * const result = await client.withRequestID.retrieve("abc123");
   */
  retrieve(withRequestID_: string, options?: RequestOptions): APIPromise<WithRequestID_> {
    return withRequestID(this.client, withRequestID_, options);
  }
}

/**
 * `GET /WithRequestID/{WithRequestID}`
 *
 * @example
 * const result = await withRequestID(client, "abc123");
 */
export function withRequestID(
  client: APIClient,
  withRequestID_: string,
  options?: RequestOptions,
): APIPromise<WithRequestID_> {
  return client.request<WithRequestID_>(
    {
      operation: 'withRequestID',
      method: 'GET',
      path: '/WithRequestID/{WithRequestID}',
      pathParams: { WithRequestID: withRequestID_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface WithRequestID_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
