// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { getHealth } from '../operations/default_.js';

export class Health {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /health`
   *
   * Standalone: `getHealth(client, …)`; errors: `isAPIError(error, 'getHealth')`.
   *
   * @example
   * const result = await client.health.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return getHealth(this.client, options);
  }
}
