// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class APIPromise2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /APIPromise/{APIPromise}`
   *
   * Standalone: `aPIPromise(client, …)`; errors: `isAPIError(error, 'aPIPromise')`.
   *
   * @example
   * const result = await client.aPIPromise.retrieve("abc123");
   */
  retrieve(aPIPromise_: string, options?: RequestOptions): APIPromise<APIPromise_> {
    return aPIPromise(this.client, aPIPromise_, options);
  }
}

/**
 * `GET /APIPromise/{APIPromise}`
 *
 * @example
 * const result = await aPIPromise(client, "abc123");
 */
export function aPIPromise(client: APIClient, aPIPromise_: string, options?: RequestOptions): APIPromise<APIPromise_> {
  return client.request<APIPromise_>(
    {
      operation: 'aPIPromise',
      method: 'GET',
      path: '/APIPromise/{APIPromise}',
      pathParams: { APIPromise: aPIPromise_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface APIPromise_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
