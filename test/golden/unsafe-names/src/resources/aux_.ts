// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { readAux } from '../operations/aux_.js';

export class Aux {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /aux/{name}`
   *
   * Standalone: `readAux(client, …)`; errors: `isAPIError(error, 'readAux')`.
   *
   * @example
   * const result = await client.aux.retrieve("abc123");
   */
  retrieve(name: string, options?: RequestOptions): APIPromise<void> {
    return readAux(this.client, name, options);
  }
}
