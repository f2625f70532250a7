// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Expiring_ } from '../models.js';
import { expiring } from '../operations/things.js';

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
