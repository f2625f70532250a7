// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ClientCoreOptions_ } from '../models.js';
import { clientCoreOptions } from '../operations/things.js';

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
