// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import type { Unlisted } from '../core/unlisted.js';
import {
  createVideoGenerationsByModel,
  createVideoGenerationsByModelAndWait,
  getVideoGenerations,
  waitForGetVideoGenerations,
} from '../endpoints.js';
import type {
  CreateVideoGenerationsModel,
  CreateVideoGenerationsRequestByModel,
  CreateVideoGenerationsResponseByModel,
  CreateVideoGenerationsTaskByModel,
} from '../endpoints.js';
import type { VideoTaskResponse } from '../models.js';

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
