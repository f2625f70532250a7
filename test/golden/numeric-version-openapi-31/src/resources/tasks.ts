// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Task, TaskInput } from '../models.js';
import { createTask, getTask } from '../operations/default_.js';

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
