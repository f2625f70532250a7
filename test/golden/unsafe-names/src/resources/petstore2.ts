// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { listPetstores } from '../operations/pet3.js';

export class Petstore {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /petstore`
   *
   * Standalone: `listPetstores(client, …)`; errors: `isAPIError(error, 'listPetstores')`.
   *
   * @example
   * const result = await client.petstore.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return listPetstores(this.client, options);
  }
}
