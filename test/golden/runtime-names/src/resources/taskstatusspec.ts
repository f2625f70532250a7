// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class TaskStatusSpec2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /TaskStatusSpec/{TaskStatusSpec}`
   *
   * Standalone: `taskStatusSpec(client, …)`; errors: `isAPIError(error, 'taskStatusSpec')`.
   *
   * @example
   * const result = await client.taskStatusSpec.retrieve("abc123");
   */
  retrieve(taskStatusSpec_: string, options?: RequestOptions): APIPromise<TaskStatusSpec_> {
    return taskStatusSpec(this.client, taskStatusSpec_, options);
  }
}

/**
 * `GET /TaskStatusSpec/{TaskStatusSpec}`
 *
 * @example
 * const result = await taskStatusSpec(client, "abc123");
 */
export function taskStatusSpec(
  client: APIClient,
  taskStatusSpec_: string,
  options?: RequestOptions,
): APIPromise<TaskStatusSpec_> {
  return client.request<TaskStatusSpec_>(
    {
      operation: 'taskStatusSpec',
      method: 'GET',
      path: '/TaskStatusSpec/{TaskStatusSpec}',
      pathParams: { TaskStatusSpec: taskStatusSpec_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface TaskStatusSpec_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
