// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { APIClient_ } from '../models.js';

export class APIClient2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /APIClient/{APIClient}`
   *
   * Standalone: `aPIClient(client, …)`; errors: `isAPIError(error, 'aPIClient')`.
   *
   * @example
   * const result = await client.aPIClient.retrieve("abc123");
   */
  retrieve(aPIClient_: string, options?: RequestOptions): APIPromise<APIClient_> {
    return aPIClient(this.client, aPIClient_, options);
  }
}

/**
 * `GET /APIClient/{APIClient}`
 *
 * @example
 * const result = await aPIClient(client, "abc123");
 */
export function aPIClient(client: APIClient, aPIClient_: string, options?: RequestOptions): APIPromise<APIClient_> {
  return client.request<APIClient_>(
    {
      operation: 'aPIClient',
      method: 'GET',
      path: '/APIClient/{APIClient}',
      pathParams: { APIClient: aPIClient_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
