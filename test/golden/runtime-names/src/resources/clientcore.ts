// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ClientCore2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ClientCore/{ClientCore}`
   *
   * Standalone: `clientCore(client, …)`; errors: `isAPIError(error, 'clientCore')`.
   *
   * @example
   * const result = await client.clientCore.retrieve("abc123");
   */
  retrieve(clientCore_: string, options?: RequestOptions): APIPromise<ClientCore_> {
    return clientCore(this.client, clientCore_, options);
  }
}

/**
 * `GET /ClientCore/{ClientCore}`
 *
 * @example
 * const result = await clientCore(client, "abc123");
 */
export function clientCore(client: APIClient, clientCore_: string, options?: RequestOptions): APIPromise<ClientCore_> {
  return client.request<ClientCore_>(
    {
      operation: 'clientCore',
      method: 'GET',
      path: '/ClientCore/{ClientCore}',
      pathParams: { ClientCore: clientCore_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ClientCore_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
