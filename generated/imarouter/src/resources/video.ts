// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import {
  createVideoGenerationsByModel,
  createVideoGenerationsByModelAndWait,
  getVideoGenerations,
  waitForGetVideoGenerations,
} from '../endpoints.js';
import type {
  GetMiniMaxVideoTaskStatusParams,
  GetPixverseVideoTaskStatusParams,
  GetViduVideoTaskStatusParams,
  KlingUnifiedVideoRequest,
  MiniMaxVideoGenerationRequest,
  PixverseVideoCreateRequest,
  VideoTaskResponse,
  ViduVideoRequest,
} from '../models.js';
import { klingUnifiedVideoGeneration } from '../operations/kling-video.js';
import { createVideoGenerations, getMiniMaxVideoTaskStatus } from '../operations/minimax-video.js';
import { createPixverseVideoTask, getPixverseVideoTaskStatus } from '../operations/pixverse-video.js';
import { createViduVideoTask, getViduVideoTaskStatus } from '../operations/vidu-video.js';
import {
  createPixverseVideoTaskAndWait,
  createVideoGenerationsAndWait,
  createViduVideoTaskAndWait,
  klingUnifiedVideoGenerationAndWait,
  waitForGetMiniMaxVideoTaskStatus,
  waitForGetPixverseVideoTaskStatus,
  waitForGetViduVideoTaskStatus,
} from '../tasks.js';

export class VideoGenerations {
  constructor(private readonly client: APIClient) {}

  create(request: { body: KlingUnifiedVideoRequest }, options?: RequestOptions): APIPromise<VideoTaskResponse>;
  create(request: { body: ViduVideoRequest }, options?: RequestOptions): APIPromise<VideoTaskResponse>;
  create(request: { body: PixverseVideoCreateRequest }, options?: RequestOptions): APIPromise<VideoTaskResponse>;
  create(request: { body: MiniMaxVideoGenerationRequest }, options?: RequestOptions): APIPromise<VideoTaskResponse>;
  create(
    request:
      | { body: KlingUnifiedVideoRequest }
      | { body: ViduVideoRequest }
      | { body: PixverseVideoCreateRequest }
      | { body: MiniMaxVideoGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<VideoTaskResponse>;
  /** Every variant of this endpoint in one call: see {@link createVideoGenerationsByModel}. */
  create(
    request:
      | { body: KlingUnifiedVideoRequest }
      | { body: ViduVideoRequest }
      | { body: PixverseVideoCreateRequest }
      | { body: MiniMaxVideoGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<unknown> {
    return createVideoGenerationsByModel(this.client, request, options);
  }

  createAndWait(request: { body: KlingUnifiedVideoRequest }, options?: WaitOptions): Promise<VideoTaskResponse>;
  createAndWait(request: { body: ViduVideoRequest }, options?: WaitOptions): Promise<VideoTaskResponse>;
  createAndWait(request: { body: PixverseVideoCreateRequest }, options?: WaitOptions): Promise<VideoTaskResponse>;
  createAndWait(request: { body: MiniMaxVideoGenerationRequest }, options?: WaitOptions): Promise<VideoTaskResponse>;
  createAndWait(
    request:
      | { body: KlingUnifiedVideoRequest }
      | { body: ViduVideoRequest }
      | { body: PixverseVideoCreateRequest }
      | { body: MiniMaxVideoGenerationRequest },
    options?: WaitOptions,
  ): Promise<VideoTaskResponse>;
  /** Creates the task with the variant its body selects, then waits until it ends: see {@link createVideoGenerationsByModelAndWait}. */
  createAndWait(
    request:
      | { body: KlingUnifiedVideoRequest }
      | { body: ViduVideoRequest }
      | { body: PixverseVideoCreateRequest }
      | { body: MiniMaxVideoGenerationRequest },
    options?: WaitOptions,
  ): Promise<unknown> {
    return createVideoGenerationsByModelAndWait(this.client, request, options);
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
   */
  createKling(request: { body: KlingUnifiedVideoRequest }, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return klingUnifiedVideoGeneration(this.client, request, options);
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
   */
  createVidu(request: { body: ViduVideoRequest }, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return createViduVideoTask(this.client, request, options);
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
   */
  createPixverse(
    request: { body: PixverseVideoCreateRequest },
    options?: RequestOptions,
  ): APIPromise<VideoTaskResponse> {
    return createPixverseVideoTask(this.client, request, options);
  }

  /** Every variant of this endpoint in one call: see {@link getVideoGenerations}. */
  retrieve(request: GetViduVideoTaskStatusParams, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return getVideoGenerations(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVideoGenerations}. */
  waitFor(taskId: string, options?: WaitOptions<VideoTaskResponse>): Promise<VideoTaskResponse> {
    return waitForGetVideoGenerations(this.client, taskId, options);
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
   */
  retrieveVidu(request: GetViduVideoTaskStatusParams, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return getViduVideoTaskStatus(this.client, request, options);
  }

  /**
   * Query Pixverse video task
   *
   * Query a Pixverse video asynchronous task submitted through `POST /v1/video/generations`.
   *
   * **Actual request path:** `GET /v1/video/generations/{task_id}`
   *
   * `GET /v1/video/generations/{task_id}` (variant `#pixverse` of this endpoint)
   */
  retrievePixverse(request: GetPixverseVideoTaskStatusParams, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return getPixverseVideoTaskStatus(this.client, request, options);
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
   */
  createMiniMaxVideo(
    request: { body: MiniMaxVideoGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<VideoTaskResponse> {
    return createVideoGenerations(this.client, request, options);
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
   */
  retrieveMiniMaxVideo(
    request: GetMiniMaxVideoTaskStatusParams,
    options?: RequestOptions,
  ): APIPromise<VideoTaskResponse> {
    return getMiniMaxVideoTaskStatus(this.client, request, options);
  }

  /** Creates the task and waits until it ends: see {@link klingUnifiedVideoGenerationAndWait}. */
  createKlingAndWait(
    request: { body: KlingUnifiedVideoRequest },
    options?: WaitOptions<VideoTaskResponse>,
  ): Promise<VideoTaskResponse> {
    return klingUnifiedVideoGenerationAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetMiniMaxVideoTaskStatus}. */
  waitForMiniMaxVideo(taskId: string, options?: WaitOptions<VideoTaskResponse>): Promise<VideoTaskResponse> {
    return waitForGetMiniMaxVideoTaskStatus(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createViduVideoTaskAndWait}. */
  createViduAndWait(
    request: { body: ViduVideoRequest },
    options?: WaitOptions<VideoTaskResponse>,
  ): Promise<VideoTaskResponse> {
    return createViduVideoTaskAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetViduVideoTaskStatus}. */
  waitForVidu(taskId: string, options?: WaitOptions<VideoTaskResponse>): Promise<VideoTaskResponse> {
    return waitForGetViduVideoTaskStatus(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createPixverseVideoTaskAndWait}. */
  createPixverseAndWait(
    request: { body: PixverseVideoCreateRequest },
    options?: WaitOptions<VideoTaskResponse>,
  ): Promise<VideoTaskResponse> {
    return createPixverseVideoTaskAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetPixverseVideoTaskStatus}. */
  waitForPixverse(taskId: string, options?: WaitOptions<VideoTaskResponse>): Promise<VideoTaskResponse> {
    return waitForGetPixverseVideoTaskStatus(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createVideoGenerationsAndWait}. */
  createMiniMaxVideoAndWait(
    request: { body: MiniMaxVideoGenerationRequest },
    options?: WaitOptions<VideoTaskResponse>,
  ): Promise<VideoTaskResponse> {
    return createVideoGenerationsAndWait(this.client, request, options);
  }
}

export class Video {
  readonly generations: VideoGenerations;

  constructor(private readonly client: APIClient) {
    this.generations = new VideoGenerations(client);
  }
}
