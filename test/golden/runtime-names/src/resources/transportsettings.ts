// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class TransportSettings2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /TransportSettings/{TransportSettings}`
   *
   * Standalone: `transportSettings(client, …)`; errors: `isAPIError(error, 'transportSettings')`.
   *
   * @example
   * const result = await client.transportSettings.retrieve("abc123");
   */
  retrieve(transportSettings_: string, options?: RequestOptions): APIPromise<TransportSettings_> {
    return transportSettings(this.client, transportSettings_, options);
  }
}

/**
 * `GET /TransportSettings/{TransportSettings}`
 *
 * @example
 * const result = await transportSettings(client, "abc123");
 */
export function transportSettings(
  client: APIClient,
  transportSettings_: string,
  options?: RequestOptions,
): APIPromise<TransportSettings_> {
  return client.request<TransportSettings_>(
    {
      operation: 'transportSettings',
      method: 'GET',
      path: '/TransportSettings/{TransportSettings}',
      pathParams: { TransportSettings: transportSettings_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface TransportSettings_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
