// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import type { ImaProCreateResponse, ImaProQueryResponse, SeedanceContentsGenerationTaskRequest } from '../models.js';

export class ContentsGenerationsTasks {
  constructor(private readonly client: APIClient) {}

  /**
   * Create Seedance contents video task
   *
   * Submit a Seedance 2.0 video task with the contents task request body.
   *
   * **Request path:** `POST /api/v1/contents/generations/tasks`
   *
   * **Supported models:**
   * - `seedance-2.0`
   * - `seedance-2.0-fast`
   * - `seedance-2.0-cn`
   * - `seedance-2.0-fast-cn`
   *
   * **Public inputs:** Image, video, and audio fields must use public `https://...` URLs. A successful submission returns a task ID; poll results with `GET /api/v1/contents/generations/tasks/{task_id}`.
   *
   * **Case grouping:** Examples are grouped by official request shape: text-to-video, first frame, first/last frame, and multimodal reference, with both audio-video and silent-video variants. Example keys start with `seedance_` so Playground and SDK consumers can pick by scenario.
   *
   * `POST /api/v1/contents/generations/tasks`
   *
   * Standalone: `createSeedanceContentsGenerationTask(client, …)`; errors: `isAPIError(error, 'createSeedanceContentsGenerationTask')`.
   *
   * @example
   * const result = await client.contents.generations.tasks.create({
   *   model: "seedance-2.0",
   *   content: [
   *     {
   *       type: "text",
   *       text: "A cinematic city skyline at sunrise, warm light, smooth camera motion.",
   *     },
   *   ],
   *   resolution: "720p",
   *   ratio: "16:9",
   *   duration: 5,
   *   generate_audio: true,
   * });
   */
  create(params: SeedanceContentsGenerationTaskRequest, options?: RequestOptions): APIPromise<ImaProCreateResponse> {
    return createSeedanceContentsGenerationTask(this.client, params, options);
  }

  /**
   * Query Seedance contents video task
   *
   * Query the Seedance contents video task submitted through `POST /api/v1/contents/generations/tasks`.
   *
   * The successful response includes fields such as `id`, `task_id`, `status`, `progress`, `results`, `usage`, and `amount_usd`. For this endpoint, `status` uses Seedance task states: `queued`, `running`, `succeeded`, and `failed`. Clients should poll new contents tasks through this endpoint.
   *
   * `GET /api/v1/contents/generations/tasks/{task_id}`
   *
   * Standalone: `getSeedanceContentsGenerationTask(client, …)`; errors: `isAPIError(error, 'getSeedanceContentsGenerationTask')`.
   *
   * @example
   * const result = await client.contents.generations.tasks.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<ImaProQueryResponse> {
    return getSeedanceContentsGenerationTask(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends. Standalone: `createSeedanceContentsGenerationTaskAndWait(client, …)`. */
  createAndWait(
    params: SeedanceContentsGenerationTaskRequest,
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createSeedanceContentsGenerationTaskAndWait(this.client, params, options);
  }

  /** Polls until the task ends. Standalone: `waitForGetSeedanceContentsGenerationTask(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetSeedanceContentsGenerationTask(this.client, taskId, options);
  }
}

export class ContentsGenerations {
  readonly tasks: ContentsGenerationsTasks;

  constructor(private readonly client: APIClient) {
    this.tasks = new ContentsGenerationsTasks(client);
  }
}

export class Contents {
  readonly generations: ContentsGenerations;

  constructor(private readonly client: APIClient) {
    this.generations = new ContentsGenerations(client);
  }
}

/**
 * Create Seedance contents video task
 *
 * Submit a Seedance 2.0 video task with the contents task request body.
 *
 * **Request path:** `POST /api/v1/contents/generations/tasks`
 *
 * **Supported models:**
 * - `seedance-2.0`
 * - `seedance-2.0-fast`
 * - `seedance-2.0-cn`
 * - `seedance-2.0-fast-cn`
 *
 * **Public inputs:** Image, video, and audio fields must use public `https://...` URLs. A successful submission returns a task ID; poll results with `GET /api/v1/contents/generations/tasks/{task_id}`.
 *
 * **Case grouping:** Examples are grouped by official request shape: text-to-video, first frame, first/last frame, and multimodal reference, with both audio-video and silent-video variants. Example keys start with `seedance_` so Playground and SDK consumers can pick by scenario.
 *
 * `POST /api/v1/contents/generations/tasks`
 *
 * @example
 * const result = await createSeedanceContentsGenerationTask(client, {
 *   model: "seedance-2.0",
 *   content: [
 *     {
 *       type: "text",
 *       text: "A cinematic city skyline at sunrise, warm light, smooth camera motion.",
 *     },
 *   ],
 *   resolution: "720p",
 *   ratio: "16:9",
 *   duration: 5,
 *   generate_audio: true,
 * });
 */
export function createSeedanceContentsGenerationTask(
  client: APIClient,
  params: SeedanceContentsGenerationTaskRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createSeedanceContentsGenerationTask',
      method: 'POST',
      path: '/api/v1/contents/generations/tasks',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query Seedance contents video task
 *
 * Query the Seedance contents video task submitted through `POST /api/v1/contents/generations/tasks`.
 *
 * The successful response includes fields such as `id`, `task_id`, `status`, `progress`, `results`, `usage`, and `amount_usd`. For this endpoint, `status` uses Seedance task states: `queued`, `running`, `succeeded`, and `failed`. Clients should poll new contents tasks through this endpoint.
 *
 * `GET /api/v1/contents/generations/tasks/{task_id}`
 *
 * @example
 * const result = await getSeedanceContentsGenerationTask(client, "abc123");
 */
export function getSeedanceContentsGenerationTask(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getSeedanceContentsGenerationTask',
      method: 'GET',
      path: '/api/v1/contents/generations/tasks/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Calls {@link createSeedanceContentsGenerationTask}, then polls {@link getSeedanceContentsGenerationTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createSeedanceContentsGenerationTaskAndWait(
  client: APIClient,
  params: SeedanceContentsGenerationTaskRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createSeedanceContentsGenerationTask(client, params, options);
  return waitForGetSeedanceContentsGenerationTask(
    client,
    taskIdOf(created, ['task_id'], 'createSeedanceContentsGenerationTask') as string,
    options,
  );
}

/** Polls {@link getSeedanceContentsGenerationTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetSeedanceContentsGenerationTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getSeedanceContentsGenerationTask(client, taskId, requestOptions),
    {
      statusField: ['status'],
      success: ['completed', 'succeeded', 'success', 'succeed', 'done', 'finished', 'complete'],
      failure: [
        'failed',
        'failure',
        'fail',
        'error',
        'errored',
        'cancelled',
        'canceled',
        'cancel',
        'expired',
        'rejected',
        'timeout',
        'timed_out',
      ],
      ignoreCase: true,
    },
    options,
  );
}
