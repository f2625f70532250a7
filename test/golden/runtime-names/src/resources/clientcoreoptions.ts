// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ClientCoreOptions2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ClientCoreOptions/{ClientCoreOptions}`
   *
   * Standalone: `clientCoreOptions(client, …)`; errors: `isAPIError(error, 'clientCoreOptions')`.
   *
   * @example
   * const result = await client.clientCoreOptions.retrieve("abc123");
   */
  retrieve(clientCoreOptions_: string, options?: RequestOptions): APIPromise<ClientCoreOptions_> {
    return clientCoreOptions(this.client, clientCoreOptions_, options);
  }
}

/**
 * `GET /ClientCoreOptions/{ClientCoreOptions}`
 *
 * @example
 * const result = await clientCoreOptions(client, "abc123");
 */
export function clientCoreOptions(
  client: APIClient,
  clientCoreOptions_: string,
  options?: RequestOptions,
): APIPromise<ClientCoreOptions_> {
  return client.request<ClientCoreOptions_>(
    {
      operation: 'clientCoreOptions',
      method: 'GET',
      path: '/ClientCoreOptions/{ClientCoreOptions}',
      pathParams: { ClientCoreOptions: clientCoreOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ClientCoreOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
