// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WithResponse_ } from '../models.js';

export class WithResponse2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /WithResponse/{WithResponse}`
   *
   * Standalone: `withResponse(client, …)`; errors: `isAPIError(error, 'withResponse')`.
   *
   * @example
   * const result = await client.withResponse_.retrieve("abc123");
   */
  retrieve(withResponse_: string, options?: RequestOptions): APIPromise<WithResponse_> {
    return withResponse(this.client, withResponse_, options);
  }
}

/**
 * `GET /WithResponse/{WithResponse}`
 *
 * @example
 * const result = await withResponse(client, "abc123");
 */
export function withResponse(
  client: APIClient,
  withResponse_: string,
  options?: RequestOptions,
): APIPromise<WithResponse_> {
  return client.request<WithResponse_>(
    {
      operation: 'withResponse',
      method: 'GET',
      path: '/WithResponse/{WithResponse}',
      pathParams: { WithResponse: withResponse_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
