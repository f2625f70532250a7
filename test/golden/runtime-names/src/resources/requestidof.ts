// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RequestIdOf2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /requestIdOf/{requestIdOf}`
   *
   * Standalone: `requestIdOf_(client, …)`; errors: `isAPIError(error, 'requestIdOf_')`.
   *
   * @example
   * const result = await client.requestIdOf.retrieve("abc123");
   */
  retrieve(requestIdOf2: string, options?: RequestOptions): APIPromise<RequestIdOf> {
    return requestIdOf_(this.client, requestIdOf2, options);
  }
}

/**
 * `GET /requestIdOf/{requestIdOf}`
 *
 * @example
 * const result = await requestIdOf_(client, "abc123");
 */
export function requestIdOf_(
  client: APIClient,
  requestIdOf2: string,
  options?: RequestOptions,
): APIPromise<RequestIdOf> {
  return client.request<RequestIdOf>(
    {
      operation: 'requestIdOf_',
      method: 'GET',
      path: '/requestIdOf/{requestIdOf}',
      pathParams: { requestIdOf: requestIdOf2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RequestIdOf {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
