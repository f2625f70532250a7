// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { RequestOptions_ } from '../models.js';

export class RequestOptions2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /RequestOptions/{RequestOptions}`
   *
   * Standalone: `requestOptions(client, …)`; errors: `isAPIError(error, 'requestOptions')`.
   *
   * @example
   * const result = await client.requestOptions.retrieve("abc123");
   */
  retrieve(requestOptions_: string, options?: RequestOptions): APIPromise<RequestOptions_> {
    return requestOptions(this.client, requestOptions_, options);
  }
}

/**
 * `GET /RequestOptions/{RequestOptions}`
 *
 * @example
 * const result = await requestOptions(client, "abc123");
 */
export function requestOptions(
  client: APIClient,
  requestOptions_: string,
  options?: RequestOptions,
): APIPromise<RequestOptions_> {
  return client.request<RequestOptions_>(
    {
      operation: 'requestOptions',
      method: 'GET',
      path: '/RequestOptions/{RequestOptions}',
      pathParams: { RequestOptions: requestOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
