// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import type { ImaProCreateResponse, ImaProQueryResponse, SeedanceContentsGenerationTaskRequest } from '../models.js';
import {
  createSeedanceContentsGenerationTask,
  getSeedanceContentsGenerationTask,
} from '../operations/seedance-video.js';
import { createSeedanceContentsGenerationTaskAndWait, waitForGetSeedanceContentsGenerationTask } from '../tasks.js';

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
