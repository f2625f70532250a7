// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Task, TaskInput } from '../models.js';

/**
 * `POST /tasks`
 *
 * @example
 * const result = await createTask(client, {
 *   title: "string",
 * });
 */
export function createTask(client: APIClient, params: TaskInput, options?: RequestOptions): APIPromise<Task> {
  return client.request<Task>(
    {
      operation: 'createTask',
      method: 'POST',
      path: '/tasks',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /tasks/{taskId}`
 *
 * @example
 * const result = await getTask(client, "abc123");
 */
export function getTask(client: APIClient, taskId: string, options?: RequestOptions): APIPromise<Task> {
  return client.request<Task>(
    {
      operation: 'getTask',
      method: 'GET',
      path: '/tasks/{taskId}',
      pathParams: { taskId: taskId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
