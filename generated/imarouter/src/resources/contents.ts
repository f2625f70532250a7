// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import type { Unlisted } from '../core/unlisted.js';
import type { ImaProCreateResponse, ImaProQueryResponse } from '../models.js';

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

/**
 * Seedance contents video task request
 * Seedance 2.0 contents task request body. Use this schema only for `POST /api/v1/contents/generations/tasks`; do not mix it with the OpenAI-compatible `/v1/videos` request body.
 *
 * Image, video, and audio fields must use public `https://...` URLs.
 */
export interface SeedanceContentsGenerationTaskRequest {
  /** Target model. Only `seedance-2.0`, `seedance-2.0-fast`, `seedance-2.0-cn`, and `seedance-2.0-fast-cn` are supported. */
  model: 'seedance-2.0' | 'seedance-2.0-fast' | 'seedance-2.0-cn' | 'seedance-2.0-fast-cn' | Unlisted;
  /**
   * Input content array. Supports `text`, `image_url`, `video_url`, and `audio_url`. Text-to-video, first-frame, first/last-frame, and multimodal reference modes are mutually exclusive.
   * @minItems 1
   */
  content: SeedanceContentsGenerationContentItem[];
  /**
   * Whether to return the generated video's last PNG frame after success. Useful for chained generation.
   * @default false
   */
  return_last_frame?: boolean;
  /**
   * Whether to generate synchronized audio. `true` creates an audio video; `false` creates a silent video. Do not send `reference_audio` when `generate_audio=false`.
   * @default true
   */
  generate_audio?: boolean;
  /** Output resolution. Allowed values: `480p`, `720p`, `1080p`; Fast models do not support `1080p`. */
  resolution?: '480p' | '720p' | '1080p';
  /** Output aspect ratio. `adaptive` lets the model choose the best ratio based on input. */
  ratio?: '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive';
  /**
   * Output duration in seconds. Send an integer from `4` to `15` inclusive.
   * @default 5
   * @minimum 4
   * @maximum 15
   */
  duration?: number;
  /**
   * Random seed. `-1` or omission means random; the same seed only makes results similar, not identical.
   * @default -1
   * @format int64
   * @minimum -1
   * @maximum 4294967295
   */
  seed?: number;
}

/**
 * Seedance contents input item
 * One contents input item. `type` determines which one of `text`, `image_url`, `video_url`, or `audio_url` should be provided.
 */
export interface SeedanceContentsGenerationContentItem {
  /** Input type. `text` is a prompt, `image_url` is an image URL, `video_url` is a reference video URL, and `audio_url` is a reference audio URL. */
  type: 'text' | 'image_url' | 'video_url' | 'audio_url';
  /**
   * Text prompt. Provide only when `type=text`; keep it under about 1000 words.
   * @minLength 1
   */
  text?: string;
  image_url?: SeedanceContentsGenerationURLField;
  video_url?: SeedanceContentsGenerationURLField;
  audio_url?: SeedanceContentsGenerationURLField;
  /** Media role. Images support `first_frame`, `last_frame`, or `reference_image`; video must use `reference_video`; audio must use `reference_audio`. First/last-frame mode and multimodal reference mode cannot be mixed. */
  role?: 'first_frame' | 'last_frame' | 'reference_image' | 'reference_video' | 'reference_audio';
}

/** Seedance contents HTTPS URL */
export interface SeedanceContentsGenerationURLField {
  /**
   * Public HTTPS URL. Image, video, and audio media are submitted in this URL shape.
   * @format uri
   * @pattern ^https://.+
   */
  url: string;
}
