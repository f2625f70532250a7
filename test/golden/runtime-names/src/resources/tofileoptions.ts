// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ToFileOptions2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ToFileOptions/{ToFileOptions}`
   *
   * Standalone: `toFileOptions(client, …)`; errors: `isAPIError(error, 'toFileOptions')`.
   *
   * @example
   * const result = await client.toFileOptions.retrieve("abc123");
   */
  retrieve(toFileOptions_: string, options?: RequestOptions): APIPromise<ToFileOptions_> {
    return toFileOptions(this.client, toFileOptions_, options);
  }
}

/**
 * `GET /ToFileOptions/{ToFileOptions}`
 *
 * @example
 * const result = await toFileOptions(client, "abc123");
 */
export function toFileOptions(
  client: APIClient,
  toFileOptions_: string,
  options?: RequestOptions,
): APIPromise<ToFileOptions_> {
  return client.request<ToFileOptions_>(
    {
      operation: 'toFileOptions',
      method: 'GET',
      path: '/ToFileOptions/{ToFileOptions}',
      pathParams: { ToFileOptions: toFileOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ToFileOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
