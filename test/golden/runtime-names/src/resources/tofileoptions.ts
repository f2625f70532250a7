// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ToFileOptions_ } from '../models.js';
import { toFileOptions } from '../operations/things.js';

export class ToFileOptions2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ToFileOptions/{ToFileOptions}`
   *
   * Standalone: `toFileOptions(client, …)`; errors: `isAPIError(error, 'toFileOptions')`.
   *
   * @example
   * const result = await client.toFileOptions.retrieve("abc123");
   */
  retrieve(toFileOptions_: string, options?: RequestOptions): APIPromise<ToFileOptions_> {
    return toFileOptions(this.client, toFileOptions_, options);
  }
}
