// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class TaskIdOf2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /taskIdOf/{taskIdOf}`
   *
   * Standalone: `taskIdOf_(client, …)`; errors: `isAPIError(error, 'taskIdOf_')`.
   *
   * @example
   * const result = await client.taskIdOf.retrieve("abc123");
   */
  retrieve(taskIdOf2: string, options?: RequestOptions): APIPromise<TaskIdOf> {
    return taskIdOf_(this.client, taskIdOf2, options);
  }
}

/**
 * `GET /taskIdOf/{taskIdOf}`
 *
 * @example
 * const result = await taskIdOf_(client, "abc123");
 */
export function taskIdOf_(client: APIClient, taskIdOf2: string, options?: RequestOptions): APIPromise<TaskIdOf> {
  return client.request<TaskIdOf>(
    {
      operation: 'taskIdOf_',
      method: 'GET',
      path: '/taskIdOf/{taskIdOf}',
      pathParams: { taskIdOf: taskIdOf2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface TaskIdOf {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
