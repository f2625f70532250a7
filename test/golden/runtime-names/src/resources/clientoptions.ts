// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ClientOptions2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ClientOptions/{ClientOptions}`
   *
   * Standalone: `clientOptions(client, …)`; errors: `isAPIError(error, 'clientOptions')`.
   *
   * @example
   * const result = await client.clientOptions.retrieve("abc123");
   */
  retrieve(clientOptions_: string, options?: RequestOptions): APIPromise<ClientOptions_> {
    return clientOptions(this.client, clientOptions_, options);
  }
}

/**
 * `GET /ClientOptions/{ClientOptions}`
 *
 * @example
 * const result = await clientOptions(client, "abc123");
 */
export function clientOptions(
  client: APIClient,
  clientOptions_: string,
  options?: RequestOptions,
): APIPromise<ClientOptions_> {
  return client.request<ClientOptions_>(
    {
      operation: 'clientOptions',
      method: 'GET',
      path: '/ClientOptions/{ClientOptions}',
      pathParams: { ClientOptions: clientOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ClientOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
