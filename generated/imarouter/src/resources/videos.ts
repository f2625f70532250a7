// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import type { Unlisted } from '../core/unlisted.js';
import { createVideosByModel, createVideosByModelAndWait, getVideos, waitForGetVideos } from '../endpoints.js';
import type {
  CreateVideosModel,
  CreateVideosRequestByModel,
  CreateVideosResponseByModel,
  CreateVideosTaskByModel,
} from '../endpoints.js';
import type {
  ImaProCreateResponse,
  ImaProQueryResponse,
  ImaProSubtitleEraseRequest,
  VideoTaskResponse,
} from '../models.js';
import { createImaProSubtitleEraseTask, getImaProSubtitleEraseTask } from '../operations/doubao-subtitle-erase.js';
import { createImaProSubtitleEraseTaskAndWait, waitForGetImaProSubtitleEraseTask } from '../tasks.js';

export class VideosSubtitleErase {
  constructor(private readonly client: APIClient) {}

  /**
   * Create Doubao subtitle erase task
   *
   * Standalone submit endpoint: `POST /v1/videos/subtitle-erase`.
   * Used to submit a Doubao video subtitle erase task. Request parameters:
   * - `model`: model name (required)
   *   - `doubao-video-subtitle-erase-cn`: domestic model
   *   - `doubao-video-subtitle-erase`: overseas model
   * - `video_url`: video URL to be processed (required, `http/https`)
   * This capability does not reuse the `POST /v1/videos` generic video generation endpoint. Choose the domestic or overseas model according to the caller's group and available channel.
   * Query methods:
   * - Dedicated fetch endpoint: `GET /v1/videos/subtitle-erase/{task_id}`
   * - The same `task_id` can also be queried by the generic video endpoint: `GET /v1/videos/{task_id}`
   *
   * `POST /v1/videos/subtitle-erase`
   *
   * Standalone: `createImaProSubtitleEraseTask(client, …)`; errors: `isAPIError(error, 'createImaProSubtitleEraseTask')`.
   *
   * @example
   * const result = await client.videos.subtitleErase.create({
   *   model: "doubao-video-subtitle-erase-cn",
   *   video_url: "https://example.com/input.mp4",
   * });
   */
  create(params: ImaProSubtitleEraseRequest, options?: RequestOptions): APIPromise<ImaProCreateResponse> {
    return createImaProSubtitleEraseTask(this.client, params, options);
  }

  /**
   * Query Doubao subtitle erase task
   *
   * Dedicated fetch endpoint: `GET /v1/videos/subtitle-erase/{task_id}`.
   * The response shape is aligned with the generic video task fetch response (OpenAI-style video object).
   * This dedicated fetch endpoint is already online; the same `task_id` can also be queried with `GET /v1/videos/{task_id}`.
   * **IMPORTANT NOTICE (MUST READ)**
   * - If result resource URLs such as `results.url` or `metadata.url` are returned, download and persist them immediately.
   * - The platform does not guarantee long-term availability of result URLs; they typically expire after about 30 days.
   *
   * `GET /v1/videos/subtitle-erase/{task_id}`
   *
   * Standalone: `getImaProSubtitleEraseTask(client, …)`; errors: `isAPIError(error, 'getImaProSubtitleEraseTask')`.
   *
   * @example
   * const result = await client.videos.subtitleErase.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<ImaProQueryResponse> {
    return getImaProSubtitleEraseTask(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends. Standalone: `createImaProSubtitleEraseTaskAndWait(client, …)`. */
  createAndWait(
    params: ImaProSubtitleEraseRequest,
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createImaProSubtitleEraseTaskAndWait(this.client, params, options);
  }

  /** Polls until the task ends. Standalone: `waitForGetImaProSubtitleEraseTask(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetImaProSubtitleEraseTask(this.client, taskId, options);
  }
}

export class Videos {
  readonly subtitleErase: VideosSubtitleErase;

  constructor(private readonly client: APIClient) {
    this.subtitleErase = new VideosSubtitleErase(client);
  }

  /**
   * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createImaProVideoTask} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
   * - {@link createImaProVideoTask} (Create Seedance video task): `seedance-2.0`, `seedance-2.0-fast`, `seedance-2.0-cn`, `seedance-2.0-fast-cn`, `ima-pro`, `ima-pro-fast`
   * - {@link createVideosWan26} (Create Wan2.6 video task): `wan2.6-t2v`, `wan2.6-i2v`, `wan2.6-i2v-flash`, `wan2.6-r2v`
   * - {@link createVideosHappyhorse} (Create HappyHorse video task): `happyhorse-1.0-t2v`, `happyhorse-1.0-i2v`, `happyhorse-1.0-r2v`, `happyhorse-1.0-video-edit`
   * - {@link createVideosKlingV3Video} (Create Kling v3 Video task): `kling-v3-video`
   * - {@link createVideosKlingV3OmniVideo} (Create Kling v3 Omni Video task): `kling-v3-omni-video`
   * - {@link createKlingOpenAIVideoTask} (Submit Kling video task (OpenAI compatible endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
   * - {@link createViduOpenAIVideoTask} (Submit Vidu video task (OpenAI compatible endpoint)): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
   * - {@link createPixverseOpenAIVideoTask} (Create Pixverse video task (OpenAI compatible endpoint)): `pixverse-c1`, `pixverse-v6`
   * - {@link createVeoOpenAIVideoTask} (Create Veo video task (OpenAI compatible endpoint)): `veo-3.0-generate-001`, `veo-3.1-fast-generate-001`
   * - {@link createVideosMinimax} (Submit MiniMax video task (OpenAI compatible endpoint)): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
   *
   * @example
   * const result = await client.videos.create({
   *   model: "seedance-2.0-fast",
   *   prompt: "Time-lapse photography of the city in the early morning, with warm colors and a cinematic feel.",
   *   duration: 5,
   *   metadata: {
   *     resolution: "720p",
   *   },
   * });
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  create(
    params: { model: Unlisted } & Record<string, unknown>,
    options?: RequestOptions,
  ): APIPromise<ImaProCreateResponse | VideoTaskResponse>;
  /**
   * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createImaProVideoTask} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
   * - {@link createImaProVideoTask} (Create Seedance video task): `seedance-2.0`, `seedance-2.0-fast`, `seedance-2.0-cn`, `seedance-2.0-fast-cn`, `ima-pro`, `ima-pro-fast`
   * - {@link createVideosWan26} (Create Wan2.6 video task): `wan2.6-t2v`, `wan2.6-i2v`, `wan2.6-i2v-flash`, `wan2.6-r2v`
   * - {@link createVideosHappyhorse} (Create HappyHorse video task): `happyhorse-1.0-t2v`, `happyhorse-1.0-i2v`, `happyhorse-1.0-r2v`, `happyhorse-1.0-video-edit`
   * - {@link createVideosKlingV3Video} (Create Kling v3 Video task): `kling-v3-video`
   * - {@link createVideosKlingV3OmniVideo} (Create Kling v3 Omni Video task): `kling-v3-omni-video`
   * - {@link createKlingOpenAIVideoTask} (Submit Kling video task (OpenAI compatible endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
   * - {@link createViduOpenAIVideoTask} (Submit Vidu video task (OpenAI compatible endpoint)): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
   * - {@link createPixverseOpenAIVideoTask} (Create Pixverse video task (OpenAI compatible endpoint)): `pixverse-c1`, `pixverse-v6`
   * - {@link createVeoOpenAIVideoTask} (Create Veo video task (OpenAI compatible endpoint)): `veo-3.0-generate-001`, `veo-3.1-fast-generate-001`
   * - {@link createVideosMinimax} (Submit MiniMax video task (OpenAI compatible endpoint)): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
   *
   * @example
   * const result = await client.videos.create({
   *   model: "seedance-2.0-fast",
   *   prompt: "Time-lapse photography of the city in the early morning, with warm colors and a cinematic feel.",
   *   duration: 5,
   *   metadata: {
   *     resolution: "720p",
   *   },
   * });
   */
  create<TModel extends CreateVideosModel>(
    params: CreateVideosRequestByModel[TModel] & { model: TModel },
    options?: RequestOptions,
  ): APIPromise<CreateVideosResponseByModel[TModel]>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createVideosByModel as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(
      this.client,
      ...args,
    );
  }

  /**
   * Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createVideosByModelAndWait(client, …)`.
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  createAndWait(
    params: { model: Unlisted } & Record<string, unknown>,
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse>;
  /** Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createVideosByModelAndWait(client, …)`. */
  createAndWait<TModel extends CreateVideosModel>(
    params: CreateVideosRequestByModel[TModel] & { model: TModel },
    options?: WaitOptions<CreateVideosTaskByModel[TModel]>,
  ): Promise<CreateVideosTaskByModel[TModel]>;
  createAndWait(...args: unknown[]): Promise<unknown> {
    return (createVideosByModelAndWait as (client: APIClient, ...args: unknown[]) => Promise<unknown>)(
      this.client,
      ...args,
    );
  }

  /**
   * One call for every variant of `GET /v1/videos/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getVideos')`.
   *
   * @example
   * const result = await client.videos.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<ImaProQueryResponse> {
    return getVideos(this.client, taskId, options);
  }

  /** Polls until the task ends: resolves with its final state. Standalone: `waitForGetVideos(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetVideos(this.client, taskId, options);
  }
}
