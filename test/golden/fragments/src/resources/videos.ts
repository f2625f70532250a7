// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import { createVideosByModel, createVideosByModelAndWait, getVideos, waitForGetVideos } from '../endpoints.js';
import type {
  DefaultVideoRequest,
  GetVideoTaskParams,
  GetVideosVeoParams,
  KlingVideoRequest,
  VeoVideoRequest,
  VideoTask,
} from '../models.js';
import { createVideo, createVideosKling, createVideosVeo, getVideoTask, getVideosVeo } from '../operations/default_.js';
import {
  createVideoAndWait,
  createVideosKlingAndWait,
  createVideosVeoAndWait,
  waitForGetVideoTask,
  waitForGetVideosVeo,
} from '../tasks.js';

export class Videos {
  constructor(private readonly client: APIClient) {}

  create(request: { body: DefaultVideoRequest }, options?: RequestOptions): APIPromise<VideoTask>;
  create(request: { body: VeoVideoRequest }, options?: RequestOptions): APIPromise<VideoTask>;
  create(request: { body: KlingVideoRequest }, options?: RequestOptions): APIPromise<VideoTask>;
  create(
    request: { body: DefaultVideoRequest } | { body: VeoVideoRequest } | { body: KlingVideoRequest },
    options?: RequestOptions,
  ): APIPromise<VideoTask>;
  /** Every variant of this endpoint in one call: see {@link createVideosByModel}. */
  create(
    request: { body: DefaultVideoRequest } | { body: VeoVideoRequest } | { body: KlingVideoRequest },
    options?: RequestOptions,
  ): APIPromise<unknown> {
    return createVideosByModel(this.client, request, options);
  }

  createAndWait(request: { body: DefaultVideoRequest }, options?: WaitOptions): Promise<VideoTask>;
  createAndWait(request: { body: VeoVideoRequest }, options?: WaitOptions): Promise<VideoTask>;
  createAndWait(request: { body: KlingVideoRequest }, options?: WaitOptions): Promise<VideoTask>;
  createAndWait(
    request: { body: DefaultVideoRequest } | { body: VeoVideoRequest } | { body: KlingVideoRequest },
    options?: WaitOptions,
  ): Promise<VideoTask>;
  /** Creates the task with the variant its body selects, then waits until it ends: see {@link createVideosByModelAndWait}. */
  createAndWait(
    request: { body: DefaultVideoRequest } | { body: VeoVideoRequest } | { body: KlingVideoRequest },
    options?: WaitOptions,
  ): Promise<unknown> {
    return createVideosByModelAndWait(this.client, request, options);
  }

  /**
   * Create a video with the default model family
   *
   * `POST /v1/videos`
   */
  createCreateVideo(request: { body: DefaultVideoRequest }, options?: RequestOptions): APIPromise<VideoTask> {
    return createVideo(this.client, request, options);
  }

  /**
   * Create a video with a Veo model
   *
   * `POST /v1/videos` (variant `#veo` of this endpoint)
   */
  createVeo(request: { body: VeoVideoRequest }, options?: RequestOptions): APIPromise<VideoTask> {
    return createVideosVeo(this.client, request, options);
  }

  /**
   * Create a video with a Kling model
   *
   * `POST /v1/videos` (variant `#kling` of this endpoint)
   */
  createKling(request: { body: KlingVideoRequest }, options?: RequestOptions): APIPromise<VideoTask> {
    return createVideosKling(this.client, request, options);
  }

  /** Every variant of this endpoint in one call: see {@link getVideos}. */
  retrieve(request: GetVideoTaskParams, options?: RequestOptions): APIPromise<VideoTask> {
    return getVideos(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVideos}. */
  waitFor(taskId: string, options?: WaitOptions<VideoTask>): Promise<VideoTask> {
    return waitForGetVideos(this.client, taskId, options);
  }

  /**
   * Poll a video task
   *
   * `GET /v1/videos/{task_id}`
   */
  retrieveGetVideoTask(request: GetVideoTaskParams, options?: RequestOptions): APIPromise<VideoTask> {
    return getVideoTask(this.client, request, options);
  }

  /**
   * Poll a Veo video task
   *
   * `GET /v1/videos/{task_id}` (variant `#veo` of this endpoint)
   */
  retrieveVeo(request: GetVideosVeoParams, options?: RequestOptions): APIPromise<VideoTask> {
    return getVideosVeo(this.client, request, options);
  }

  /** Creates the task and waits until it ends: see {@link createVideoAndWait}. */
  createCreateVideoAndWait(
    request: { body: DefaultVideoRequest },
    options?: WaitOptions<VideoTask>,
  ): Promise<VideoTask> {
    return createVideoAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVideoTask}. */
  waitForGetVideoTask(taskId: string, options?: WaitOptions<VideoTask>): Promise<VideoTask> {
    return waitForGetVideoTask(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createVideosVeoAndWait}. */
  createVeoAndWait(request: { body: VeoVideoRequest }, options?: WaitOptions<VideoTask>): Promise<VideoTask> {
    return createVideosVeoAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVideosVeo}. */
  waitForVeo(taskId: string, options?: WaitOptions<VideoTask>): Promise<VideoTask> {
    return waitForGetVideosVeo(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createVideosKlingAndWait}. */
  createKlingAndWait(request: { body: KlingVideoRequest }, options?: WaitOptions<VideoTask>): Promise<VideoTask> {
    return createVideosKlingAndWait(this.client, request, options);
  }
}
