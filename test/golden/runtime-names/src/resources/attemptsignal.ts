// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { AttemptSignal_ } from '../models.js';
import { attemptSignal } from '../operations/things.js';

export class AttemptSignal2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /AttemptSignal/{AttemptSignal}`
   *
   * Standalone: `attemptSignal(client, …)`; errors: `isAPIError(error, 'attemptSignal')`.
   *
   * @example
   * const result = await client.attemptSignal.retrieve("abc123");
   */
  retrieve(attemptSignal_: string, options?: RequestOptions): APIPromise<AttemptSignal_> {
    return attemptSignal(this.client, attemptSignal_, options);
  }
}
