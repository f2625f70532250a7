// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Transport_ } from '../models.js';
import { transport } from '../operations/things.js';

export class Transport2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Transport/{Transport}`
   *
   * Standalone: `transport(client, …)`; errors: `isAPIError(error, 'transport')`.
   *
   * @example
   * const result = await client.transport.retrieve("abc123");
   */
  retrieve(transport_: string, options?: RequestOptions): APIPromise<Transport_> {
    return transport(this.client, transport_, options);
  }
}
