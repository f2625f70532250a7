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
import type { VideoTask } from '../models.js';

export class Videos {
  constructor(private readonly client: APIClient) {}

  /**
   * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideo} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
   * - {@link createVideo} (Create a video with the default model family): `sora-2`, `sora-2-pro`
   * - {@link createVideosVeo} (Create a video with a Veo model): `veo-3`, `veo-3-fast`
   * - {@link createVideosKling} (Create a video with a Kling model): `kling-v2-master`, `kling-v2-1`
   *
   * @example
   * const result = await client.videos.create({
   *   model: "sora-2",
   *   prompt: "string",
   * });
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  create(params: { model: Unlisted } & Record<string, unknown>, options?: RequestOptions): APIPromise<VideoTask>;
  /**
   * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideo} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
   * - {@link createVideo} (Create a video with the default model family): `sora-2`, `sora-2-pro`
   * - {@link createVideosVeo} (Create a video with a Veo model): `veo-3`, `veo-3-fast`
   * - {@link createVideosKling} (Create a video with a Kling model): `kling-v2-master`, `kling-v2-1`
   *
   * @example
   * const result = await client.videos.create({
   *   model: "sora-2",
   *   prompt: "string",
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
    options?: WaitOptions<VideoTask>,
  ): Promise<VideoTask>;
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
  retrieve(taskId: string, options?: RequestOptions): APIPromise<VideoTask> {
    return getVideos(this.client, taskId, options);
  }

  /** Polls until the task ends: resolves with its final state. Standalone: `waitForGetVideos(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<VideoTask>): Promise<VideoTask> {
    return waitForGetVideos(this.client, taskId, options);
  }
}
