// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { TransportSettings_ } from '../models.js';
import { transportSettings } from '../operations/things.js';

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
