// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ClientOptions_ } from '../models.js';
import { clientOptions } from '../operations/things.js';

export class ClientOptions2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ClientOptions/{ClientOptions}`
   *
   * Standalone: `clientOptions(client, …)`; errors: `isAPIError(error, 'clientOptions')`.
   *
   * @example
   * const result = await client.clientOptions.retrieve("abc123");
   */
  retrieve(clientOptions_: string, options?: RequestOptions): APIPromise<ClientOptions_> {
    return clientOptions(this.client, clientOptions_, options);
  }
}
