// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { TaskFailedError_ } from '../models.js';
import { taskFailedError } from '../operations/things.js';

export class TaskFailedError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /TaskFailedError/{TaskFailedError}`
   *
   * Standalone: `taskFailedError(client, …)`; errors: `isAPIError(error, 'taskFailedError')`.
   *
   * @example
   * const result = await client.taskFailedError.retrieve("abc123");
   */
  retrieve(taskFailedError_: string, options?: RequestOptions): APIPromise<TaskFailedError_> {
    return taskFailedError(this.client, taskFailedError_, options);
  }
}
