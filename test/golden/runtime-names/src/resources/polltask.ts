// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { PollTask } from '../models.js';
import { pollTask_ } from '../operations/things.js';

export class PollTask2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /pollTask/{pollTask}`
   *
   * Standalone: `pollTask_(client, …)`; errors: `isAPIError(error, 'pollTask_')`.
   *
   * @example
   * const result = await client.pollTask.retrieve("abc123");
   */
  retrieve(pollTask2: string, options?: RequestOptions): APIPromise<PollTask> {
    return pollTask_(this.client, pollTask2, options);
  }
}
