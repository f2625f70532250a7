// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { TaskTimeoutError_ } from '../models.js';
import { taskTimeoutError } from '../operations/things.js';

export class TaskTimeoutError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /TaskTimeoutError/{TaskTimeoutError}`
   *
   * Standalone: `taskTimeoutError(client, …)`; errors: `isAPIError(error, 'taskTimeoutError')`.
   *
   * @example
   * const result = await client.taskTimeoutError.retrieve("abc123");
   */
  retrieve(taskTimeoutError_: string, options?: RequestOptions): APIPromise<TaskTimeoutError_> {
    return taskTimeoutError(this.client, taskTimeoutError_, options);
  }
}
