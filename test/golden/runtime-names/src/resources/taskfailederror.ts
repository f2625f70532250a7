// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /TaskFailedError/{TaskFailedError}`
 *
 * @example
 * const result = await taskFailedError(client, "abc123");
 */
export function taskFailedError(
  client: APIClient,
  taskFailedError_: string,
  options?: RequestOptions,
): APIPromise<TaskFailedError_> {
  return client.request<TaskFailedError_>(
    {
      operation: 'taskFailedError',
      method: 'GET',
      path: '/TaskFailedError/{TaskFailedError}',
      pathParams: { TaskFailedError: taskFailedError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface TaskFailedError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
