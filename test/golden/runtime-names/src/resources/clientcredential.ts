// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ClientCredential_ } from '../models.js';
import { clientCredential } from '../operations/things.js';

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
