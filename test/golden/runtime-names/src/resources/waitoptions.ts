// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions_ } from '../models.js';

export class WaitOptions2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /WaitOptions/{WaitOptions}`
   *
   * Standalone: `waitOptions(client, …)`; errors: `isAPIError(error, 'waitOptions')`.
   *
   * @example
   * const result = await client.waitOptions.retrieve("abc123");
   */
  retrieve(waitOptions_: string, options?: RequestOptions): APIPromise<WaitOptions_> {
    return waitOptions(this.client, waitOptions_, options);
  }
}

/**
 * `GET /WaitOptions/{WaitOptions}`
 *
 * @example
 * const result = await waitOptions(client, "abc123");
 */
export function waitOptions(
  client: APIClient,
  waitOptions_: string,
  options?: RequestOptions,
): APIPromise<WaitOptions_> {
  return client.request<WaitOptions_>(
    {
      operation: 'waitOptions',
      method: 'GET',
      path: '/WaitOptions/{WaitOptions}',
      pathParams: { WaitOptions: waitOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
