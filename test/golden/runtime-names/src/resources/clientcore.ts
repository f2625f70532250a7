// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ClientCore_ } from '../models.js';
import { clientCore } from '../operations/things.js';

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
