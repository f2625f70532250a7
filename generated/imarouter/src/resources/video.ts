// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import { named, routeOf } from '../core/routing.js';
import type { Unlisted } from '../core/unlisted.js';
import type { JSONValue, PixverseVideoCreateRequest, VideoTaskResponse, ViduVideoRequest } from '../models.js';

export class VideoGenerations {
  constructor(private readonly client: APIClient) {}

  /**
   * One call for every variant of `POST /v1/video/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideoGenerations} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideoGenerationsByModel')`.
   * - {@link klingUnifiedVideoGeneration} (Submit Kling video task (unified endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
   * - {@link createViduVideoTask} (Submit Vidu video task): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
   * - {@link createPixverseVideoTask} (Create Pixverse video task): `pixverse-c1`, `pixverse-v6`
   * - {@link createVideoGenerations} (Submit MiniMax video task): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
   *
   * @example
   * const result = await client.video.generations.create({
   *   model: "kling-v1-6",
   *   prompt: "A cat playing with a ball of yarn in a sunny room",
   *   duration: 5,
   *   size: "16:9",
   *   metadata: {
   *     mode: "std",
   *     cfg_scale: 0.5,
   *   },
   * });
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  create(
    params: { model: Unlisted } & Record<string, unknown>,
    options?: RequestOptions,
  ): APIPromise<VideoTaskResponse>;
  /**
   * One call for every variant of `POST /v1/video/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideoGenerations} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideoGenerationsByModel')`.
   * - {@link klingUnifiedVideoGeneration} (Submit Kling video task (unified endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
   * - {@link createViduVideoTask} (Submit Vidu video task): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
   * - {@link createPixverseVideoTask} (Create Pixverse video task): `pixverse-c1`, `pixverse-v6`
   * - {@link createVideoGenerations} (Submit MiniMax video task): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
   *
   * @example
   * const result = await client.video.generations.create({
   *   model: "kling-v1-6",
   *   prompt: "A cat playing with a ball of yarn in a sunny room",
   *   duration: 5,
   *   size: "16:9",
   *   metadata: {
   *     mode: "std",
   *     cfg_scale: 0.5,
   *   },
   * });
   */
  create<TModel extends CreateVideoGenerationsModel>(
    params: CreateVideoGenerationsRequestByModel[TModel] & { model: TModel },
    options?: RequestOptions,
  ): APIPromise<CreateVideoGenerationsResponseByModel[TModel]>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createVideoGenerationsByModel as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(
      this.client,
      ...args,
    );
  }

  /**
   * Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createVideoGenerationsByModelAndWait(client, …)`.
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  createAndWait(
    params: { model: Unlisted } & Record<string, unknown>,
    options?: WaitOptions<VideoTaskResponse>,
  ): Promise<VideoTaskResponse>;
  /** Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createVideoGenerationsByModelAndWait(client, …)`. */
  createAndWait<TModel extends CreateVideoGenerationsModel>(
    params: CreateVideoGenerationsRequestByModel[TModel] & { model: TModel },
    options?: WaitOptions<CreateVideoGenerationsTaskByModel[TModel]>,
  ): Promise<CreateVideoGenerationsTaskByModel[TModel]>;
  createAndWait(...args: unknown[]): Promise<unknown> {
    return (createVideoGenerationsByModelAndWait as (client: APIClient, ...args: unknown[]) => Promise<unknown>)(
      this.client,
      ...args,
    );
  }

  /**
   * One call for every variant of `GET /v1/video/generations/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getVideoGenerations')`.
   *
   * @example
   * const result = await client.video.generations.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return getVideoGenerations(this.client, taskId, options);
  }

  /** Polls until the task ends: resolves with its final state. Standalone: `waitForGetVideoGenerations(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<VideoTaskResponse>): Promise<VideoTaskResponse> {
    return waitForGetVideoGenerations(this.client, taskId, options);
  }
}

export class Video {
  readonly generations: VideoGenerations;

  constructor(private readonly client: APIClient) {
    this.generations = new VideoGenerations(client);
  }
}

/**
 * Submit Kling video task (unified endpoint)
 *
 * Universal video submission endpoint for Kling video tasks. This document only covers Kling models to avoid affecting other vendors' video endpoint descriptions.
 *
 * **Actual request path:** `POST /v1/video/generations`
 *
 * **Compatible path:** The same JSON request body can also be used for `POST /v1/videos`.
 *
 * **Differences from Kling native endpoints:**
 * - Native endpoints: `POST /kling/v1/videos/text2video`, `POST /kling/v1/videos/image2video`, using Kling native fields such as `image_tail`.
 * - Generic endpoints: `POST /v1/video/generations` / `POST /v1/videos`, using unified video fields such as `model`, `prompt`, `image`, `images`, `size`, `metadata`.
 *
 * **Supported models:**
 * - `kling-v1`
 * - `kling-v1-6`
 * - `kling-v2-master`
 * - `kling-v2-1-master`
 * - `kling-v2-5-turbo`
 * - `kling-v2-6`
 * - `kling-video-o1`
 *
 * **Input image requirements (important)**
 * - `image`, `images`, and `metadata.image_tail` must be directly downloadable image URLs, and each response body must be a recognizable image. Do not use expired links, login pages, HTML redirect pages, or corrupted files.
 * - The upstream service validates input image dimensions and pixel validity. Images that are too small, have abnormal dimensions, invalid pixels, or unreadable dimensions may fail at terminal status.
 * - If the task returns `Image pixel is invalid`, replace the input with original images that have valid dimensions and pixels, then resubmit.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - Input URLs such as `image`, `images`, `metadata.image_tail`, etc. are task input references. Please confirm that they are accessible when submitting.
 * - The video URL returned after the task is completed is a short-term link hosted by the platform and will expire after about 30 days by default; please be sure to complete the download and archive within 30 days.
 *
 * `POST /v1/video/generations` (variant `#kling` of this endpoint)
 *
 * @example
 * const result = await klingUnifiedVideoGeneration(client, {
 *   model: "kling-v1-6",
 *   prompt: "A cat playing with a ball of yarn in a sunny room",
 *   duration: 5,
 *   size: "16:9",
 *   metadata: {
 *     mode: "std",
 *     cfg_scale: 0.5,
 *   },
 * });
 */
export function klingUnifiedVideoGeneration(
  client: APIClient,
  params: KlingUnifiedVideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'klingUnifiedVideoGeneration',
      method: 'POST',
      path: '/v1/video/generations',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Submit Vidu video task
 *
 * Vidu video generation endpoint (asynchronous task system, delayed settlement). After submission, `task_id` is returned, and the results are polled through `GET /v1/video/generations/{task_id}`.
 *
 * **Available endpoints (choose one of the two, the parameter format is the same): **
 * | endpoint | description |
 * |------|------|
 * | `POST /v1/video/generations` | Generic video endpoint |
 * | `POST /v1/videos` | OpenAI compatible endpoint |
 *
 * **Supported models:**
 * - `viduq1` (fixed 1080P/5s)
 * - `viduq2` (text-to-video, supports 540P-1080P)
 * - `viduq2-pro` (image-to-video only, supports 540P-1080P)
 * - `viduq2-turbo` (image-to-video only, supports 540P-1080P)
 * - `viduq3-pro` (text-to-video / image-to-video, billed per second, supports 540P-1080P)
 * - `viduq3-turbo` (text-to-video / image-to-video, billed per second, supports 540P-1080P)
 *
 * **Parameter description:**
 * - `prompt`: required for text-to-video.
 * - `images`: image URL array for image-to-video. Single image = reference image; two images = first and last frames.
 * - `duration`: duration (seconds), default 5. viduq1 fixed 5s. viduq3 supports 1-16s.
 * - `size`: aspect ratio, such as `16:9` (default), `9:16`, `1:1`.
 * - `metadata.resolution`: resolution, `540p`, `720p`, `1080p` (default).
 *
 * **Billing Instructions:**
 * - Delayed settlement mode: No fees will be deducted when submitting. After the task is completed, the settlement will be accurately based on the credits actually consumed by the upstream.
 * - 1 credit = $0.005.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - Input URLs such as `images` are task input references, please confirm they are accessible when submitting.
 * - The video URL returned after the task is completed is a short-term link hosted by the platform and will expire after about 30 days by default; please be sure to complete the download and archive within 30 days.
 *
 * `POST /v1/video/generations` (variant `#vidu` of this endpoint)
 *
 * @example
 * const result = await createViduVideoTask(client, {
 *   model: "viduq1",
 *   prompt: "A golden retriever running on a sunny beach with waves crashing in the background",
 * });
 */
export function createViduVideoTask(
  client: APIClient,
  params: ViduVideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'createViduVideoTask',
      method: 'POST',
      path: '/v1/video/generations',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Create Pixverse video task
 *
 * Pixverse video generation endpoint using asynchronous tasks.
 *
 * **Actual request path:** `POST /v1/video/generations`
 *
 * The same request body is also compatible with `POST /v1/videos`. This page only covers the Pixverse model family to avoid mixing it with MiniMax, Vidu, Kling, or other shared endpoint families.
 *
 * `POST /v1/video/generations` (variant `#pixverse` of this endpoint)
 *
 * @example
 * const result = await createPixverseVideoTask(client, {
 *   model: "pixverse-c1",
 *   prompt: "A cinematic city street at night with neon reflections",
 *   duration: 5,
 *   size: "16:9",
 *   quality: "720p",
 * });
 */
export function createPixverseVideoTask(
  client: APIClient,
  params: PixverseVideoCreateRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'createPixverseVideoTask',
      method: 'POST',
      path: '/v1/video/generations',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query Vidu video task status
 *
 * Poll the task results using the `task_id` returned by the submission interface.
 *
 * You can also query via `GET /v1/videos/{task_id}`.
 *
 * When `status` is `completed`, `metadata.url` contains the video download link.
 *
 * **Serious Notice (Must Read)**
 * - If the result resource URL such as `results.url`, `metadata.url` is returned after the query is successful, please download it immediately and persist it yourself.
 * - The platform does not guarantee that the result resource URL will be accessible for a long time, and it will expire after about 30 days by default; do not treat the URL in the query result as a permanent storage address.
 *
 * `GET /v1/video/generations/{task_id}` (variant `#vidu` of this endpoint)
 *
 * @example
 * const result = await getViduVideoTaskStatus(client, "abc123");
 */
export function getViduVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'getViduVideoTaskStatus',
      method: 'GET',
      path: '/v1/video/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query Pixverse video task
 *
 * Query a Pixverse video asynchronous task submitted through `POST /v1/video/generations`.
 *
 * **Actual request path:** `GET /v1/video/generations/{task_id}`
 *
 * `GET /v1/video/generations/{task_id}` (variant `#pixverse` of this endpoint)
 *
 * @example
 * const result = await getPixverseVideoTaskStatus(client, "abc123");
 */
export function getPixverseVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'getPixverseVideoTaskStatus',
      method: 'GET',
      path: '/v1/video/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Submit MiniMax video task
 *
 * MiniMax video generation (asynchronous task system). After submission, `task_id` is returned, and the results are polled through `GET /v1/video/generations/{task_id}`.
 *
 * **Submission endpoint:** `POST /v1/video/generations`
 *
 * **Supported models:**
 * - `MiniMax-Hailuo-02`
 * - `MiniMax-Hailuo-2.3`
 * - `MiniMax-Hailuo-2.3-Fast`
 *
 * **Constraints:**
 * - `MiniMax-Hailuo-2.3-Fast` supports image-to-video only and requires `metadata.first_frame_image`
 * - `duration` only supports `6` or `10`
 * - `MiniMax-Hailuo-02` supports:
 * - `512p`: `6/10s`
 * - `768p`: `6/10s`
 * - `1080p`: `only 6s`
 * - `MiniMax-Hailuo-2.3` supports:
 * - `768p`: `6/10s`
 * - `1080p`: `only 6s`
 * - `MiniMax-Hailuo-2.3-Fast` supports:
 * - `768p`: `6/10s`
 * - `1080p`: `only 6s`
 * - and must pass `metadata.first_frame_image`
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - Input URLs such as `metadata.first_frame_image` are task input references, please confirm they are accessible when submitting.
 *
 * **Call example:**
 * ```bash
 * curl -X POST https://open-route.fashionlabs.cn/v1/video/generations \
 *   -H "Authorization: Bearer sk-xxxx" \
 *   -H "Content-Type: application/json" \
 *   -d '{"model":"MiniMax-Hailuo-2.3","prompt":"A cat playing","duration":6,"size":"1080p"}'
 * ```
 *
 * `POST /v1/video/generations`
 *
 * @example
 * const result = await createVideoGenerations(client, {
 *   model: "MiniMax-Hailuo-02",
 *   prompt: "A cat playing with a ball of yarn",
 * });
 */
export function createVideoGenerations(
  client: APIClient,
  params: MiniMaxVideoGenerationRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'createVideoGenerations',
      method: 'POST',
      path: '/v1/video/generations',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query MiniMax video task status
 *
 * Poll the task results using the `task_id` returned after `/v1/video/generations` is submitted.
 * Authentication: The request header must contain `Authorization: Bearer sk-...`.
 * When the task is completed, the `status` in the response is `succeeded` and the `results` array contains the video URL.
 * **Serious Notice (Must Read)**
 * - If the result resource URL such as `results.url`, `metadata.url` is returned after the query is successful, please download it immediately and persist it yourself.
 * - The platform does not guarantee that the result resource URL will be accessible for a long time, and it will expire after about 30 days by default; do not treat the URL in the query result as a permanent storage address.
 *
 * `GET /v1/video/generations/{task_id}`
 *
 * @example
 * const result = await getMiniMaxVideoTaskStatus(client, "abc123");
 */
export function getMiniMaxVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'getMiniMaxVideoTaskStatus',
      method: 'GET',
      path: '/v1/video/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/** Every `model` value `POST /v1/video/generations` lists, in spec order (for pickers and validation). */
export const createVideoGenerationsModels = [
  'kling-v1',
  'kling-v1-6',
  'kling-v2-master',
  'kling-v2-1-master',
  'kling-v2-5-turbo',
  'kling-v2-6',
  'kling-video-o1',
  'viduq1',
  'viduq2',
  'viduq2-pro',
  'viduq2-turbo',
  'viduq3-pro',
  'viduq3-turbo',
  'pixverse-c1',
  'pixverse-v6',
  'MiniMax-Hailuo-02',
  'MiniMax-Hailuo-2.3',
  'MiniMax-Hailuo-2.3-Fast',
] as const;

export type CreateVideoGenerationsModel = (typeof createVideoGenerationsModels)[number];

/** The params of each `model` value of `POST /v1/video/generations`: its variant's. */
export interface CreateVideoGenerationsRequestByModel {
  'kling-v1': KlingUnifiedVideoRequest & { model: 'kling-v1' };
  'kling-v1-6': KlingUnifiedVideoRequest & { model: 'kling-v1-6' };
  'kling-v2-master': KlingUnifiedVideoRequest & { model: 'kling-v2-master' };
  'kling-v2-1-master': KlingUnifiedVideoRequest & { model: 'kling-v2-1-master' };
  'kling-v2-5-turbo': KlingUnifiedVideoRequest & { model: 'kling-v2-5-turbo' };
  'kling-v2-6': KlingUnifiedVideoRequest & { model: 'kling-v2-6' };
  'kling-video-o1': KlingUnifiedVideoRequest & { model: 'kling-video-o1' };
  viduq1: ViduVideoRequest & { model: 'viduq1' };
  viduq2: ViduVideoRequest & { model: 'viduq2' };
  'viduq2-pro': ViduVideoRequest & { model: 'viduq2-pro' };
  'viduq2-turbo': ViduVideoRequest & { model: 'viduq2-turbo' };
  'viduq3-pro': ViduVideoRequest & { model: 'viduq3-pro' };
  'viduq3-turbo': ViduVideoRequest & { model: 'viduq3-turbo' };
  'pixverse-c1': PixverseVideoCreateRequest & { model: 'pixverse-c1' };
  'pixverse-v6': PixverseVideoCreateRequest & { model: 'pixverse-v6' };
  'MiniMax-Hailuo-02': MiniMaxVideoGenerationRequest & { model: 'MiniMax-Hailuo-02' };
  'MiniMax-Hailuo-2.3': MiniMaxVideoGenerationRequest & { model: 'MiniMax-Hailuo-2.3' };
  'MiniMax-Hailuo-2.3-Fast': MiniMaxVideoGenerationRequest & { model: 'MiniMax-Hailuo-2.3-Fast' };
}

/** What each `model` value of `POST /v1/video/generations` resolves to. */
export interface CreateVideoGenerationsResponseByModel {
  'kling-v1': VideoTaskResponse;
  'kling-v1-6': VideoTaskResponse;
  'kling-v2-master': VideoTaskResponse;
  'kling-v2-1-master': VideoTaskResponse;
  'kling-v2-5-turbo': VideoTaskResponse;
  'kling-v2-6': VideoTaskResponse;
  'kling-video-o1': VideoTaskResponse;
  viduq1: VideoTaskResponse;
  viduq2: VideoTaskResponse;
  'viduq2-pro': VideoTaskResponse;
  'viduq2-turbo': VideoTaskResponse;
  'viduq3-pro': VideoTaskResponse;
  'viduq3-turbo': VideoTaskResponse;
  'pixverse-c1': VideoTaskResponse;
  'pixverse-v6': VideoTaskResponse;
  'MiniMax-Hailuo-02': VideoTaskResponse;
  'MiniMax-Hailuo-2.3': VideoTaskResponse;
  'MiniMax-Hailuo-2.3-Fast': VideoTaskResponse;
}

/** The params fields each `model` value of `POST /v1/video/generations` requires beside `model`: a list of names, or a union of lists where the value takes one of several sets of fields (`['prompt', 'image'] | ['prompt', 'images']`: params need every field of one of them). */
export interface CreateVideoGenerationsRequiredFieldsByModel {
  'kling-v1': [];
  'kling-v1-6': [];
  'kling-v2-master': [];
  'kling-v2-1-master': [];
  'kling-v2-5-turbo': [];
  'kling-v2-6': [];
  'kling-video-o1': [];
  viduq1: [];
  viduq2: [];
  'viduq2-pro': [];
  'viduq2-turbo': [];
  'viduq3-pro': [];
  'viduq3-turbo': [];
  'pixverse-c1': ['prompt'];
  'pixverse-v6': ['prompt'];
  'MiniMax-Hailuo-02': [];
  'MiniMax-Hailuo-2.3': [];
  'MiniMax-Hailuo-2.3-Fast': ['metadata'];
}

/** The `model` values params with the fields `Fields` (beside `model`) suit: each has a set of required fields all among `Fields`, and takes every one of `Fields`. `CreateVideoGenerationsModelsAccepting<'prompt'>` leaves out the values that need more than a prompt. (The call also checks each field's type, which this does not.) */
export type CreateVideoGenerationsModelsAccepting<Fields extends string> = {
  [Value in CreateVideoGenerationsModel]: [
    Exclude<
      Fields,
      CreateVideoGenerationsRequestByModel[Value] extends infer Variant
        ? Variant extends unknown
          ? keyof Variant
          : never
        : never
    >,
  ] extends [never]
    ? CreateVideoGenerationsRequiredFieldsByModel[Value] extends infer Choice
      ? Choice extends readonly (infer Field)[]
        ? [Field] extends [Fields]
          ? Value
          : never
        : never
      : never
    : never;
}[CreateVideoGenerationsModel];

/** Each `model` value's params fields at run time: `required`, one list per way of calling it (see {@link CreateVideoGenerationsRequiredFieldsByModel}); `accepts`, every field it takes (`undefined`: any). What {@link createVideoGenerationsModelsAccepting} filters by. */
export const createVideoGenerationsModelFields: {
  readonly [Value in CreateVideoGenerationsModel]: {
    readonly required: readonly (readonly string[])[];
    readonly accepts?: readonly string[];
  };
} = {
  'kling-v1': { required: [[]], accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'] },
  'kling-v1-6': { required: [[]], accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'] },
  'kling-v2-master': {
    required: [[]],
    accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'],
  },
  'kling-v2-1-master': {
    required: [[]],
    accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'],
  },
  'kling-v2-5-turbo': {
    required: [[]],
    accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'],
  },
  'kling-v2-6': { required: [[]], accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'] },
  'kling-video-o1': { required: [[]], accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'] },
  viduq1: { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  viduq2: { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq2-pro': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq2-turbo': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq3-pro': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq3-turbo': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'pixverse-c1': { required: [['prompt']], accepts: ['model', 'prompt', 'duration', 'size', 'quality', 'metadata'] },
  'pixverse-v6': { required: [['prompt']], accepts: ['model', 'prompt', 'duration', 'size', 'quality', 'metadata'] },
  'MiniMax-Hailuo-02': { required: [[]], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
  'MiniMax-Hailuo-2.3': { required: [[]], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
  'MiniMax-Hailuo-2.3-Fast': { required: [['metadata']], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
};

/** The `model` values, in spec order, that `params` (without `model`) suits by its fields: each has a set of required fields that `params` all has (none `undefined`), and takes every field `params` sets. Typed {@link CreateVideoGenerationsModelsAccepting} of the params' keys, for a picker. */
export function createVideoGenerationsModelsAccepting<P extends object>(
  params: P,
): CreateVideoGenerationsModelsAccepting<Extract<keyof P, string>>[] {
  const present = Object.keys(params).filter((field) => (params as Record<string, unknown>)[field] !== undefined);
  return createVideoGenerationsModels.filter((value) => {
    const { required, accepts } = createVideoGenerationsModelFields[value];
    return (
      required.some((set) => set.every((field) => present.includes(field))) &&
      (!accepts || present.every((field) => accepts.includes(field)))
    );
  }) as CreateVideoGenerationsModelsAccepting<Extract<keyof P, string>>[];
}

const createVideoGenerationsByModelRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => APIPromise<unknown>>
> = {
  'kling-v1': klingUnifiedVideoGeneration,
  'kling-v1-6': klingUnifiedVideoGeneration,
  'kling-v2-master': klingUnifiedVideoGeneration,
  'kling-v2-1-master': klingUnifiedVideoGeneration,
  'kling-v2-5-turbo': klingUnifiedVideoGeneration,
  'kling-v2-6': klingUnifiedVideoGeneration,
  'kling-video-o1': klingUnifiedVideoGeneration,
  viduq1: createViduVideoTask,
  viduq2: createViduVideoTask,
  'viduq2-pro': createViduVideoTask,
  'viduq2-turbo': createViduVideoTask,
  'viduq3-pro': createViduVideoTask,
  'viduq3-turbo': createViduVideoTask,
  'pixverse-c1': createPixverseVideoTask,
  'pixverse-v6': createPixverseVideoTask,
  'MiniMax-Hailuo-02': createVideoGenerations,
  'MiniMax-Hailuo-2.3': createVideoGenerations,
  'MiniMax-Hailuo-2.3-Fast': createVideoGenerations,
};

/**
 * One call for every variant of `POST /v1/video/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideoGenerations} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideoGenerationsByModel')`.
 * - {@link klingUnifiedVideoGeneration} (Submit Kling video task (unified endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
 * - {@link createViduVideoTask} (Submit Vidu video task): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
 * - {@link createPixverseVideoTask} (Create Pixverse video task): `pixverse-c1`, `pixverse-v6`
 * - {@link createVideoGenerations} (Submit MiniMax video task): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideoGenerationsByModel(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse>;
/**
 * One call for every variant of `POST /v1/video/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideoGenerations} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideoGenerationsByModel')`.
 * - {@link klingUnifiedVideoGeneration} (Submit Kling video task (unified endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
 * - {@link createViduVideoTask} (Submit Vidu video task): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
 * - {@link createPixverseVideoTask} (Create Pixverse video task): `pixverse-c1`, `pixverse-v6`
 * - {@link createVideoGenerations} (Submit MiniMax video task): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
 */
export function createVideoGenerationsByModel<TModel extends CreateVideoGenerationsModel>(
  client: APIClient,
  params: CreateVideoGenerationsRequestByModel[TModel] & { model: TModel },
  options?: RequestOptions,
): APIPromise<CreateVideoGenerationsResponseByModel[TModel]>;
export function createVideoGenerationsByModel(
  client: APIClient,
  params: { model?: unknown },
  options?: RequestOptions,
): APIPromise<unknown> {
  return routeOf(createVideoGenerationsByModelRoutes, params.model, createVideoGenerations)(
    named(client, 'createVideoGenerationsByModel'),
    params as never,
    options as never,
  );
}

/** What `createVideoGenerationsByModelAndWait` resolves to for each `model` value: the finished task of its variant. */
export interface CreateVideoGenerationsTaskByModel {
  'kling-v1': VideoTaskResponse;
  'kling-v1-6': VideoTaskResponse;
  'kling-v2-master': VideoTaskResponse;
  'kling-v2-1-master': VideoTaskResponse;
  'kling-v2-5-turbo': VideoTaskResponse;
  'kling-v2-6': VideoTaskResponse;
  'kling-video-o1': VideoTaskResponse;
  viduq1: VideoTaskResponse;
  viduq2: VideoTaskResponse;
  'viduq2-pro': VideoTaskResponse;
  'viduq2-turbo': VideoTaskResponse;
  'viduq3-pro': VideoTaskResponse;
  'viduq3-turbo': VideoTaskResponse;
  'pixverse-c1': VideoTaskResponse;
  'pixverse-v6': VideoTaskResponse;
  'MiniMax-Hailuo-02': VideoTaskResponse;
  'MiniMax-Hailuo-2.3': VideoTaskResponse;
  'MiniMax-Hailuo-2.3-Fast': VideoTaskResponse;
}

const createVideoGenerationsByModelAndWaitRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => Promise<unknown>>
> = {
  'kling-v1': klingUnifiedVideoGenerationAndWait,
  'kling-v1-6': klingUnifiedVideoGenerationAndWait,
  'kling-v2-master': klingUnifiedVideoGenerationAndWait,
  'kling-v2-1-master': klingUnifiedVideoGenerationAndWait,
  'kling-v2-5-turbo': klingUnifiedVideoGenerationAndWait,
  'kling-v2-6': klingUnifiedVideoGenerationAndWait,
  'kling-video-o1': klingUnifiedVideoGenerationAndWait,
  viduq1: createViduVideoTaskAndWait,
  viduq2: createViduVideoTaskAndWait,
  'viduq2-pro': createViduVideoTaskAndWait,
  'viduq2-turbo': createViduVideoTaskAndWait,
  'viduq3-pro': createViduVideoTaskAndWait,
  'viduq3-turbo': createViduVideoTaskAndWait,
  'pixverse-c1': createPixverseVideoTaskAndWait,
  'pixverse-v6': createPixverseVideoTaskAndWait,
  'MiniMax-Hailuo-02': createVideoGenerationsAndWait,
  'MiniMax-Hailuo-2.3': createVideoGenerationsAndWait,
  'MiniMax-Hailuo-2.3-Fast': createVideoGenerationsAndWait,
};

/**
 * Like {@link createVideoGenerationsByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses).
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideoGenerationsByModelAndWait(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse>;
/** Like {@link createVideoGenerationsByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses). */
export function createVideoGenerationsByModelAndWait<TModel extends CreateVideoGenerationsModel>(
  client: APIClient,
  params: CreateVideoGenerationsRequestByModel[TModel] & { model: TModel },
  options?: WaitOptions<CreateVideoGenerationsTaskByModel[TModel]>,
): Promise<CreateVideoGenerationsTaskByModel[TModel]>;
export function createVideoGenerationsByModelAndWait(
  client: APIClient,
  params: { model?: unknown },
  options?: WaitOptions<never>,
): Promise<unknown> {
  return routeOf(createVideoGenerationsByModelAndWaitRoutes, params.model, createVideoGenerationsAndWait)(
    named(client, 'createVideoGenerationsByModel'),
    params as never,
    options as never,
  );
}

/** One call for every variant of `GET /v1/video/generations/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getVideoGenerations')`. */
export function getVideoGenerations(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return getViduVideoTaskStatus(named(client, 'getVideoGenerations'), taskId, options);
}

/** Polls {@link getVideoGenerations} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideoGenerations(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideoGenerations(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link klingUnifiedVideoGeneration}, then polls {@link getMiniMaxVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function klingUnifiedVideoGenerationAndWait(
  client: APIClient,
  params: KlingUnifiedVideoRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await klingUnifiedVideoGeneration(client, params, options);
  return waitForGetMiniMaxVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'klingUnifiedVideoGeneration') as string,
    options,
  );
}

/** Polls {@link getMiniMaxVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetMiniMaxVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getMiniMaxVideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createViduVideoTask}, then polls {@link getViduVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createViduVideoTaskAndWait(
  client: APIClient,
  params: ViduVideoRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await createViduVideoTask(client, params, options);
  return waitForGetViduVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createViduVideoTask') as string,
    options,
  );
}

/** Polls {@link getViduVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetViduVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getViduVideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createPixverseVideoTask}, then polls {@link getPixverseVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createPixverseVideoTaskAndWait(
  client: APIClient,
  params: PixverseVideoCreateRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await createPixverseVideoTask(client, params, options);
  return waitForGetPixverseVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createPixverseVideoTask') as string,
    options,
  );
}

/** Polls {@link getPixverseVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetPixverseVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getPixverseVideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createVideoGenerations}, then polls {@link getMiniMaxVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideoGenerationsAndWait(
  client: APIClient,
  params: MiniMaxVideoGenerationRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await createVideoGenerations(client, params, options);
  return waitForGetMiniMaxVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createVideoGenerations') as string,
    options,
  );
}

/** Kling universal video endpoint request parameters, applicable to `POST /v1/video/generations`, the same JSON request body is also compatible with `POST /v1/videos`. */
export interface KlingUnifiedVideoRequest {
  /** Kling video model name. */
  model:
    | 'kling-v1'
    | 'kling-v1-6'
    | 'kling-v2-master'
    | 'kling-v2-1-master'
    | 'kling-v2-5-turbo'
    | 'kling-v2-6'
    | 'kling-video-o1';
  /** Video prompt. Required for text-to-video; optional for image-to-video. */
  prompt?: string;
  /** Image-to-video reference image URL. This field is recommended for single-image input. Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image?: string;
  /** Image-to-video reference image URL array. Use this field when multiple images are required; for Kling first/last frame mode, prefer putting the last frame in `metadata.image_tail`. Ensure each input URL is accessible at submission time and each image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  images?: string[];
  /**
   * Video duration (seconds).
   * @default 5
   */
  duration?: 5 | 10;
  /**
   * aspect ratio. Common endpoints are mapped to Kling's `aspect_ratio`.
   * @default "1:1"
   */
  size?: '1:1' | '16:9' | '9:16';
  /** Kling vendor parameters. */
  metadata?: {
    /**
     * Quality mode. `std` (standard, default) or `pro` (high quality).
     * @default "std"
     */
    mode?: 'std' | 'pro';
    /**
     * Last-frame image URL (first/last frame mode). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`.
     */
    image_tail?: string;
    /**
     * Reverse cue words.
     */
    negative_prompt?: string;
    /**
     * Generate degrees of freedom, 0~1, default 0.5.
     * @default 0.5
     */
    cfg_scale?: number;
    /**
     * Lens control parameters.
     */
    camera_control?: { [key: string]: JSONValue };
  };
}

export type MiniMaxVideoGenerationRequest =
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-02';
      size: '512p' | '768p';
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-02';
      size?: '1080p';
      duration?: 6;
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-2.3';
      size: '768p';
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-2.3';
      size?: '1080p';
      duration?: 6;
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-2.3-Fast';
      size: '768p';
      metadata: {
        /**
         * First-frame image URL for Hailuo image-to-video (`MiniMax-Hailuo-2.3-Fast` required). Please ensure that the input URL is accessible at the time of submission.
         */
        first_frame_image: string;
      };
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-2.3-Fast';
      size?: '1080p';
      metadata: {
        /**
         * First-frame image URL for Hailuo image-to-video (`MiniMax-Hailuo-2.3-Fast` required). Please ensure that the input URL is accessible at the time of submission.
         */
        first_frame_image: string;
      };
      duration?: 6;
    });

export interface MiniMaxVideoGenerationRequestBase {
  /** MiniMax video model (MiniMax only). */
  model: 'MiniMax-Hailuo-02' | 'MiniMax-Hailuo-2.3' | 'MiniMax-Hailuo-2.3-Fast';
  /** Video description */
  prompt?: string;
  /**
   * Video duration (seconds), currently only 6 or 10 are supported.
   * @default 6
   */
  duration?: 6 | 10;
  /**
   * Resolution (verified by model capability).
   * @default "768p"
   */
  size?: '512p' | '768p' | '1080p';
  /**
   * MiniMax vendor parameters.
   * - Image-to-video: `{"first_frame_image":"URL"}`
   */
  metadata?: {
    /**
     * First-frame image URL for Hailuo image-to-video (`MiniMax-Hailuo-2.3-Fast` required). Please ensure that the input URL is accessible at the time of submission.
     */
    first_frame_image?: string;
  };
}
