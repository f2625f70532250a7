// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Deadlines_ } from '../models.js';
import { deadlines } from '../operations/things.js';

export class Deadlines2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Deadlines/{Deadlines}`
   *
   * Standalone: `deadlines(client, …)`; errors: `isAPIError(error, 'deadlines')`.
   *
   * @example
   * const result = await client.deadlines.retrieve("abc123");
   */
  retrieve(deadlines_: string, options?: RequestOptions): APIPromise<Deadlines_> {
    return deadlines(this.client, deadlines_, options);
  }
}
