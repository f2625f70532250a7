// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Expiring2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Expiring/{Expiring}`
   *
   * Standalone: `expiring(client, …)`; errors: `isAPIError(error, 'expiring')`.
   *
   * @example
   * const result = await client.expiring.retrieve("abc123");
   */
  retrieve(expiring_: string, options?: RequestOptions): APIPromise<Expiring_> {
    return expiring(this.client, expiring_, options);
  }
}

/**
 * `GET /Expiring/{Expiring}`
 *
 * @example
 * const result = await expiring(client, "abc123");
 */
export function expiring(client: APIClient, expiring_: string, options?: RequestOptions): APIPromise<Expiring_> {
  return client.request<Expiring_>(
    {
      operation: 'expiring',
      method: 'GET',
      path: '/Expiring/{Expiring}',
      pathParams: { Expiring: expiring_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Expiring_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
