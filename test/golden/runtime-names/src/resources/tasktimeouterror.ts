// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /TaskTimeoutError/{TaskTimeoutError}`
 *
 * @example
 * const result = await taskTimeoutError(client, "abc123");
 */
export function taskTimeoutError(
  client: APIClient,
  taskTimeoutError_: string,
  options?: RequestOptions,
): APIPromise<TaskTimeoutError_> {
  return client.request<TaskTimeoutError_>(
    {
      operation: 'taskTimeoutError',
      method: 'GET',
      path: '/TaskTimeoutError/{TaskTimeoutError}',
      pathParams: { TaskTimeoutError: taskTimeoutError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface TaskTimeoutError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
