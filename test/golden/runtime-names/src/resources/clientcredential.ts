// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ClientCredential2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ClientCredential/{ClientCredential}`
   *
   * Standalone: `clientCredential(client, …)`; errors: `isAPIError(error, 'clientCredential')`.
   *
   * @example
   * const result = await client.clientCredential.retrieve("abc123");
   */
  retrieve(clientCredential_: string, options?: RequestOptions): APIPromise<ClientCredential_> {
    return clientCredential(this.client, clientCredential_, options);
  }
}

/**
 * `GET /ClientCredential/{ClientCredential}`
 *
 * @example
 * const result = await clientCredential(client, "abc123");
 */
export function clientCredential(
  client: APIClient,
  clientCredential_: string,
  options?: RequestOptions,
): APIPromise<ClientCredential_> {
  return client.request<ClientCredential_>(
    {
      operation: 'clientCredential',
      method: 'GET',
      path: '/ClientCredential/{ClientCredential}',
      pathParams: { ClientCredential: clientCredential_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ClientCredential_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
