// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Tasks {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /tasks`
   *
   * Standalone: `createTask(client, …)`; errors: `isAPIError(error, 'createTask')`.
   *
   * @example
   * const result = await client.tasks.create({
   *   title: "string",
   * });
   */
  create(params: TaskInput, options?: RequestOptions): APIPromise<Task> {
    return createTask(this.client, params, options);
  }

  /**
   * `GET /tasks/{taskId}`
   *
   * Standalone: `getTask(client, …)`; errors: `isAPIError(error, 'getTask')`.
   *
   * @example
   * const result = await client.tasks.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<Task> {
    return getTask(this.client, taskId, options);
  }
}

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

export interface TaskInput {
  title: string;
  /** @format date */
  due?: string | null;
}

export interface Task {
  id: string;
  title: string;
  /** @format date */
  due?: string | null;
  kind: 'task';
}
