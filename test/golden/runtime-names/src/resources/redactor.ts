// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Redactor_ } from '../models.js';
import { redactor } from '../operations/things.js';

export class Redactor2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Redactor/{Redactor}`
   *
   * Standalone: `redactor(client, …)`; errors: `isAPIError(error, 'redactor')`.
   *
   * @example
   * const result = await client.redactor.retrieve("abc123");
   */
  retrieve(redactor_: string, options?: RequestOptions): APIPromise<Redactor_> {
    return redactor(this.client, redactor_, options);
  }
}
