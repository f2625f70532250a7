// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ClientDefaults2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ClientDefaults/{ClientDefaults}`
   *
   * Standalone: `clientDefaults(client, …)`; errors: `isAPIError(error, 'clientDefaults')`.
   *
   * @example
   * const result = await client.clientDefaults.retrieve("abc123");
   */
  retrieve(clientDefaults_: string, options?: RequestOptions): APIPromise<ClientDefaults_> {
    return clientDefaults(this.client, clientDefaults_, options);
  }
}

/**
 * `GET /ClientDefaults/{ClientDefaults}`
 *
 * @example
 * const result = await clientDefaults(client, "abc123");
 */
export function clientDefaults(
  client: APIClient,
  clientDefaults_: string,
  options?: RequestOptions,
): APIPromise<ClientDefaults_> {
  return client.request<ClientDefaults_>(
    {
      operation: 'clientDefaults',
      method: 'GET',
      path: '/ClientDefaults/{ClientDefaults}',
      pathParams: { ClientDefaults: clientDefaults_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ClientDefaults_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
