// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import { createVideosByModel, createVideosByModelAndWait, getVideos, waitForGetVideos } from '../endpoints.js';
import type {
  CreateImaProVideoTaskParams,
  GetImaProSubtitleEraseTaskParams,
  GetImaProVideoTaskParams,
  GetPixverseOpenAIVideoTaskStatusParams,
  GetVeoOpenAIVideoTaskStatusParams,
  GetVideosHappyhorseParams,
  GetVideosKlingV3OmniVideoParams,
  GetVideosKlingV3VideoParams,
  GetVideosWan26Params,
  Happyhorse10VideoCreateRequest,
  ImaProCreateResponse,
  ImaProQueryResponse,
  ImaProSubtitleEraseRequest,
  ImaProVideoCreateRequest,
  KlingV3OmniVideoCreateRequest,
  KlingV3VideoCreateRequest,
  KlingVideoRequest,
  MiniMaxVideosCreateRequest,
  PixverseVideoCreateRequest,
  VeoVideoCreateRequest,
  VideoTaskResponse,
  ViduVideoRequest,
  Wan26VideoCreateRequest,
} from '../models.js';
import { createImaProSubtitleEraseTask, getImaProSubtitleEraseTask } from '../operations/doubao-subtitle-erase.js';
import { createVideosHappyhorse, getVideosHappyhorse } from '../operations/happyhorse-video.js';
import {
  createKlingOpenAIVideoTask,
  createVideosKlingV3OmniVideo,
  createVideosKlingV3Video,
  getVideosKlingV3OmniVideo,
  getVideosKlingV3Video,
} from '../operations/kling-video.js';
import { createVideosMinimax } from '../operations/minimax-video.js';
import { createPixverseOpenAIVideoTask, getPixverseOpenAIVideoTaskStatus } from '../operations/pixverse-video.js';
import { createImaProVideoTask, getImaProVideoTask } from '../operations/seedance-video.js';
import { createVeoOpenAIVideoTask, getVeoOpenAIVideoTaskStatus } from '../operations/veo-video.js';
import { createViduOpenAIVideoTask } from '../operations/vidu-video.js';
import { createVideosWan26, getVideosWan26 } from '../operations/wan2-6-video.js';
import {
  createImaProSubtitleEraseTaskAndWait,
  createImaProVideoTaskAndWait,
  createKlingOpenAIVideoTaskAndWait,
  createPixverseOpenAIVideoTaskAndWait,
  createVeoOpenAIVideoTaskAndWait,
  createVideosHappyhorseAndWait,
  createVideosKlingV3OmniVideoAndWait,
  createVideosKlingV3VideoAndWait,
  createVideosMinimaxAndWait,
  createVideosWan26AndWait,
  createViduOpenAIVideoTaskAndWait,
  waitForGetImaProSubtitleEraseTask,
  waitForGetImaProVideoTask,
  waitForGetPixverseOpenAIVideoTaskStatus,
  waitForGetVeoOpenAIVideoTaskStatus,
  waitForGetVideosHappyhorse,
  waitForGetVideosKlingV3OmniVideo,
  waitForGetVideosKlingV3Video,
  waitForGetVideosWan26,
} from '../tasks.js';

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
   */
  create(request: { body: ImaProSubtitleEraseRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse> {
    return createImaProSubtitleEraseTask(this.client, request, options);
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
   */
  retrieve(request: GetImaProSubtitleEraseTaskParams, options?: RequestOptions): APIPromise<ImaProQueryResponse> {
    return getImaProSubtitleEraseTask(this.client, request, options);
  }

  /** Creates the task and waits until it ends: see {@link createImaProSubtitleEraseTaskAndWait}. */
  createAndWait(
    request: { body: ImaProSubtitleEraseRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createImaProSubtitleEraseTaskAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetImaProSubtitleEraseTask}. */
  waitFor(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetImaProSubtitleEraseTask(this.client, taskId, options);
  }
}

export class Videos {
  readonly subtitleErase: VideosSubtitleErase;

  constructor(private readonly client: APIClient) {
    this.subtitleErase = new VideosSubtitleErase(client);
  }

  create(
    request: CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest },
    options?: RequestOptions,
  ): APIPromise<ImaProCreateResponse>;
  create(request: { body: Wan26VideoCreateRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse>;
  create(request: { body: Happyhorse10VideoCreateRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse>;
  create(request: { body: KlingV3VideoCreateRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse>;
  create(request: { body: KlingV3OmniVideoCreateRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse>;
  create(request: { body: KlingVideoRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse>;
  create(request: { body: ViduVideoRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse>;
  create(request: { body: PixverseVideoCreateRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse>;
  create(request: { body: VeoVideoCreateRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse>;
  create(request: { body: MiniMaxVideosCreateRequest }, options?: RequestOptions): APIPromise<VideoTaskResponse>;
  create(
    request:
      | (CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest })
      | { body: Wan26VideoCreateRequest }
      | { body: Happyhorse10VideoCreateRequest }
      | { body: KlingV3VideoCreateRequest }
      | { body: KlingV3OmniVideoCreateRequest }
      | { body: KlingVideoRequest }
      | { body: ViduVideoRequest }
      | { body: PixverseVideoCreateRequest }
      | { body: VeoVideoCreateRequest }
      | { body: MiniMaxVideosCreateRequest },
    options?: RequestOptions,
  ): APIPromise<ImaProCreateResponse | VideoTaskResponse>;
  /** Every variant of this endpoint in one call: see {@link createVideosByModel}. */
  create(
    request:
      | (CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest })
      | { body: Wan26VideoCreateRequest }
      | { body: Happyhorse10VideoCreateRequest }
      | { body: KlingV3VideoCreateRequest }
      | { body: KlingV3OmniVideoCreateRequest }
      | { body: KlingVideoRequest }
      | { body: ViduVideoRequest }
      | { body: PixverseVideoCreateRequest }
      | { body: VeoVideoCreateRequest }
      | { body: MiniMaxVideosCreateRequest },
    options?: RequestOptions,
  ): APIPromise<unknown> {
    return createVideosByModel(this.client, request, options);
  }

  createAndWait(
    request: CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest },
    options?: WaitOptions,
  ): Promise<ImaProQueryResponse>;
  createAndWait(request: { body: Wan26VideoCreateRequest }, options?: WaitOptions): Promise<ImaProQueryResponse>;
  createAndWait(request: { body: Happyhorse10VideoCreateRequest }, options?: WaitOptions): Promise<ImaProQueryResponse>;
  createAndWait(request: { body: KlingV3VideoCreateRequest }, options?: WaitOptions): Promise<ImaProQueryResponse>;
  createAndWait(request: { body: KlingV3OmniVideoCreateRequest }, options?: WaitOptions): Promise<ImaProQueryResponse>;
  createAndWait(request: { body: KlingVideoRequest }, options?: WaitOptions): Promise<ImaProQueryResponse>;
  createAndWait(request: { body: ViduVideoRequest }, options?: WaitOptions): Promise<ImaProQueryResponse>;
  createAndWait(request: { body: PixverseVideoCreateRequest }, options?: WaitOptions): Promise<ImaProQueryResponse>;
  createAndWait(request: { body: VeoVideoCreateRequest }, options?: WaitOptions): Promise<ImaProQueryResponse>;
  createAndWait(request: { body: MiniMaxVideosCreateRequest }, options?: WaitOptions): Promise<ImaProQueryResponse>;
  createAndWait(
    request:
      | (CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest })
      | { body: Wan26VideoCreateRequest }
      | { body: Happyhorse10VideoCreateRequest }
      | { body: KlingV3VideoCreateRequest }
      | { body: KlingV3OmniVideoCreateRequest }
      | { body: KlingVideoRequest }
      | { body: ViduVideoRequest }
      | { body: PixverseVideoCreateRequest }
      | { body: VeoVideoCreateRequest }
      | { body: MiniMaxVideosCreateRequest },
    options?: WaitOptions,
  ): Promise<ImaProQueryResponse>;
  /** Creates the task with the variant its body selects, then waits until it ends: see {@link createVideosByModelAndWait}. */
  createAndWait(
    request:
      | (CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest })
      | { body: Wan26VideoCreateRequest }
      | { body: Happyhorse10VideoCreateRequest }
      | { body: KlingV3VideoCreateRequest }
      | { body: KlingV3OmniVideoCreateRequest }
      | { body: KlingVideoRequest }
      | { body: ViduVideoRequest }
      | { body: PixverseVideoCreateRequest }
      | { body: VeoVideoCreateRequest }
      | { body: MiniMaxVideosCreateRequest },
    options?: WaitOptions,
  ): Promise<unknown> {
    return createVideosByModelAndWait(this.client, request, options);
  }

  /**
   * Create Seedance video task
   *
   * Submit video tasks using the Seedance model:
   * - `seedance-2.0`
   * - `seedance-2.0-fast`
   * - `seedance-2.0-cn`
   * - `seedance-2.0-fast-cn`
   * - ~~`ima-pro`~~ (Historical alias for overseas channels, expired; for backward compatibility, please use `seedance-2.0` / `seedance-2.0-cn` instead)
   * - ~~`ima-pro-fast`~~ (Historical alias for overseas channels, expired; for backward compatibility, please use `seedance-2.0-fast` / `seedance-2.0-fast-cn` instead)
   * Authentication: The request header must contain `Authorization: Bearer sk-...`.
   * Moderation passthrough: `x-moderation` is treated as `false` by default; to enable moderation passthrough, additionally send the request header `x-moderation: enabled`.
   * Endpoint constraints: `/v1/videos` is the video task endpoint and accepts video models only; use `/v1/images/generations` for image generation models.
   * **IMPORTANT NOTICE (MUST READ)**
   * - `images`, `metadata.reference_video_urls`, `metadata.reference_audio_urls`, `metadata.first_frame_image` and other input URLs (including public network URLs or `asset://...`) are task input references, please confirm that they are accessible when submitting.
   * Commonly used fields:
   * - Text: `prompt`
   * - Images: `images` (supports multiple images)
   * - Reference video: `metadata.reference_video_urls`
   * - Reference audio: `metadata.reference_audio_urls`
   * - Audio switch: `metadata.audio` (it is recommended to set it to `false` first in copyright risk scenarios, that is, no background music)
   * - Size: `size` can be passed `WxH`, but must be normalized to the exact supported ratio; for example `854x480` will be normalized to `427:240`, not exactly `16:9`, and will be rejected as `ratio is invalid: 427:240`. For 480p 16:9, use `848x480` or pass `metadata.resolution=480p` directly.
   *
   * **Important note: Select examples by how they were built**
   * - Text-to-video (text only): refer to `C01 text (seedance-2.0-fast)`, `C01b text 1080p (seedance-2.0)`.
   * - Image-to-video (driven by images): refer to `C02 text + image (1 image)`, `C03 single-image reference`, `C04 single image as first frame`, `C05 two reference images`, `C06 two images as first and last frames`.
   * - Reference-to-video (reference video/audio/portrait protocol participates in generation): refer to `C07 text + video`, `C08 text + image + audio`, `C09 text + image + video`, `C10 text + video + audio`, `C11 text + image + video + audio`, `C12 text + portrait + video + audio`, `C15 text + video portrait protocol`, `C16 text + image + audio portrait protocol`.
   * - Counterexamples and avoidance strategies: refer to `C13 Reference Video Insufficient Pixels (601300)`, `C14 Music Copyright Risk Scenario (Block Background Music First)`.
   *
   * Combinational logic (aligned with ima-router's current behavior):
   * - text (`prompt` required)
   * - text + image (`prompt` optional)
   * - text + video (`prompt` optional)
   * - text + image + audio (`prompt` optional)
   * - text + image + video (`prompt` optional)
   * - text + video + audio (`prompt` optional)
   * - text + image + video + audio (`prompt` optional)
   *
   * Image role mapping (important):
   * - Default mode (`role_mode=reference`): Images are uniformly mapped to `reference_image`
   * - Frame mode (`role_mode=frame`): single image mapping `first_frame`, double image mapping `first_frame + last_frame`
   * - Frame mode cannot be used together with `reference_video_urls`/`reference_audio_urls`
   *
   * Character material compliance instructions:
   * - When using your own virtual characters or real-life materials, only amateurs are allowed, and celebrity characters are not supported.
   * - The platform will review uploaded materials to avoid possible legal risks.
   * - Character material upload is supported through `/v1/assets/create`, which enters the review process.
   * - Recommended process: First call `/v1/assets/create` to upload and persist materials, then reference the reviewed materials in `/v1/videos` request.
   * - After uploading, you can call `/v1/assets/get` to poll the material status, and the results will generally be available within 10 seconds.
   * - Document examples support click-to-copy; the copied request body can be directly handed over to AI to automatically identify and generate the final access code.
   * - If you need to access materials in batches, please give priority to the material library interface rather than the temporary direct link.
   *
   * The example below is the request body, not the return body.
   *
   * `POST /v1/videos`
   */
  createSeedanceVideo(
    request: CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest },
    options?: RequestOptions,
  ): APIPromise<ImaProCreateResponse> {
    return createImaProVideoTask(this.client, request, options);
  }

  /**
   * Create Wan2.6 video task
   *
   * Use the real endpoint `POST /v1/videos`.
   *
   * Supported models:
   * - `wan2.6-t2v`: text-to-video
   * - `wan2.6-i2v`: image-to-video
   * - `wan2.6-i2v-flash`: fast image-to-video
   * - `wan2.6-r2v`: reference-to-video, supports reference image or reference video input
   *
   * After successful submission, the response returns a task ID. Use `GET /v1/videos/{task_id}` to query status and results.
   *
   * `POST /v1/videos` (variant `#wan26` of this endpoint)
   */
  createWan26(request: { body: Wan26VideoCreateRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse> {
    return createVideosWan26(this.client, request, options);
  }

  /** Every variant of this endpoint in one call: see {@link getVideos}. */
  retrieve(request: GetVideosWan26Params, options?: RequestOptions): APIPromise<ImaProQueryResponse> {
    return getVideos(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVideos}. */
  waitFor(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetVideos(this.client, taskId, options);
  }

  /**
   * Query Wan2.6 video task
   *
   * Use the real endpoint `GET /v1/videos/{task_id}`. If `amount_usd` appears in a successful response, it is the USD amount for the completed task.
   *
   * `GET /v1/videos/{task_id}` (variant `#wan26` of this endpoint)
   */
  retrieveWan26(request: GetVideosWan26Params, options?: RequestOptions): APIPromise<ImaProQueryResponse> {
    return getVideosWan26(this.client, request, options);
  }

  /**
   * Create HappyHorse video task
   *
   * Use the real endpoint `POST /v1/videos` to submit a HappyHorse 1.0 video task.
   *
   * Supported models:
   * - `happyhorse-1.0-t2v`: text-to-video, category `text_to_video`
   * - `happyhorse-1.0-i2v`: image-to-video, category `image_to_video`
   * - `happyhorse-1.0-r2v`: reference-image-to-video, category `reference_image_to_video`
   * - `happyhorse-1.0-video-edit`: video-to-video edit, category `video_to_video`
   *
   * Common parameters:
   * - Resolution: `720P`, `1080P`
   * - One output video is returned per task
   * - `watermark` is not supported and returns 400 if submitted
   *
   * `t2v` / `i2v` / `r2v` duration:
   * - Duration: `3~15s`
   *
   * `video-edit`:
   * - Duration is not submitted directly for this model
   *
   * `t2v` parameters:
   * - Required: `model`, `prompt`
   * - Optional: `duration` / `seconds`, `size`, `aspect_ratio`, `seed`
   * - `image`, `images`, `video_url`, and `reference_video_urls` are not supported
   *
   * `i2v` parameters:
   * - Required: `model`, plus exactly one first-frame image source
   * - Supported image sources: `image`, `images[0]`, `first_frame_url`, or `media[0].url`
   * - `media[0].type` only supports `first_frame`
   * - At most one image is allowed; reference video input is not supported
   * - `prompt` is optional
   *
   * `r2v` parameters:
   * - Required: `model`, `prompt`, plus 1 to 9 reference images
   * - Supported reference image sources: `image`, `images`, `reference_image_urls`, `media[].url`, or `metadata.reference_image_urls`
   * - `media[].type` only supports `reference_image`
   * - Supports `aspect_ratio`, `duration` / `seconds`, `size`, and `seed`
   * - Reference video input is not supported
   *
   * `video-edit` parameters:
   * - Required: `model`, `prompt`, plus one source video
   * - Supported video sources: `video_url`, `media[].type=video`, or `metadata.video_url`
   * - Optional reference images: `reference_image_urls` or `media[].type=reference_image`, at most 5 reference images
   * - Supports `size`, `audio_setting`, and `seed`
   *
   * `POST /v1/videos` (variant `#happyhorse` of this endpoint)
   */
  createHappyhorse(
    request: { body: Happyhorse10VideoCreateRequest },
    options?: RequestOptions,
  ): APIPromise<ImaProCreateResponse> {
    return createVideosHappyhorse(this.client, request, options);
  }

  /**
   * Query HappyHorse video task
   *
   * Use the real endpoint `GET /v1/videos/{task_id}` to query the task status of `happyhorse-1.0-t2v`, `happyhorse-1.0-i2v`, `happyhorse-1.0-r2v`, or `happyhorse-1.0-video-edit`. If `amount_usd` appears in a successful response, it is the USD amount for the completed task.
   *
   * `GET /v1/videos/{task_id}` (variant `#happyhorse` of this endpoint)
   */
  retrieveHappyhorse(request: GetVideosHappyhorseParams, options?: RequestOptions): APIPromise<ImaProQueryResponse> {
    return getVideosHappyhorse(this.client, request, options);
  }

  /**
   * Create Kling v3 Video task
   *
   * Use the real endpoint `POST /v1/videos` to submit a `kling-v3-video` task.
   *
   * Supported categories:
   * - `text_to_video`
   * - `image_to_video`
   * - `first_last_frame_to_video`
   * - `reference_image_to_video`
   *
   * Parameters:
   * - Duration: `3~15s`
   * - `mode`: `std` or `pro`
   * - `sound`: `on` or `off`
   * - `aspect_ratio`: `16:9`, `9:16`, or `1:1`
   * - `shot_type`: `customize` or `intelligence`
   * - URL image inputs use `image`, `images`, `first_frame_url`, or `last_frame_url` and select image-to-video / first-last-frame modes
   * - The `reference_image_to_video` category supports subject references shaped as `element_list: [{"element_id": 12345}]`
   * - `camera_control` is supported for `kling-v3-video`
   * - One output video is returned per task
   *
   * `POST /v1/videos` (variant `#kling-v3-video` of this endpoint)
   */
  createKlingV3Video(
    request: { body: KlingV3VideoCreateRequest },
    options?: RequestOptions,
  ): APIPromise<ImaProCreateResponse> {
    return createVideosKlingV3Video(this.client, request, options);
  }

  /**
   * Query Kling v3 Video task
   *
   * Use the real endpoint `GET /v1/videos/{task_id}` to query a `kling-v3-video` task. If `amount_usd` appears in a successful response, it is the USD amount for the completed task.
   *
   * `GET /v1/videos/{task_id}` (variant `#kling-v3-video` of this endpoint)
   */
  retrieveKlingV3Video(
    request: GetVideosKlingV3VideoParams,
    options?: RequestOptions,
  ): APIPromise<ImaProQueryResponse> {
    return getVideosKlingV3Video(this.client, request, options);
  }

  /**
   * Create Kling v3 Omni Video task
   *
   * Use the real endpoint `POST /v1/videos` to submit a `kling-v3-omni-video` task.
   *
   * Supported categories:
   * - `text_to_video`
   * - `image_to_video`
   * - `first_last_frame_to_video`
   * - `reference_image_to_video`
   *
   * Parameters:
   * - Duration: `3~15s`
   * - `mode`: `std` or `pro`
   * - `sound`: `on` or `off`
   * - `aspect_ratio`: `16:9`, `9:16`, or `1:1`
   * - `shot_type`: only `customize` is supported
   * - `video_url` / `video_list` indicate video input; this shape only supports `3~10s`, and `sound=on` with `video_url` / `video_list` returns 400
   * - `image_list` uses `image_url` with optional `type` of only `first_frame` or `end_frame`
   * - `element_list` supports subject references shaped as `{ element_id }`; media URLs must use `image_list` or `video_list`
   * - `image`, `images`, and reference-image compatibility fields are accepted as image inputs
   * - One output video is returned per task
   *
   * `POST /v1/videos` (variant `#kling-v3-omni-video` of this endpoint)
   */
  createKlingV3OmniVideo(
    request: { body: KlingV3OmniVideoCreateRequest },
    options?: RequestOptions,
  ): APIPromise<ImaProCreateResponse> {
    return createVideosKlingV3OmniVideo(this.client, request, options);
  }

  /**
   * Query Kling v3 Omni Video task
   *
   * Use the real endpoint `GET /v1/videos/{task_id}` to query a `kling-v3-omni-video` task. If `amount_usd` appears in a successful response, it is the USD amount for the completed task.
   *
   * `GET /v1/videos/{task_id}` (variant `#kling-v3-omni-video` of this endpoint)
   */
  retrieveKlingV3OmniVideo(
    request: GetVideosKlingV3OmniVideoParams,
    options?: RequestOptions,
  ): APIPromise<ImaProQueryResponse> {
    return getVideosKlingV3OmniVideo(this.client, request, options);
  }

  /**
   * Submit Kling video task (OpenAI compatible endpoint)
   *
   * OpenAI compatible submission endpoint for legacy Kling video models. This document only shows the Kling model-family request body under `POST /v1/videos`; do not merge other video model families into this page.
   *
   * **Actual request path:** `POST /v1/videos`
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
   * **Parameters:**
   * - `prompt`: text prompt.
   * - `image`: optional first-frame or reference image URL.
   * - `image_tail`: optional last-frame URL for first/last-frame mode.
   * - `duration`: duration, 5 or 10 seconds.
   * - `aspect_ratio`: `1:1`, `16:9`, or `9:16`.
   * - `mode`: `std` or `pro`.
   *
   * **Endpoint-family note:** This is the Kling family documentation page for `/v1/videos`. The import OpenAPI materializes it with the other families on the same real endpoint into one sendable contract.
   *
   * `POST /v1/videos` (variant `#kling` of this endpoint)
   */
  createKling(request: { body: KlingVideoRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse> {
    return createKlingOpenAIVideoTask(this.client, request, options);
  }

  /**
   * Submit Vidu video task (OpenAI compatible endpoint)
   *
   * OpenAI compatible submission endpoint for Vidu video models. This document only shows the Vidu model-family request body under `POST /v1/videos`; do not merge other video model families into this page.
   *
   * **Actual request path:** `POST /v1/videos`
   *
   * **Supported models:**
   * - `viduq1` (fixed 1080P/5s)
   * - `viduq2` (text-to-video, supports 540P-1080P)
   * - `viduq2-pro` (image-to-video only, supports 540P-1080P)
   * - `viduq2-turbo` (image-to-video only, supports 540P-1080P)
   * - `viduq3-pro` (text-to-video / image-to-video, billed per second)
   * - `viduq3-turbo` (text-to-video / image-to-video, billed per second)
   *
   * **Parameters:**
   * - `prompt`: required for text-to-video.
   * - `images`: image URL array for image-to-video. Single image = reference image; two images = first and last frames.
   * - `duration`: duration, default 5. viduq1 is fixed to 5s; viduq3 supports 1-16s.
   * - `metadata.resolution`: resolution: `540p`, `720p`, or `1080p`.
   *
   * **Endpoint-family note:** This is the Vidu family documentation page for `/v1/videos`. The import OpenAPI materializes it with the other families on the same real endpoint into one sendable contract.
   *
   * `POST /v1/videos` (variant `#vidu` of this endpoint)
   */
  createVidu(request: { body: ViduVideoRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse> {
    return createViduOpenAIVideoTask(this.client, request, options);
  }

  /**
   * Create Pixverse video task (OpenAI compatible endpoint)
   *
   * OpenAI-compatible submission endpoint for Pixverse video models. This page only shows the Pixverse model family request body under `POST /v1/videos`.
   *
   * **Actual request path:** `POST /v1/videos`
   *
   * **Supported models:**
   * - `pixverse-c1`
   * - `pixverse-v6`
   *
   * **Parameters:**
   * - `prompt`: required.
   * - `duration`: duration in seconds, default 5.
   * - `size`: aspect ratio, default `16:9`; also supports `9:16` and `1:1`.
   * - `quality`: resolution tier, one of `360p`, `540p`, `720p`, `1080p`.
   * - `metadata.audio` or `metadata.generate_audio_switch`: whether to generate audio.
   * - `metadata.img_id`: Pixverse image ID; when present, the task is submitted as image-to-video.
   *
   * After successful submission, the response returns a task ID. Use `GET /v1/videos/{task_id}` to query status and results.
   *
   * `POST /v1/videos` (variant `#pixverse` of this endpoint)
   */
  createPixverse(
    request: { body: PixverseVideoCreateRequest },
    options?: RequestOptions,
  ): APIPromise<ImaProCreateResponse> {
    return createPixverseOpenAIVideoTask(this.client, request, options);
  }

  /**
   * Create Veo video task (OpenAI compatible endpoint)
   *
   * OpenAI-compatible submission endpoint for Veo video models. This page only shows the Veo model family request body under `POST /v1/videos`.
   *
   * **Actual request path:** `POST /v1/videos`
   *
   * **Supported models:**
   * - `veo-3.0-generate-001`
   * - `veo-3.1-fast-generate-001`
   *
   * **Parameters:**
   * - `prompt`: required.
   * - `duration` / `seconds` / `durationSeconds`: video duration. The current public contract supports only 4 or 8 seconds.
   * - `resolution`: `veo-3.0-generate-001` supports `720p` and `1080p`; `veo-3.1-fast-generate-001` also supports `4k`.
   * - `aspectRatio` / `aspect_ratio`: supports `16:9` and `9:16`.
   * - `image` / `images`: image inputs. For `veo-3.1-fast-generate-001`, pass reference images through `images` (1 to 3 URLs). Two images default to `reference_image_to_video`; set `metadata.role_mode=frame` when the two images are first and last frames. `reference_image_urls` is not read by the Veo 3.1 public request contract.
   *
   * **Endpoint family note:** this is the Veo family page for `/v1/videos`. Import-oriented OpenAPI merges it with other families on the same real endpoint.
   *
   * `POST /v1/videos` (variant `#veo` of this endpoint)
   */
  createVeo(request: { body: VeoVideoCreateRequest }, options?: RequestOptions): APIPromise<ImaProCreateResponse> {
    return createVeoOpenAIVideoTask(this.client, request, options);
  }

  /**
   * Query Seedance video task
   *
   * Poll task results using the public `task_id` returned by the creation interface (OpenAI video object style).
   * Universal query endpoint for all video tasks (Seedance, MiniMax Hailuo, etc.).
   * Authentication: The request header must contain `Authorization: Bearer sk-...`.
   * When the upstream returns, the response will reveal:
   * - `results` (array of video results)
   * - `usage` (token usage)
   * - `error` (error object on failure)
   * **Serious Notice (Must Read)**
   * - If the result resource URL such as `results.url`, `metadata.url` is returned after the query is successful, please download it immediately and persist it yourself.
   * - The platform does not guarantee that the result resource URL will be accessible for a long time, and it will expire after about 30 days by default; do not treat the URL in the query result as a permanent storage address.
   *
   * `GET /v1/videos/{task_id}`
   */
  retrieveSeedanceVideo(request: GetImaProVideoTaskParams, options?: RequestOptions): APIPromise<ImaProQueryResponse> {
    return getImaProVideoTask(this.client, request, options);
  }

  /**
   * Query Pixverse video task
   *
   * Query a Pixverse video task submitted through `POST /v1/videos`.
   *
   * **Actual request path:** `GET /v1/videos/{task_id}`
   *
   * If `amount_usd` appears in a successful response, it is the USD amount for the completed task. Video result URLs are short-term platform-hosted links; download and persist them promptly.
   *
   * `GET /v1/videos/{task_id}` (variant `#pixverse` of this endpoint)
   */
  retrievePixverse(
    request: GetPixverseOpenAIVideoTaskStatusParams,
    options?: RequestOptions,
  ): APIPromise<ImaProQueryResponse> {
    return getPixverseOpenAIVideoTaskStatus(this.client, request, options);
  }

  /**
   * Query Veo video task
   *
   * Query a Veo video task submitted through `POST /v1/videos`.
   *
   * **Actual request path:** `GET /v1/videos/{task_id}`
   *
   * If `amount_usd` appears in a successful response, it is the USD amount for the completed task. Video result URLs are short-term platform-hosted links; download and persist them promptly.
   *
   * `GET /v1/videos/{task_id}` (variant `#veo` of this endpoint)
   */
  retrieveVeo(request: GetVeoOpenAIVideoTaskStatusParams, options?: RequestOptions): APIPromise<ImaProQueryResponse> {
    return getVeoOpenAIVideoTaskStatus(this.client, request, options);
  }

  /**
   * Submit MiniMax video task (OpenAI compatible endpoint)
   *
   * OpenAI compatible submission endpoint for MiniMax video generation. This document is used to display the MiniMax request body of `POST /v1/videos` under the MiniMax video category.
   *
   * **Actual request path:** `POST /v1/videos`
   *
   * **Supported models:**
   * - `MiniMax-Hailuo-02`
   * - `MiniMax-Hailuo-2.3`
   * - `MiniMax-Hailuo-2.3-Fast`
   *
   * **Constraints:**
   * - `MiniMax-Hailuo-2.3-Fast` supports image-to-video only and requires `metadata.first_frame_image`
   * - `duration` only supports `6` or `10`
   * - `size` is checked according to model capabilities: `512p`, `768p`, `1080p`
   *
   * **IMPORTANT NOTICE (MUST READ)**
   * - Input URLs such as `metadata.first_frame_image` are task input references, please confirm they are accessible when submitting.
   *
   * `POST /v1/videos` (variant `#minimax` of this endpoint)
   */
  createMinimax(
    request: { body: MiniMaxVideosCreateRequest },
    options?: RequestOptions,
  ): APIPromise<VideoTaskResponse> {
    return createVideosMinimax(this.client, request, options);
  }

  /** Creates the task and waits until it ends: see {@link createImaProVideoTaskAndWait}. */
  createSeedanceVideoAndWait(
    request: CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createImaProVideoTaskAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetImaProVideoTask}. */
  waitForSeedanceVideo(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetImaProVideoTask(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createVideosWan26AndWait}. */
  createWan26AndWait(
    request: { body: Wan26VideoCreateRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createVideosWan26AndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVideosWan26}. */
  waitForWan26(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetVideosWan26(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createVideosHappyhorseAndWait}. */
  createHappyhorseAndWait(
    request: { body: Happyhorse10VideoCreateRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createVideosHappyhorseAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVideosHappyhorse}. */
  waitForHappyhorse(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetVideosHappyhorse(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createVideosKlingV3VideoAndWait}. */
  createKlingV3VideoAndWait(
    request: { body: KlingV3VideoCreateRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createVideosKlingV3VideoAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVideosKlingV3Video}. */
  waitForKlingV3Video(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetVideosKlingV3Video(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createVideosKlingV3OmniVideoAndWait}. */
  createKlingV3OmniVideoAndWait(
    request: { body: KlingV3OmniVideoCreateRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createVideosKlingV3OmniVideoAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVideosKlingV3OmniVideo}. */
  waitForKlingV3OmniVideo(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetVideosKlingV3OmniVideo(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createKlingOpenAIVideoTaskAndWait}. */
  createKlingAndWait(
    request: { body: KlingVideoRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createKlingOpenAIVideoTaskAndWait(this.client, request, options);
  }

  /** Creates the task and waits until it ends: see {@link createViduOpenAIVideoTaskAndWait}. */
  createViduAndWait(
    request: { body: ViduVideoRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createViduOpenAIVideoTaskAndWait(this.client, request, options);
  }

  /** Creates the task and waits until it ends: see {@link createPixverseOpenAIVideoTaskAndWait}. */
  createPixverseAndWait(
    request: { body: PixverseVideoCreateRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createPixverseOpenAIVideoTaskAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetPixverseOpenAIVideoTaskStatus}. */
  waitForPixverse(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetPixverseOpenAIVideoTaskStatus(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createVeoOpenAIVideoTaskAndWait}. */
  createVeoAndWait(
    request: { body: VeoVideoCreateRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createVeoOpenAIVideoTaskAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetVeoOpenAIVideoTaskStatus}. */
  waitForVeo(taskId: string, options?: WaitOptions<ImaProQueryResponse>): Promise<ImaProQueryResponse> {
    return waitForGetVeoOpenAIVideoTaskStatus(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createVideosMinimaxAndWait}. */
  createMinimaxAndWait(
    request: { body: MiniMaxVideosCreateRequest },
    options?: WaitOptions<ImaProQueryResponse>,
  ): Promise<ImaProQueryResponse> {
    return createVideosMinimaxAndWait(this.client, request, options);
  }
}
