// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ClientSettings2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ClientSettings/{ClientSettings}`
   *
   * Standalone: `clientSettings(client, …)`; errors: `isAPIError(error, 'clientSettings')`.
   *
   * @example
   * const result = await client.clientSettings.retrieve("abc123");
   */
  retrieve(clientSettings_: string, options?: RequestOptions): APIPromise<ClientSettings_> {
    return clientSettings(this.client, clientSettings_, options);
  }
}

/**
 * `GET /ClientSettings/{ClientSettings}`
 *
 * @example
 * const result = await clientSettings(client, "abc123");
 */
export function clientSettings(
  client: APIClient,
  clientSettings_: string,
  options?: RequestOptions,
): APIPromise<ClientSettings_> {
  return client.request<ClientSettings_>(
    {
      operation: 'clientSettings',
      method: 'GET',
      path: '/ClientSettings/{ClientSettings}',
      pathParams: { ClientSettings: clientSettings_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ClientSettings_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
