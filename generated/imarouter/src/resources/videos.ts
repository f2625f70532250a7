// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import { named, routeOf } from '../core/routing.js';
import type { Unlisted } from '../core/unlisted.js';
import type {
  ImaProCreateResponse,
  ImaProQueryResponse,
  JSONValue,
  PixverseVideoCreateRequest,
  VideoTaskResponse,
  ViduVideoRequest,
} from '../models.js';

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
 *
 * @example
 * const result = await createImaProVideoTask(client, {
 *   model: "seedance-2.0-fast",
 *   prompt: "Time-lapse photography of the city in the early morning, with warm colors and a cinematic feel.",
 *   duration: 5,
 *   metadata: {
 *     resolution: "720p",
 *   },
 * });
 */
export function createImaProVideoTask(
  client: APIClient,
  params: CreateImaProVideoTaskParams,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  const { 'x-moderation': $0, ...body } = params;
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createImaProVideoTask',
      method: 'POST',
      path: '/v1/videos',
      headers: { 'x-moderation': $0 },
      body: body,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await createVideosWan26(client, {
 *   model: "wan2.6-t2v",
 *   prompt: "清晨城市延时摄影，暖色调，电影感。",
 *   duration: 5,
 *   size: "720P",
 * });
 */
export function createVideosWan26(
  client: APIClient,
  params: Wan26VideoCreateRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createVideosWan26',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query Wan2.6 video task
 *
 * Use the real endpoint `GET /v1/videos/{task_id}`. If `amount_usd` appears in a successful response, it is the USD amount for the completed task.
 *
 * `GET /v1/videos/{task_id}` (variant `#wan26` of this endpoint)
 *
 * @example
 * const result = await getVideosWan26(client, "abc123");
 */
export function getVideosWan26(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getVideosWan26',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await createVideosHappyhorse(client, {
 *   model: "happyhorse-1.0-t2v",
 *   prompt: "A luminous futuristic horse runs through a neon city street with cinematic motion.",
 *   duration: 8,
 *   size: "720P",
 *   aspect_ratio: "1:1",
 *   seed: 42,
 * });
 */
export function createVideosHappyhorse(
  client: APIClient,
  params: Happyhorse10VideoCreateRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createVideosHappyhorse',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query HappyHorse video task
 *
 * Use the real endpoint `GET /v1/videos/{task_id}` to query the task status of `happyhorse-1.0-t2v`, `happyhorse-1.0-i2v`, `happyhorse-1.0-r2v`, or `happyhorse-1.0-video-edit`. If `amount_usd` appears in a successful response, it is the USD amount for the completed task.
 *
 * `GET /v1/videos/{task_id}` (variant `#happyhorse` of this endpoint)
 *
 * @example
 * const result = await getVideosHappyhorse(client, "abc123");
 */
export function getVideosHappyhorse(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getVideosHappyhorse',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await createVideosKlingV3Video(client, {
 *   model: "kling-v3-video",
 *   prompt: "A cinematic tracking shot of a horse running through rain at night.",
 *   duration: 5,
 *   aspect_ratio: "16:9",
 *   mode: "std",
 *   sound: "off",
 * });
 */
export function createVideosKlingV3Video(
  client: APIClient,
  params: KlingV3VideoCreateRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createVideosKlingV3Video',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query Kling v3 Video task
 *
 * Use the real endpoint `GET /v1/videos/{task_id}` to query a `kling-v3-video` task. If `amount_usd` appears in a successful response, it is the USD amount for the completed task.
 *
 * `GET /v1/videos/{task_id}` (variant `#kling-v3-video` of this endpoint)
 *
 * @example
 * const result = await getVideosKlingV3Video(client, "abc123");
 */
export function getVideosKlingV3Video(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getVideosKlingV3Video',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await createVideosKlingV3OmniVideo(client, {
 *   model: "kling-v3-omni-video",
 *   prompt: "A cinematic shot of a glass sculpture forming from light.",
 *   duration: 5,
 *   aspect_ratio: "16:9",
 *   mode: "std",
 *   sound: "off",
 * });
 */
export function createVideosKlingV3OmniVideo(
  client: APIClient,
  params: KlingV3OmniVideoCreateRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createVideosKlingV3OmniVideo',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query Kling v3 Omni Video task
 *
 * Use the real endpoint `GET /v1/videos/{task_id}` to query a `kling-v3-omni-video` task. If `amount_usd` appears in a successful response, it is the USD amount for the completed task.
 *
 * `GET /v1/videos/{task_id}` (variant `#kling-v3-omni-video` of this endpoint)
 *
 * @example
 * const result = await getVideosKlingV3OmniVideo(client, "abc123");
 */
export function getVideosKlingV3OmniVideo(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getVideosKlingV3OmniVideo',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await createKlingOpenAIVideoTask(client, {
 *   model: "kling-v1-6",
 *   prompt: "A cat playing with a ball of yarn in a sunny room",
 *   duration: 5,
 *   aspect_ratio: "16:9",
 *   mode: "std",
 *   cfg_scale: 0.5,
 * });
 */
export function createKlingOpenAIVideoTask(
  client: APIClient,
  params: KlingVideoRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createKlingOpenAIVideoTask',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await createViduOpenAIVideoTask(client, {
 *   model: "viduq1",
 *   prompt: "A golden retriever running on a sunny beach with waves crashing in the background",
 * });
 */
export function createViduOpenAIVideoTask(
  client: APIClient,
  params: ViduVideoRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createViduOpenAIVideoTask',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await createPixverseOpenAIVideoTask(client, {
 *   model: "pixverse-c1",
 *   prompt: "A cinematic city street at night with neon reflections",
 *   duration: 5,
 *   size: "16:9",
 *   quality: "720p",
 * });
 */
export function createPixverseOpenAIVideoTask(
  client: APIClient,
  params: PixverseVideoCreateRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createPixverseOpenAIVideoTask',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await createVeoOpenAIVideoTask(client, {
 *   model: "veo-3.0-generate-001",
 *   prompt: "A cinematic drone shot over a coastal city at sunrise",
 *   duration: 4,
 *   resolution: "720p",
 *   aspectRatio: "16:9",
 * });
 */
export function createVeoOpenAIVideoTask(
  client: APIClient,
  params: VeoVideoCreateRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createVeoOpenAIVideoTask',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

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
 * @example
 * const result = await createImaProSubtitleEraseTask(client, {
 *   model: "doubao-video-subtitle-erase-cn",
 *   video_url: "https://example.com/input.mp4",
 * });
 */
export function createImaProSubtitleEraseTask(
  client: APIClient,
  params: ImaProSubtitleEraseRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createImaProSubtitleEraseTask',
      method: 'POST',
      path: '/v1/videos/subtitle-erase',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 * @example
 * const result = await getImaProSubtitleEraseTask(client, "abc123");
 */
export function getImaProSubtitleEraseTask(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getImaProSubtitleEraseTask',
      method: 'GET',
      path: '/v1/videos/subtitle-erase/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await getImaProVideoTask(client, "abc123");
 */
export function getImaProVideoTask(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getImaProVideoTask',
      method: 'GET',
      path: '/v1/videos/{task_id}',
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
 * Query a Pixverse video task submitted through `POST /v1/videos`.
 *
 * **Actual request path:** `GET /v1/videos/{task_id}`
 *
 * If `amount_usd` appears in a successful response, it is the USD amount for the completed task. Video result URLs are short-term platform-hosted links; download and persist them promptly.
 *
 * `GET /v1/videos/{task_id}` (variant `#pixverse` of this endpoint)
 *
 * @example
 * const result = await getPixverseOpenAIVideoTaskStatus(client, "abc123");
 */
export function getPixverseOpenAIVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getPixverseOpenAIVideoTaskStatus',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await getVeoOpenAIVideoTaskStatus(client, "abc123");
 */
export function getVeoOpenAIVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getVeoOpenAIVideoTaskStatus',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 *
 * @example
 * const result = await createVideosMinimax(client, {
 *   model: "MiniMax-Hailuo-02",
 *   prompt: "A cat playing with a ball of yarn",
 *   duration: 6,
 *   size: "1080p",
 * });
 */
export function createVideosMinimax(
  client: APIClient,
  params: MiniMaxVideosCreateRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'createVideosMinimax',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/** Every `model` value `POST /v1/videos` lists, in spec order (for pickers and validation). */
export const createVideosModels = [
  'seedance-2.0',
  'seedance-2.0-fast',
  'seedance-2.0-cn',
  'seedance-2.0-fast-cn',
  'ima-pro',
  'ima-pro-fast',
  'wan2.6-t2v',
  'wan2.6-i2v',
  'wan2.6-i2v-flash',
  'wan2.6-r2v',
  'happyhorse-1.0-t2v',
  'happyhorse-1.0-i2v',
  'happyhorse-1.0-r2v',
  'happyhorse-1.0-video-edit',
  'kling-v3-video',
  'kling-v3-omni-video',
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
  'veo-3.0-generate-001',
  'veo-3.1-fast-generate-001',
  'MiniMax-Hailuo-02',
  'MiniMax-Hailuo-2.3',
  'MiniMax-Hailuo-2.3-Fast',
] as const;

export type CreateVideosModel = (typeof createVideosModels)[number];

/** The params of each `model` value of `POST /v1/videos`: its variant's. */
export interface CreateVideosRequestByModel {
  'seedance-2.0': CreateImaProVideoTaskParams & { model: 'seedance-2.0' };
  'seedance-2.0-fast': CreateImaProVideoTaskParams & { model: 'seedance-2.0-fast' };
  'seedance-2.0-cn': CreateImaProVideoTaskParams & { model: 'seedance-2.0-cn' };
  'seedance-2.0-fast-cn': CreateImaProVideoTaskParams & { model: 'seedance-2.0-fast-cn' };
  'ima-pro': CreateImaProVideoTaskParams & { model: 'ima-pro' };
  'ima-pro-fast': CreateImaProVideoTaskParams & { model: 'ima-pro-fast' };
  'wan2.6-t2v': Wan26VideoCreateRequest & { model: 'wan2.6-t2v' };
  'wan2.6-i2v': Wan26VideoCreateRequest & { model: 'wan2.6-i2v' };
  'wan2.6-i2v-flash': Wan26VideoCreateRequest & { model: 'wan2.6-i2v-flash' };
  'wan2.6-r2v': Wan26VideoCreateRequest & { model: 'wan2.6-r2v' };
  'happyhorse-1.0-t2v': Happyhorse10VideoCreateRequest & { model: 'happyhorse-1.0-t2v' };
  'happyhorse-1.0-i2v': Happyhorse10VideoCreateRequest & { model: 'happyhorse-1.0-i2v' };
  'happyhorse-1.0-r2v': Happyhorse10VideoCreateRequest & { model: 'happyhorse-1.0-r2v' };
  'happyhorse-1.0-video-edit': Happyhorse10VideoCreateRequest & { model: 'happyhorse-1.0-video-edit' };
  'kling-v3-video': KlingV3VideoCreateRequest & { model: 'kling-v3-video' };
  'kling-v3-omni-video': KlingV3OmniVideoCreateRequest & { model: 'kling-v3-omni-video' };
  'kling-v1': KlingVideoRequest & { model: 'kling-v1' };
  'kling-v1-6': KlingVideoRequest & { model: 'kling-v1-6' };
  'kling-v2-master': KlingVideoRequest & { model: 'kling-v2-master' };
  'kling-v2-1-master': KlingVideoRequest & { model: 'kling-v2-1-master' };
  'kling-v2-5-turbo': KlingVideoRequest & { model: 'kling-v2-5-turbo' };
  'kling-v2-6': KlingVideoRequest & { model: 'kling-v2-6' };
  'kling-video-o1': KlingVideoRequest & { model: 'kling-video-o1' };
  viduq1: ViduVideoRequest & { model: 'viduq1' };
  viduq2: ViduVideoRequest & { model: 'viduq2' };
  'viduq2-pro': ViduVideoRequest & { model: 'viduq2-pro' };
  'viduq2-turbo': ViduVideoRequest & { model: 'viduq2-turbo' };
  'viduq3-pro': ViduVideoRequest & { model: 'viduq3-pro' };
  'viduq3-turbo': ViduVideoRequest & { model: 'viduq3-turbo' };
  'pixverse-c1': PixverseVideoCreateRequest & { model: 'pixverse-c1' };
  'pixverse-v6': PixverseVideoCreateRequest & { model: 'pixverse-v6' };
  'veo-3.0-generate-001': VeoVideoCreateRequest & { model: 'veo-3.0-generate-001' };
  'veo-3.1-fast-generate-001': VeoVideoCreateRequest & { model: 'veo-3.1-fast-generate-001' };
  'MiniMax-Hailuo-02': MiniMaxVideosCreateRequest & { model: 'MiniMax-Hailuo-02' };
  'MiniMax-Hailuo-2.3': MiniMaxVideosCreateRequest & { model: 'MiniMax-Hailuo-2.3' };
  'MiniMax-Hailuo-2.3-Fast': MiniMaxVideosCreateRequest & { model: 'MiniMax-Hailuo-2.3-Fast' };
}

/** What each `model` value of `POST /v1/videos` resolves to. */
export interface CreateVideosResponseByModel {
  'seedance-2.0': ImaProCreateResponse;
  'seedance-2.0-fast': ImaProCreateResponse;
  'seedance-2.0-cn': ImaProCreateResponse;
  'seedance-2.0-fast-cn': ImaProCreateResponse;
  'ima-pro': ImaProCreateResponse;
  'ima-pro-fast': ImaProCreateResponse;
  'wan2.6-t2v': ImaProCreateResponse;
  'wan2.6-i2v': ImaProCreateResponse;
  'wan2.6-i2v-flash': ImaProCreateResponse;
  'wan2.6-r2v': ImaProCreateResponse;
  'happyhorse-1.0-t2v': ImaProCreateResponse;
  'happyhorse-1.0-i2v': ImaProCreateResponse;
  'happyhorse-1.0-r2v': ImaProCreateResponse;
  'happyhorse-1.0-video-edit': ImaProCreateResponse;
  'kling-v3-video': ImaProCreateResponse;
  'kling-v3-omni-video': ImaProCreateResponse;
  'kling-v1': ImaProCreateResponse;
  'kling-v1-6': ImaProCreateResponse;
  'kling-v2-master': ImaProCreateResponse;
  'kling-v2-1-master': ImaProCreateResponse;
  'kling-v2-5-turbo': ImaProCreateResponse;
  'kling-v2-6': ImaProCreateResponse;
  'kling-video-o1': ImaProCreateResponse;
  viduq1: ImaProCreateResponse;
  viduq2: ImaProCreateResponse;
  'viduq2-pro': ImaProCreateResponse;
  'viduq2-turbo': ImaProCreateResponse;
  'viduq3-pro': ImaProCreateResponse;
  'viduq3-turbo': ImaProCreateResponse;
  'pixverse-c1': ImaProCreateResponse;
  'pixverse-v6': ImaProCreateResponse;
  'veo-3.0-generate-001': ImaProCreateResponse;
  'veo-3.1-fast-generate-001': ImaProCreateResponse;
  'MiniMax-Hailuo-02': VideoTaskResponse;
  'MiniMax-Hailuo-2.3': VideoTaskResponse;
  'MiniMax-Hailuo-2.3-Fast': VideoTaskResponse;
}

/** The params fields each `model` value of `POST /v1/videos` requires beside `model`: a list of names, or a union of lists where the value takes one of several sets of fields (`['prompt', 'image'] | ['prompt', 'images']`: params need every field of one of them). */
export interface CreateVideosRequiredFieldsByModel {
  'seedance-2.0': [];
  'seedance-2.0-fast': [];
  'seedance-2.0-cn': [];
  'seedance-2.0-fast-cn': [];
  'ima-pro': [];
  'ima-pro-fast': [];
  'wan2.6-t2v': ['prompt'];
  'wan2.6-i2v': ['image'] | ['images'];
  'wan2.6-i2v-flash': ['image'] | ['images'];
  'wan2.6-r2v': ['image'] | ['images'] | ['reference_video_urls'] | ['video_url'];
  'happyhorse-1.0-t2v': ['prompt'];
  'happyhorse-1.0-i2v': ['image'] | ['images'] | ['first_frame_url'] | ['media'] | ['metadata'];
  'happyhorse-1.0-r2v':
    | ['prompt', 'image']
    | ['prompt', 'images']
    | ['prompt', 'reference_image_urls']
    | ['prompt', 'media']
    | ['prompt', 'metadata'];
  'happyhorse-1.0-video-edit': ['prompt', 'video_url'] | ['prompt', 'media'] | ['prompt', 'metadata'];
  'kling-v3-video': [];
  'kling-v3-omni-video': [];
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
  'veo-3.0-generate-001': ['prompt'];
  'veo-3.1-fast-generate-001': ['prompt'];
  'MiniMax-Hailuo-02': [];
  'MiniMax-Hailuo-2.3': [];
  'MiniMax-Hailuo-2.3-Fast': ['metadata'];
}

/** The `model` values params with the fields `Fields` (beside `model`) suit: each has a set of required fields all among `Fields`, and takes every one of `Fields`. `CreateVideosModelsAccepting<'prompt'>` leaves out the values that need more than a prompt. (The call also checks each field's type, which this does not.) */
export type CreateVideosModelsAccepting<Fields extends string> = {
  [Value in CreateVideosModel]: [
    Exclude<
      Fields,
      CreateVideosRequestByModel[Value] extends infer Variant
        ? Variant extends unknown
          ? keyof Variant
          : never
        : never
    >,
  ] extends [never]
    ? CreateVideosRequiredFieldsByModel[Value] extends infer Choice
      ? Choice extends readonly (infer Field)[]
        ? [Field] extends [Fields]
          ? Value
          : never
        : never
      : never
    : never;
}[CreateVideosModel];

/** Each `model` value's params fields at run time: `required`, one list per way of calling it (see {@link CreateVideosRequiredFieldsByModel}); `accepts`, every field it takes (`undefined`: any). What {@link createVideosModelsAccepting} filters by. */
export const createVideosModelFields: {
  readonly [Value in CreateVideosModel]: {
    readonly required: readonly (readonly string[])[];
    readonly accepts?: readonly string[];
  };
} = {
  'seedance-2.0': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'seedance-2.0-fast': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'seedance-2.0-cn': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'seedance-2.0-fast-cn': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'ima-pro': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'ima-pro-fast': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'wan2.6-t2v': {
    required: [['prompt']],
    accepts: [
      'model',
      'prompt',
      'duration',
      'seconds',
      'size',
      'aspect_ratio',
      'negative_prompt',
      'prompt_extend',
      'seed',
      'shot_type',
      'metadata',
    ],
  },
  'wan2.6-i2v': {
    required: [['image'], ['images']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'duration',
      'seconds',
      'size',
      'negative_prompt',
      'prompt_extend',
      'seed',
      'shot_type',
      'template',
      'metadata',
    ],
  },
  'wan2.6-i2v-flash': {
    required: [['image'], ['images']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'duration',
      'seconds',
      'size',
      'audio',
      'reference_video_urls',
      'negative_prompt',
      'prompt_extend',
      'seed',
      'shot_type',
      'template',
      'metadata',
    ],
  },
  'wan2.6-r2v': {
    required: [['image'], ['images'], ['reference_video_urls'], ['video_url']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'reference_video_urls',
      'video_url',
      'duration',
      'seconds',
      'size',
      'aspect_ratio',
      'negative_prompt',
      'prompt_extend',
      'seed',
      'shot_type',
      'metadata',
    ],
  },
  'happyhorse-1.0-t2v': {
    required: [['prompt']],
    accepts: ['model', 'prompt', 'duration', 'seconds', 'size', 'aspect_ratio', 'seed', 'metadata'],
  },
  'happyhorse-1.0-i2v': {
    required: [['image'], ['images'], ['first_frame_url'], ['media'], ['metadata']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'first_frame_url',
      'media',
      'duration',
      'seconds',
      'size',
      'seed',
      'metadata',
    ],
  },
  'happyhorse-1.0-r2v': {
    required: [
      ['prompt', 'image'],
      ['prompt', 'images'],
      ['prompt', 'reference_image_urls'],
      ['prompt', 'media'],
      ['prompt', 'metadata'],
    ],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'reference_image_urls',
      'media',
      'duration',
      'seconds',
      'size',
      'aspect_ratio',
      'seed',
      'metadata',
    ],
  },
  'happyhorse-1.0-video-edit': {
    required: [
      ['prompt', 'video_url'],
      ['prompt', 'media'],
      ['prompt', 'metadata'],
    ],
    accepts: [
      'model',
      'prompt',
      'video_url',
      'reference_image_urls',
      'media',
      'size',
      'audio_setting',
      'seed',
      'metadata',
    ],
  },
  'kling-v3-video': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'first_frame_url',
      'last_frame_url',
      'element_list',
      'camera_control',
      'duration',
      'seconds',
      'aspect_ratio',
      'mode',
      'sound',
      'negative_prompt',
      'multi_prompt',
      'multi_shot',
      'shot_type',
      'static_mask',
      'voice_list',
      'metadata',
    ],
  },
  'kling-v3-omni-video': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'video_url',
      'video_list',
      'image_list',
      'element_list',
      'first_frame_url',
      'last_frame_url',
      'reference_image_url',
      'reference_image_urls',
      'duration',
      'seconds',
      'aspect_ratio',
      'mode',
      'sound',
      'multi_prompt',
      'multi_shot',
      'shot_type',
      'metadata',
    ],
  },
  'kling-v1': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v1-6': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v2-master': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v2-1-master': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v2-5-turbo': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v2-6': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-video-o1': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  viduq1: { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  viduq2: { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq2-pro': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq2-turbo': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq3-pro': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq3-turbo': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'pixverse-c1': { required: [['prompt']], accepts: ['model', 'prompt', 'duration', 'size', 'quality', 'metadata'] },
  'pixverse-v6': { required: [['prompt']], accepts: ['model', 'prompt', 'duration', 'size', 'quality', 'metadata'] },
  'veo-3.0-generate-001': {
    required: [['prompt']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'duration',
      'seconds',
      'durationSeconds',
      'resolution',
      'aspect_ratio',
      'aspectRatio',
      'size',
      'metadata',
    ],
  },
  'veo-3.1-fast-generate-001': {
    required: [['prompt']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'duration',
      'seconds',
      'durationSeconds',
      'resolution',
      'aspect_ratio',
      'aspectRatio',
      'size',
      'metadata',
    ],
  },
  'MiniMax-Hailuo-02': { required: [[]], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
  'MiniMax-Hailuo-2.3': { required: [[]], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
  'MiniMax-Hailuo-2.3-Fast': { required: [['metadata']], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
};

/** The `model` values, in spec order, that `params` (without `model`) suits by its fields: each has a set of required fields that `params` all has (none `undefined`), and takes every field `params` sets. Typed {@link CreateVideosModelsAccepting} of the params' keys, for a picker. */
export function createVideosModelsAccepting<P extends object>(
  params: P,
): CreateVideosModelsAccepting<Extract<keyof P, string>>[] {
  const present = Object.keys(params).filter((field) => (params as Record<string, unknown>)[field] !== undefined);
  return createVideosModels.filter((value) => {
    const { required, accepts } = createVideosModelFields[value];
    return (
      required.some((set) => set.every((field) => present.includes(field))) &&
      (!accepts || present.every((field) => accepts.includes(field)))
    );
  }) as CreateVideosModelsAccepting<Extract<keyof P, string>>[];
}

const createVideosByModelRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => APIPromise<unknown>>
> = {
  'seedance-2.0': createImaProVideoTask,
  'seedance-2.0-fast': createImaProVideoTask,
  'seedance-2.0-cn': createImaProVideoTask,
  'seedance-2.0-fast-cn': createImaProVideoTask,
  'ima-pro': createImaProVideoTask,
  'ima-pro-fast': createImaProVideoTask,
  'wan2.6-t2v': createVideosWan26,
  'wan2.6-i2v': createVideosWan26,
  'wan2.6-i2v-flash': createVideosWan26,
  'wan2.6-r2v': createVideosWan26,
  'happyhorse-1.0-t2v': createVideosHappyhorse,
  'happyhorse-1.0-i2v': createVideosHappyhorse,
  'happyhorse-1.0-r2v': createVideosHappyhorse,
  'happyhorse-1.0-video-edit': createVideosHappyhorse,
  'kling-v3-video': createVideosKlingV3Video,
  'kling-v3-omni-video': createVideosKlingV3OmniVideo,
  'kling-v1': createKlingOpenAIVideoTask,
  'kling-v1-6': createKlingOpenAIVideoTask,
  'kling-v2-master': createKlingOpenAIVideoTask,
  'kling-v2-1-master': createKlingOpenAIVideoTask,
  'kling-v2-5-turbo': createKlingOpenAIVideoTask,
  'kling-v2-6': createKlingOpenAIVideoTask,
  'kling-video-o1': createKlingOpenAIVideoTask,
  viduq1: createViduOpenAIVideoTask,
  viduq2: createViduOpenAIVideoTask,
  'viduq2-pro': createViduOpenAIVideoTask,
  'viduq2-turbo': createViduOpenAIVideoTask,
  'viduq3-pro': createViduOpenAIVideoTask,
  'viduq3-turbo': createViduOpenAIVideoTask,
  'pixverse-c1': createPixverseOpenAIVideoTask,
  'pixverse-v6': createPixverseOpenAIVideoTask,
  'veo-3.0-generate-001': createVeoOpenAIVideoTask,
  'veo-3.1-fast-generate-001': createVeoOpenAIVideoTask,
  'MiniMax-Hailuo-02': createVideosMinimax,
  'MiniMax-Hailuo-2.3': createVideosMinimax,
  'MiniMax-Hailuo-2.3-Fast': createVideosMinimax,
};

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
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideosByModel(
  client: APIClient,
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
 */
export function createVideosByModel<TModel extends CreateVideosModel>(
  client: APIClient,
  params: CreateVideosRequestByModel[TModel] & { model: TModel },
  options?: RequestOptions,
): APIPromise<CreateVideosResponseByModel[TModel]>;
export function createVideosByModel(
  client: APIClient,
  params: { model?: unknown },
  options?: RequestOptions,
): APIPromise<unknown> {
  return routeOf(createVideosByModelRoutes, params.model, createImaProVideoTask)(
    named(client, 'createVideosByModel'),
    params as never,
    options as never,
  );
}

/** What `createVideosByModelAndWait` resolves to for each `model` value: the finished task of its variant. */
export interface CreateVideosTaskByModel {
  'seedance-2.0': ImaProQueryResponse;
  'seedance-2.0-fast': ImaProQueryResponse;
  'seedance-2.0-cn': ImaProQueryResponse;
  'seedance-2.0-fast-cn': ImaProQueryResponse;
  'ima-pro': ImaProQueryResponse;
  'ima-pro-fast': ImaProQueryResponse;
  'wan2.6-t2v': ImaProQueryResponse;
  'wan2.6-i2v': ImaProQueryResponse;
  'wan2.6-i2v-flash': ImaProQueryResponse;
  'wan2.6-r2v': ImaProQueryResponse;
  'happyhorse-1.0-t2v': ImaProQueryResponse;
  'happyhorse-1.0-i2v': ImaProQueryResponse;
  'happyhorse-1.0-r2v': ImaProQueryResponse;
  'happyhorse-1.0-video-edit': ImaProQueryResponse;
  'kling-v3-video': ImaProQueryResponse;
  'kling-v3-omni-video': ImaProQueryResponse;
  'kling-v1': ImaProQueryResponse;
  'kling-v1-6': ImaProQueryResponse;
  'kling-v2-master': ImaProQueryResponse;
  'kling-v2-1-master': ImaProQueryResponse;
  'kling-v2-5-turbo': ImaProQueryResponse;
  'kling-v2-6': ImaProQueryResponse;
  'kling-video-o1': ImaProQueryResponse;
  viduq1: ImaProQueryResponse;
  viduq2: ImaProQueryResponse;
  'viduq2-pro': ImaProQueryResponse;
  'viduq2-turbo': ImaProQueryResponse;
  'viduq3-pro': ImaProQueryResponse;
  'viduq3-turbo': ImaProQueryResponse;
  'pixverse-c1': ImaProQueryResponse;
  'pixverse-v6': ImaProQueryResponse;
  'veo-3.0-generate-001': ImaProQueryResponse;
  'veo-3.1-fast-generate-001': ImaProQueryResponse;
  'MiniMax-Hailuo-02': ImaProQueryResponse;
  'MiniMax-Hailuo-2.3': ImaProQueryResponse;
  'MiniMax-Hailuo-2.3-Fast': ImaProQueryResponse;
}

const createVideosByModelAndWaitRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => Promise<unknown>>
> = {
  'seedance-2.0': createImaProVideoTaskAndWait,
  'seedance-2.0-fast': createImaProVideoTaskAndWait,
  'seedance-2.0-cn': createImaProVideoTaskAndWait,
  'seedance-2.0-fast-cn': createImaProVideoTaskAndWait,
  'ima-pro': createImaProVideoTaskAndWait,
  'ima-pro-fast': createImaProVideoTaskAndWait,
  'wan2.6-t2v': createVideosWan26AndWait,
  'wan2.6-i2v': createVideosWan26AndWait,
  'wan2.6-i2v-flash': createVideosWan26AndWait,
  'wan2.6-r2v': createVideosWan26AndWait,
  'happyhorse-1.0-t2v': createVideosHappyhorseAndWait,
  'happyhorse-1.0-i2v': createVideosHappyhorseAndWait,
  'happyhorse-1.0-r2v': createVideosHappyhorseAndWait,
  'happyhorse-1.0-video-edit': createVideosHappyhorseAndWait,
  'kling-v3-video': createVideosKlingV3VideoAndWait,
  'kling-v3-omni-video': createVideosKlingV3OmniVideoAndWait,
  'kling-v1': createKlingOpenAIVideoTaskAndWait,
  'kling-v1-6': createKlingOpenAIVideoTaskAndWait,
  'kling-v2-master': createKlingOpenAIVideoTaskAndWait,
  'kling-v2-1-master': createKlingOpenAIVideoTaskAndWait,
  'kling-v2-5-turbo': createKlingOpenAIVideoTaskAndWait,
  'kling-v2-6': createKlingOpenAIVideoTaskAndWait,
  'kling-video-o1': createKlingOpenAIVideoTaskAndWait,
  viduq1: createViduOpenAIVideoTaskAndWait,
  viduq2: createViduOpenAIVideoTaskAndWait,
  'viduq2-pro': createViduOpenAIVideoTaskAndWait,
  'viduq2-turbo': createViduOpenAIVideoTaskAndWait,
  'viduq3-pro': createViduOpenAIVideoTaskAndWait,
  'viduq3-turbo': createViduOpenAIVideoTaskAndWait,
  'pixverse-c1': createPixverseOpenAIVideoTaskAndWait,
  'pixverse-v6': createPixverseOpenAIVideoTaskAndWait,
  'veo-3.0-generate-001': createVeoOpenAIVideoTaskAndWait,
  'veo-3.1-fast-generate-001': createVeoOpenAIVideoTaskAndWait,
  'MiniMax-Hailuo-02': createVideosMinimaxAndWait,
  'MiniMax-Hailuo-2.3': createVideosMinimaxAndWait,
  'MiniMax-Hailuo-2.3-Fast': createVideosMinimaxAndWait,
};

/**
 * Like {@link createVideosByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses).
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideosByModelAndWait(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse>;
/** Like {@link createVideosByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses). */
export function createVideosByModelAndWait<TModel extends CreateVideosModel>(
  client: APIClient,
  params: CreateVideosRequestByModel[TModel] & { model: TModel },
  options?: WaitOptions<CreateVideosTaskByModel[TModel]>,
): Promise<CreateVideosTaskByModel[TModel]>;
export function createVideosByModelAndWait(
  client: APIClient,
  params: { model?: unknown },
  options?: WaitOptions<never>,
): Promise<unknown> {
  return routeOf(createVideosByModelAndWaitRoutes, params.model, createImaProVideoTaskAndWait)(
    named(client, 'createVideosByModel'),
    params as never,
    options as never,
  );
}

/** One call for every variant of `GET /v1/videos/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getVideos')`. */
export function getVideos(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return getVideosWan26(named(client, 'getVideos'), taskId, options);
}

/** Polls {@link getVideos} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideos(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideos(client, taskId, requestOptions),
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
 * Calls {@link createImaProVideoTask}, then polls {@link getImaProVideoTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImaProVideoTaskAndWait(
  client: APIClient,
  params: CreateImaProVideoTaskParams,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createImaProVideoTask(client, params, options);
  return waitForGetImaProVideoTask(client, taskIdOf(created, ['task_id'], 'createImaProVideoTask') as string, options);
}

/** Polls {@link getImaProVideoTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImaProVideoTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImaProVideoTask(client, taskId, requestOptions),
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
 * Calls {@link createVideosWan26}, then polls {@link getVideosWan26} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosWan26AndWait(
  client: APIClient,
  params: Wan26VideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosWan26(client, params, options);
  return waitForGetVideosWan26(client, taskIdOf(created, ['task_id'], 'createVideosWan26') as string, options);
}

/** Polls {@link getVideosWan26} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosWan26(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosWan26(client, taskId, requestOptions),
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
 * Calls {@link createVideosHappyhorse}, then polls {@link getVideosHappyhorse} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosHappyhorseAndWait(
  client: APIClient,
  params: Happyhorse10VideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosHappyhorse(client, params, options);
  return waitForGetVideosHappyhorse(
    client,
    taskIdOf(created, ['task_id'], 'createVideosHappyhorse') as string,
    options,
  );
}

/** Polls {@link getVideosHappyhorse} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosHappyhorse(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosHappyhorse(client, taskId, requestOptions),
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
 * Calls {@link createVideosKlingV3Video}, then polls {@link getVideosKlingV3Video} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosKlingV3VideoAndWait(
  client: APIClient,
  params: KlingV3VideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosKlingV3Video(client, params, options);
  return waitForGetVideosKlingV3Video(
    client,
    taskIdOf(created, ['task_id'], 'createVideosKlingV3Video') as string,
    options,
  );
}

/** Polls {@link getVideosKlingV3Video} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosKlingV3Video(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosKlingV3Video(client, taskId, requestOptions),
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
 * Calls {@link createVideosKlingV3OmniVideo}, then polls {@link getVideosKlingV3OmniVideo} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosKlingV3OmniVideoAndWait(
  client: APIClient,
  params: KlingV3OmniVideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosKlingV3OmniVideo(client, params, options);
  return waitForGetVideosKlingV3OmniVideo(
    client,
    taskIdOf(created, ['task_id'], 'createVideosKlingV3OmniVideo') as string,
    options,
  );
}

/** Polls {@link getVideosKlingV3OmniVideo} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosKlingV3OmniVideo(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosKlingV3OmniVideo(client, taskId, requestOptions),
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
 * Calls {@link createKlingOpenAIVideoTask}, then polls {@link getImaProVideoTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createKlingOpenAIVideoTaskAndWait(
  client: APIClient,
  params: KlingVideoRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createKlingOpenAIVideoTask(client, params, options);
  return waitForGetImaProVideoTask(
    client,
    taskIdOf(created, ['task_id'], 'createKlingOpenAIVideoTask') as string,
    options,
  );
}

/**
 * Calls {@link createViduOpenAIVideoTask}, then polls {@link getImaProVideoTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createViduOpenAIVideoTaskAndWait(
  client: APIClient,
  params: ViduVideoRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createViduOpenAIVideoTask(client, params, options);
  return waitForGetImaProVideoTask(
    client,
    taskIdOf(created, ['task_id'], 'createViduOpenAIVideoTask') as string,
    options,
  );
}

/**
 * Calls {@link createPixverseOpenAIVideoTask}, then polls {@link getPixverseOpenAIVideoTaskStatus} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createPixverseOpenAIVideoTaskAndWait(
  client: APIClient,
  params: PixverseVideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createPixverseOpenAIVideoTask(client, params, options);
  return waitForGetPixverseOpenAIVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createPixverseOpenAIVideoTask') as string,
    options,
  );
}

/** Polls {@link getPixverseOpenAIVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetPixverseOpenAIVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getPixverseOpenAIVideoTaskStatus(client, taskId, requestOptions),
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
 * Calls {@link createVeoOpenAIVideoTask}, then polls {@link getVeoOpenAIVideoTaskStatus} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVeoOpenAIVideoTaskAndWait(
  client: APIClient,
  params: VeoVideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVeoOpenAIVideoTask(client, params, options);
  return waitForGetVeoOpenAIVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createVeoOpenAIVideoTask') as string,
    options,
  );
}

/** Polls {@link getVeoOpenAIVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVeoOpenAIVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVeoOpenAIVideoTaskStatus(client, taskId, requestOptions),
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
 * Calls {@link createImaProSubtitleEraseTask}, then polls {@link getImaProSubtitleEraseTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImaProSubtitleEraseTaskAndWait(
  client: APIClient,
  params: ImaProSubtitleEraseRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createImaProSubtitleEraseTask(client, params, options);
  return waitForGetImaProSubtitleEraseTask(
    client,
    taskIdOf(created, ['task_id'], 'createImaProSubtitleEraseTask') as string,
    options,
  );
}

/** Polls {@link getImaProSubtitleEraseTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImaProSubtitleEraseTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImaProSubtitleEraseTask(client, taskId, requestOptions),
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
 * Calls {@link createVideosMinimax}, then polls {@link getImaProVideoTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosMinimaxAndWait(
  client: APIClient,
  params: MiniMaxVideosCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosMinimax(client, params, options);
  return waitForGetImaProVideoTask(client, taskIdOf(created, ['task_id'], 'createVideosMinimax') as string, options);
}

/** Doubao video subtitle erase task request parameters. Use `doubao-video-subtitle-erase-cn` for the domestic model and `doubao-video-subtitle-erase` for the overseas model. */
export interface ImaProSubtitleEraseRequest {
  /**
   * Model name. `doubao-video-subtitle-erase-cn` is the domestic model, and `doubao-video-subtitle-erase` is the overseas model.
   * @example "doubao-video-subtitle-erase-cn"
   */
  model: 'doubao-video-subtitle-erase-cn' | Unlisted;
  /**
   * The video URL to be processed. The protocol must be `http` or `https`.
   * @example "https://example.com/input.mp4"
   * @format uri
   */
  video_url: string;
}

/**
 * Seedance video (seedance-2.0 / fast / cn)
 * 7 input combinations (consistent with server behavior):
 * 1. Text (`prompt` required)
 * 2. Text + image (`images`, `prompt` optional)
 * 3. Text + video (`metadata.reference_video_urls`, `prompt` optional)
 * 4. Text + image + audio (`images` + `metadata.reference_audio_urls`, `prompt` optional)
 * 5. Text + image + video (`images` + `metadata.reference_video_urls`, `prompt` optional)
 * 6. Text + video + audio (`metadata.reference_video_urls` + `metadata.reference_audio_urls`, `prompt` optional)
 * 7. Text + image + video + audio (`images` + `metadata.reference_video_urls` + `metadata.reference_audio_urls`, `prompt` optional)
 * Image semantic supplement:
 * - Single images and multiple images are processed according to `reference_image` semantics, and `first_frame` / `last_frame` are not automatically inferred.
 */
export interface ImaProVideoCreateRequest {
  /**
   * target model.
   * - `seedance-2.0`: Seedance standard version (overseas)
   * - `seedance-2.0-fast`: Seedance fast version (overseas)
   * - `seedance-2.0-cn`: Seedance standard version (domestic)
   * - `seedance-2.0-fast-cn`: Seedance fast version (domestic)
   * - ~~`ima-pro`~~ (overseas channel historical alias, expired; for backward compatibility, please use seedance-2.0 / seedance-2.0-cn instead)
   * - ~~`ima-pro-fast`~~ (Historical alias for overseas channels, expired; for backward compatibility, please use seedance-2.0-fast / seedance-2.0-fast-cn instead)
   */
  model: 'seedance-2.0' | 'seedance-2.0-fast' | 'seedance-2.0-cn' | 'seedance-2.0-fast-cn' | 'ima-pro' | 'ima-pro-fast';
  /**
   * Main prompt word. Only the "Text" combination is required; the remaining 6 combinations are optional.
   * Supports both Chinese and English; it is recommended that Chinese should not exceed 500 words and English should not exceed 1,000 words.
   * @minLength 1
   */
  prompt?: string;
  /**
   * Image URL array (supports multiple images).
   * **Important Tip**: Before uploading, please ensure that the URL is accessible when called; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * Two types of URLs are supported:
   * - Publicly accessible URL (`https://...`)
   * - Asset library protocol URL (`asset://asset-...`)
   * Requirements for passing in a single image:
   * - Format: `jpeg`, `png`, `webp`, `bmp`, `tiff`, `gif`
   * - Aspect ratio (width/height): `(0.4,2.5)`
   * - Width, height and length (px): `(300,6000)`
   * -Single image size: `<30MB`
   * - Total request body size: `<=64MB`
   * - Do not use Base64 encoding for large files. It is recommended to use accessible URLs.
   */
  images?: string[];
  /**
   * The URL of the hidden image (only takes effect when `images` is not passed).
   * **Important note**: This link is for task submission, please confirm that it is accessible before submitting; the 30-day expiration rule only applies to the result resource URL returned by the interface, and it is recommended that the output resource be persisted in time after being received.
   * Supports `https://...` and `asset://asset-...`.
   * Image input constraints are consistent with `images` single image requirements.
   * @format uri
   */
  input_reference?: string;
  /**
   * Desired duration (seconds).
   * Allowed range: `4-15` seconds (inclusive).
   * Recommended values: `5`, `10`, `15`.
   * @default 5
   * @minimum 4
   * @maximum 15
   */
  duration?: number;
  /**
   * Duration in string form (seconds), allowed range: `"4"` ~ `"15"`.
   * @pattern ^(?:[4-9]|1[0-5])$
   */
  seconds?: string;
  /**
   * Dimensions (e.g. `1280x720`), used to derive scale and resolution.
   * Constraint: `WxH` must be normalizable to the exact supported ratios (e.g. `16:9`, `9:16`, `1:1`, `4:3`, `3:4`, `21:9`).
   * Note: `854x480` will be normalized to `427:240`, not exactly `16:9`, and will be rejected as `ratio is invalid: 427:240`. 480p 16:9 It is recommended to use `848x480` or pass `metadata.resolution=480p` directly.
   */
  size?: string;
  /** Advanced parameters (optional). */
  metadata?: {
    /**
     * aspect ratio.
     * Support: `16:9`, `4:3`, `1:1`, `3:4`, `9:16`, `21:9`, `adaptive`.
     * - `adaptive`: Automatically select the most appropriate aspect ratio based on input.
     * @example "16:9"
     */
    aspect_ratio?: '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive';
    /**
     * Resolution level (optional).
     * **Divided by model:**
     * - `ima-pro` / `seedance-2.0`: supports `480p`, `720p`, `1080p`; measured text-to-video 1080p requests can be submitted and processed.
     * - `ima-pro-fast` / `seedance-2.0-fast`: text-to-video recommends using `480p` or `720p`; explicitly passing `1080p` for text-to-video will be returned by the upstream with `Invalid parameters`.
     * - If in doubt, prefer not to pass this field or use `720p`.
     * @example "720p"
     */
    resolution?: '480p' | '720p' | '1080p';
    /**
     * Whether to generate audio.
     * Suggestions for avoiding copyright risks:
     * - If you are worried about background music copyright, set `audio=false` first (no background music)
     * - You can specify in the prompt words: no subtitles, no background music, only plot vocals/environmental sound effects/action sound effects
     */
    audio?: boolean | string;
    /**
     * Image role mode.
     * - `reference` (default): unified mapping of images `reference_image`
     * - `frame`: enable first/last-frame semantics (single image = first_frame; two images = first_frame + last_frame)
     * Constraints:
     * - `frame` mode only supports 1-2 images
     * - `frame` mode cannot be mixed with `reference_video_urls`/`reference_audio_urls`
     * @default "reference"
     */
    role_mode?: 'reference' | 'frame';
    /**
     * **Important: Array of reference video URLs (max 3). Please ensure that the input URL is accessible at the time of submission. **
     *
     * Pass in a single reference video requirement:
     * - Format: `mp4`, `mov`
     * - Resolution: `480p`, `720p`
     * - Single video duration: `[2,15]s`
     * - Total duration of all reference videos: `<=15s`
     * - Aspect ratio (width/height): `(0.4,2.5)`
     * - Width and height pixels (width, height): `(300,6000)`
     * - Screen pixels (width × height): `[409600,927408]`
     *   - For example: `640x640=409600` (minimum value)
     *   - For example: `834x1112=927408` (maximum value)
     * -Single video size: `<=50MB`
     * - Frame rate (FPS): `[24,60]`
     * @minItems 1
     * @maxItems 3
     */
    reference_video_urls?: string[];
    /**
     * **Important: Reference audio URL array (max 3). Please ensure that the input URL is accessible at the time of submission. **
     * Passing in a single reference audio requirement:
     * - Format: `wav`, `mp3`
     * - Single audio duration: `[2,15]s`
     * - Total duration of all reference audio: `<=15s`
     * -Single audio size: `<=15MB`
     * - Total request body size: `<=64MB`
     * - Do not use Base64 encoding for large files. It is recommended to use accessible URLs.
     * - The resources are short-term hosted content on the platform. It is recommended to complete the download and archive within 30 days.
     * @minItems 1
     * @maxItems 3
     */
    reference_audio_urls?: string[];
    /**
     * List of optional MCP tools.
     */
    mcp_list?: {
      /**
       * @example "web_search"
       */
      tool_name?: string;
    }[];
    [key: string]:
      | JSONValue
      | ('16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive')
      | ('480p' | '720p' | '1080p')
      | (boolean | string)
      | ('reference' | 'frame')
      | string[]
      | {
          /**
           * @example "web_search"
           */
          tool_name?: string;
        }[]
      | undefined;
  };
}

/**
 * Wan2.6 video (model-dispatched)
 * Wan2.6 video creation request. Dispatches to the concrete video request schema by `model`.
 */
export type Wan26VideoCreateRequest =
  | Wan26T2VVideoCreateRequest
  | Wan26I2VVideoCreateRequest
  | Wan26I2VFlashVideoCreateRequest
  | Wan26R2VVideoCreateRequest;

/**
 * wan2.6-t2v text-to-video
 * Wan2.6 text-to-video request body.
 */
export interface Wan26T2VVideoCreateRequest {
  model: 'wan2.6-t2v';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 800
   */
  prompt: string;
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  size?: Wan26VideoResolution;
  aspect_ratio?: Wan26VideoAspectRatio;
  /** @maxLength 800 */
  negative_prompt?: string;
  /** @default false */
  prompt_extend?: boolean;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  shot_type?: 'single' | 'multi';
  metadata?: Wan26T2VVideoMetadata;
}

/**
 * Video duration in seconds. Supported values: `5`, `10`, `15`.
 * @default 5
 */
export type Wan26VideoDuration15 = 5 | 10 | 15;

/** Video duration as a string or integer. Supported values: `5`, `10`, `15`. */
export type Wan26VideoSeconds15 = (5 | 10 | 15) | ('5' | '10' | '15');

/**
 * Output resolution. Supported values: `720P`, `1080P`.
 * @default "1080P"
 */
export type Wan26VideoResolution = '720P' | '1080P';

/**
 * Output aspect ratio. Supported values: `16:9`, `9:16`, `4:3`, `3:4`, `1:1`.
 * @default "16:9"
 */
export type Wan26VideoAspectRatio = '16:9' | '9:16' | '4:3' | '3:4' | '1:1';

/** Wan2.6 text-to-video metadata. Supports resolution, duration, and aspect ratio under `metadata`. */
export interface Wan26T2VVideoMetadata {
  resolution?: Wan26VideoResolution;
  size?: Wan26VideoResolution;
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  aspect_ratio?: Wan26VideoAspectRatio;
}

/**
 * wan2.6-i2v image-to-video
 * Wan2.6 image-to-video request body. At least one first-frame image source is required.
 */
export type Wan26I2VVideoCreateRequest = {
  model: 'wan2.6-i2v';
  /**
   * Prompt (optional).
   * @maxLength 800
   */
  prompt?: string;
  /**
   * Single first-frame image URL (optional, mutually exclusive with `images`).
   * @format uri
   */
  image?: string;
  /**
   * First-frame image array (optional, mutually exclusive with `image`; currently only 1 image is supported).
   * @minItems 1
   * @maxItems 1
   */
  images?: string[];
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  size?: Wan26VideoResolution;
  /**
   * @maxLength 800
   */
  negative_prompt?: string;
  /**
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  shot_type?: 'single' | 'multi';
  /**
   * @maxLength 100
   */
  template?: string;
  metadata?: Wan26VideoMetadata;
} & (
  | {
      /**
       * Single first-frame image URL (optional, mutually exclusive with `images`).
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * First-frame image array (optional, mutually exclusive with `image`; currently only 1 image is supported).
       * @minItems 1
       * @maxItems 1
       */
      images: string[];
    }
);

/** Shared Wan2.6 image-to-video metadata. `resolution/size` and `duration/seconds` can also be repeated under `metadata`. */
export interface Wan26VideoMetadata {
  resolution?: Wan26VideoResolution;
  size?: Wan26VideoResolution;
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
}

/**
 * wan2.6-i2v-flash fast image-to-video
 * Wan2.6 fast image-to-video request body. Supports audio toggle and reference videos.
 */
export type Wan26I2VFlashVideoCreateRequest = {
  model: 'wan2.6-i2v-flash';
  /**
   * Prompt (optional).
   * @maxLength 800
   */
  prompt?: string;
  /**
   * Single first-frame image URL (optional, mutually exclusive with `images`).
   * @format uri
   */
  image?: string;
  /**
   * First-frame image array (optional, mutually exclusive with `image`; currently only 1 image is supported).
   * @minItems 1
   * @maxItems 1
   */
  images?: string[];
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  size?: Wan26VideoResolution;
  /**
   * Whether to enable audio (optional).
   * @default false
   */
  audio?: boolean;
  /**
   * Reference video URL list (optional, up to 3 items).
   * @minItems 1
   * @maxItems 3
   */
  reference_video_urls?: string[];
  /**
   * @maxLength 800
   */
  negative_prompt?: string;
  /**
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  shot_type?: 'single' | 'multi';
  /**
   * @maxLength 100
   */
  template?: string;
  metadata?: Wan26I2VFlashVideoMetadata;
} & (
  | {
      /**
       * Single first-frame image URL (optional, mutually exclusive with `images`).
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * First-frame image array (optional, mutually exclusive with `image`; currently only 1 image is supported).
       * @minItems 1
       * @maxItems 1
       */
      images: string[];
    }
);

/** Wan2.6 fast image-to-video metadata. Supports resolution, duration, audio toggle, and reference videos under `metadata`. */
export interface Wan26I2VFlashVideoMetadata {
  resolution?: Wan26VideoResolution;
  size?: Wan26VideoResolution;
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  audio?: boolean;
  /**
   * @minItems 1
   * @maxItems 3
   */
  reference_video_urls?: string[];
}

/**
 * wan2.6-r2v reference-to-video
 * Wan2.6 reference-to-video request body. Supports reference image or reference video input.
 */
export type Wan26R2VVideoCreateRequest = {
  model: 'wan2.6-r2v';
  /**
   * Prompt (optional).
   * @maxLength 800
   */
  prompt?: string;
  /**
   * Single reference image URL (optional; constrained with `images`, `reference_video_urls`, and `video_url`).
   * @format uri
   */
  image?: string;
  /**
   * Reference image array (optional; currently only 1 image is supported).
   * @minItems 1
   * @maxItems 1
   */
  images?: string[];
  /**
   * @minItems 1
   * @maxItems 3
   */
  reference_video_urls?: string[];
  /**
   * @format uri
   */
  video_url?: string;
  duration?: Wan26VideoDuration10;
  seconds?: Wan26VideoSeconds10;
  size?: Wan26VideoResolution;
  aspect_ratio?: Wan26VideoAspectRatio;
  /**
   * @maxLength 800
   */
  negative_prompt?: string;
  /**
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  shot_type?: 'single' | 'multi';
  metadata?: Wan26R2VVideoMetadata;
} & (
  | {
      /**
       * Single reference image URL (optional; constrained with `images`, `reference_video_urls`, and `video_url`).
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Reference image array (optional; currently only 1 image is supported).
       * @minItems 1
       * @maxItems 1
       */
      images: string[];
    }
  | {
      /**
       * @minItems 1
       * @maxItems 3
       */
      reference_video_urls: string[];
    }
  | {
      /**
       * @format uri
       */
      video_url: string;
    }
);

/**
 * Video duration in seconds. Supported values: `5`, `10`.
 * @default 5
 */
export type Wan26VideoDuration10 = 5 | 10;

/** Video duration as a string or integer. Supported values: `5`, `10`. */
export type Wan26VideoSeconds10 = (5 | 10) | ('5' | '10');

/** Wan2.6 reference-to-video metadata. Supports resolution, duration, aspect ratio, and reference videos under `metadata`. */
export interface Wan26R2VVideoMetadata {
  resolution?: Wan26VideoResolution;
  size?: Wan26VideoResolution;
  duration?: Wan26VideoDuration10;
  seconds?: Wan26VideoSeconds10;
  aspect_ratio?: Wan26VideoAspectRatio;
  /**
   * @minItems 1
   * @maxItems 3
   */
  reference_video_urls?: string[];
  /** @format uri */
  video_url?: string;
}

/**
 * HappyHorse 1.0 video (model-dispatched)
 * HappyHorse 1.0 video request. The `model` field selects text-to-video, image-to-video, or reference-image-to-video.
 */
export type Happyhorse10VideoCreateRequest =
  | Happyhorse10T2VVideoCreateRequest
  | Happyhorse10I2VVideoCreateRequest
  | Happyhorse10R2VVideoCreateRequest
  | Happyhorse10VideoEditVideoCreateRequest;

/**
 * happyhorse-1.0-t2v text-to-video
 * HappyHorse 1.0 text-to-video request. Only `happyhorse-1.0-t2v` is supported. Image or reference video inputs are not accepted.
 */
export interface Happyhorse10T2VVideoCreateRequest {
  model: 'happyhorse-1.0-t2v';
  /**
   * Text prompt.
   * @minLength 1
   * @maxLength 800
   */
  prompt: string;
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  size?: Happyhorse10T2VVideoResolution;
  aspect_ratio?: Happyhorse10T2VVideoAspectRatio;
  /**
   * Random seed.
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  metadata?: Happyhorse10T2VVideoMetadata;
}

/**
 * Output video duration in seconds.
 * @default 5
 */
export type Happyhorse10T2VVideoDuration = 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;

/** OpenAI-compatible alias for `duration`. */
export type Happyhorse10T2VVideoSeconds =
  | (3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15)
  | ('3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | '11' | '12' | '13' | '14' | '15');

/**
 * Output video resolution. The exact SKU uses the normalized 720p/1080p value.
 * @default "1080P"
 */
export type Happyhorse10T2VVideoResolution = '720P' | '1080P';

/**
 * Output video aspect ratio. The field is exposed according to the current upstream official enum.
 * @default "16:9"
 */
export type Happyhorse10T2VVideoAspectRatio = '16:9' | '9:16' | '1:1' | '4:3' | '3:4';

/** Compatibility object. New clients should prefer top-level fields. */
export interface Happyhorse10T2VVideoMetadata {
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  resolution?: Happyhorse10T2VVideoResolution;
  size?: Happyhorse10T2VVideoResolution;
  aspect_ratio?: Happyhorse10T2VVideoAspectRatio;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
}

/**
 * happyhorse-1.0-i2v image-to-video
 * HappyHorse 1.0 image-to-video request. Only `happyhorse-1.0-i2v` is supported and exactly one first-frame image source is required.
 */
export type Happyhorse10I2VVideoCreateRequest = {
  model: 'happyhorse-1.0-i2v';
  /**
   * Text prompt (optional).
   * @minLength 1
   * @maxLength 800
   */
  prompt?: string;
  /**
   * Single image input used as the first frame.
   * @format uri
   */
  image?: string;
  /**
   * Image input array. Only one image is allowed and it is used as the first frame.
   * @minItems 1
   * @maxItems 1
   */
  images?: string[];
  /**
   * Official first-frame image field. Use one of `image`, `images`, `first_frame_url`, or `media`; the resolved image source must be unique.
   * @format uri
   */
  first_frame_url?: string;
  /**
   * Official media array. Only one item is allowed and `type` must be `first_frame`.
   * @minItems 1
   * @maxItems 1
   */
  media?: {
    /**
     * Media type. Currently only `first_frame` is supported.
     */
    type?: 'first_frame';
    /**
     * First-frame image URL.
     * @format uri
     */
    url: string;
  }[];
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  size?: Happyhorse10T2VVideoResolution;
  /**
   * Random seed.
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  metadata?: Happyhorse10I2VVideoMetadata;
} & (
  | {
      /**
       * Single image input used as the first frame.
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Image input array. Only one image is allowed and it is used as the first frame.
       * @minItems 1
       * @maxItems 1
       */
      images: string[];
    }
  | {
      /**
       * Official first-frame image field. Use one of `image`, `images`, `first_frame_url`, or `media`; the resolved image source must be unique.
       * @format uri
       */
      first_frame_url: string;
    }
  | {
      /**
       * Official media array. Only one item is allowed and `type` must be `first_frame`.
       * @minItems 1
       * @maxItems 1
       */
      media: {
        /**
         * Media type. Currently only `first_frame` is supported.
         */
        type?: 'first_frame';
        /**
         * First-frame image URL.
         * @format uri
         */
        url: string;
      }[];
    }
  | {
      metadata: {
        /**
         * @format uri
         */
        first_frame_url: string;
      };
    }
  | {
      metadata: {
        /**
         * @minItems 1
         * @maxItems 1
         */
        media: {
          type?: 'first_frame';
          /**
           * @format uri
           */
          url: string;
        }[];
      };
    }
);

/** HappyHorse image-to-video compatibility object. New clients should prefer top-level fields. */
export interface Happyhorse10I2VVideoMetadata {
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  resolution?: Happyhorse10T2VVideoResolution;
  size?: Happyhorse10T2VVideoResolution;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  /** @format uri */
  first_frame_url?: string;
  /**
   * @minItems 1
   * @maxItems 1
   */
  media?: {
    type?: 'first_frame';
    /**
     * @format uri
     */
    url: string;
  }[];
}

/**
 * happyhorse-1.0-r2v reference-image-to-video
 * HappyHorse 1.0 reference-image-to-video request. Only `happyhorse-1.0-r2v` is supported and 1 to 9 reference images are required.
 */
export type Happyhorse10R2VVideoCreateRequest = {
  model: 'happyhorse-1.0-r2v';
  /**
   * Text prompt.
   * @minLength 1
   * @maxLength 2500
   */
  prompt: string;
  /**
   * Single image input used as a reference image.
   * @format uri
   */
  image?: string;
  /**
   * Image input array used as reference images. At most 9 images are allowed.
   * @minItems 1
   * @maxItems 9
   */
  images?: string[];
  /**
   * Official reference image URL array. Provide 1 to 9 images.
   * @minItems 1
   * @maxItems 9
   */
  reference_image_urls?: string[];
  /**
   * Official media array. Provide 1 to 9 items and `type` must be `reference_image`.
   * @minItems 1
   * @maxItems 9
   */
  media?: {
    /**
     * Media type. Currently only `reference_image` is supported.
     */
    type?: 'reference_image';
    /**
     * Reference image URL.
     * @format uri
     */
    url: string;
  }[];
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  size?: Happyhorse10T2VVideoResolution;
  aspect_ratio?: Happyhorse10T2VVideoAspectRatio;
  /**
   * Random seed.
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  metadata?: Happyhorse10R2VVideoMetadata;
} & (
  | {
      /**
       * Single image input used as a reference image.
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Image input array used as reference images. At most 9 images are allowed.
       * @minItems 1
       * @maxItems 9
       */
      images: string[];
    }
  | {
      /**
       * Official reference image URL array. Provide 1 to 9 images.
       * @minItems 1
       * @maxItems 9
       */
      reference_image_urls: string[];
    }
  | {
      /**
       * Official media array. Provide 1 to 9 items and `type` must be `reference_image`.
       * @minItems 1
       * @maxItems 9
       */
      media: {
        /**
         * Media type. Currently only `reference_image` is supported.
         */
        type?: 'reference_image';
        /**
         * Reference image URL.
         * @format uri
         */
        url: string;
      }[];
    }
  | {
      metadata: {
        /**
         * @minItems 1
         * @maxItems 9
         */
        reference_image_urls: string[];
      };
    }
  | {
      metadata: {
        /**
         * @minItems 1
         * @maxItems 9
         */
        media: {
          type?: 'reference_image';
          /**
           * @format uri
           */
          url: string;
        }[];
      };
    }
);

/** HappyHorse reference-image-to-video compatibility object. New clients should prefer top-level fields. */
export interface Happyhorse10R2VVideoMetadata {
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  resolution?: Happyhorse10T2VVideoResolution;
  size?: Happyhorse10T2VVideoResolution;
  aspect_ratio?: Happyhorse10T2VVideoAspectRatio;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  /** @format uri */
  reference_image_url?: string;
  /**
   * @minItems 1
   * @maxItems 9
   */
  reference_image_urls?: string[];
  /**
   * @minItems 1
   * @maxItems 9
   */
  media?: {
    type?: 'reference_image';
    /**
     * @format uri
     */
    url: string;
  }[];
}

/**
 * happyhorse-1.0-video-edit video edit
 * HappyHorse 1.0 video-edit request. Only `happyhorse-1.0-video-edit` is supported. Provide a text prompt, one source video, and optional reference images; duration is not exposed for this model.
 */
export type Happyhorse10VideoEditVideoCreateRequest = {
  model: 'happyhorse-1.0-video-edit';
  /**
   * Text prompt (required).
   * @minLength 1
   * @maxLength 2500
   */
  prompt: string;
  /**
   * Source video URL.
   * @format uri
   */
  video_url?: string;
  /**
   * Optional reference image URLs. At most 5 images are allowed.
   * @minItems 1
   * @maxItems 5
   */
  reference_image_urls?: string[];
  /**
   * Official media array. Provide one `video` item and optional `reference_image` items; at most 6 media items are allowed.
   * @minItems 1
   * @maxItems 6
   */
  media?: {
    /**
     * Media type. Supported values are `video` and `reference_image`.
     */
    type: 'video' | 'reference_image';
    /**
     * Media URL.
     * @format uri
     */
    url: string;
  }[];
  size?: Happyhorse10T2VVideoResolution;
  audio_setting?: Happyhorse10VideoEditAudioSetting;
  /**
   * Random seed.
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  metadata?: Happyhorse10VideoEditVideoMetadata;
} & (
  | {
      /**
       * Source video URL.
       * @format uri
       */
      video_url: string;
      media?: never;
      metadata?: {
        video_url?: never;
        media?: never;
      };
    }
  | {
      /**
       * Official media array. Provide one `video` item and optional `reference_image` items; at most 6 media items are allowed.
       * @minItems 1
       * @maxItems 6
       */
      media: {
        /**
         * Media type. Supported values are `video` and `reference_image`.
         */
        type: 'video' | 'reference_image';
        /**
         * Media URL.
         * @format uri
         */
        url: string;
      }[];
      video_url?: never;
      metadata?: {
        video_url?: never;
        media?: never;
      };
    }
  | {
      metadata: {
        /**
         * @format uri
         */
        video_url: string;
        media?: never;
      };
      video_url?: never;
      media?: never;
    }
  | {
      metadata: {
        /**
         * @minItems 1
         * @maxItems 6
         */
        media: {
          type: 'video' | 'reference_image';
          /**
           * @format uri
           */
          url: string;
        }[];
        video_url?: never;
      };
      video_url?: never;
      media?: never;
    }
);

/**
 * Audio handling mode for video edit.
 * @default "auto"
 */
export type Happyhorse10VideoEditAudioSetting = 'auto' | 'origin';

/** HappyHorse video-edit compatibility object. New clients should prefer top-level fields. */
export interface Happyhorse10VideoEditVideoMetadata {
  resolution?: Happyhorse10T2VVideoResolution;
  size?: Happyhorse10T2VVideoResolution;
  audio_setting?: Happyhorse10VideoEditAudioSetting;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  /** @format uri */
  video_url?: string;
  /** @format uri */
  reference_image_url?: string;
  /**
   * @minItems 1
   * @maxItems 5
   */
  reference_image_urls?: string[];
  /**
   * @minItems 1
   * @maxItems 6
   */
  media?: {
    type: 'video' | 'reference_image';
    /**
     * @format uri
     */
    url: string;
  }[];
}

/**
 * kling-v3-video
 * Kling v3 Video request. The `model` field must be `kling-v3-video`.
 */
export interface KlingV3VideoCreateRequest {
  /** Model id. */
  model: 'kling-v3-video';
  /**
   * Text prompt. Required for text-to-video and recommended for image inputs.
   * @minLength 1
   */
  prompt?: string;
  /**
   * Single URL image input used for image-to-video or first-frame generation.
   * @format uri
   */
  image?: string;
  /**
   * URL image input array. Two images select first-last-frame mode unless a category is explicitly provided.
   * @minItems 1
   */
  images?: string[];
  /**
   * First-frame image URL.
   * @format uri
   */
  first_frame_url?: string;
  /**
   * Last-frame image URL.
   * @format uri
   */
  last_frame_url?: string;
  /** Official subject reference list. Each item only supports `element_id`; media URL elements are not supported for this Kling v3 schema. */
  element_list?: KlingV3ElementList;
  /** `kling-v3-video` camera-control object. */
  camera_control?: {
    [key: string]: JSONValue;
  };
  duration?: KlingV3VideoDuration;
  seconds?: KlingV3VideoSeconds;
  aspect_ratio?: KlingV3AspectRatio;
  mode?: KlingV3VideoMode;
  /** Sound generation switch. Use the string `on` or `off`; normal text/image/first-last-frame categories support `on/off`, while subject reference-image mode only supports `off`. */
  sound?: KlingV3Sound;
  /** Negative prompt. */
  negative_prompt?: string;
  /** Multi-shot prompt array. Up to 6 shots. */
  multi_prompt?: KlingV3MultiPrompt;
  /** Whether to enable multi-shot generation. */
  multi_shot?: boolean;
  /** Multi-shot mode type. */
  shot_type?: string;
  /** Static mask object. */
  static_mask?: string;
  /** Voice list. */
  voice_list?: {
    [key: string]: JSONValue;
  }[];
  metadata?: KlingV3VideoMetadata;
}

/**
 * Kling v3 official subject reference list.
 * @minItems 1
 */
export type KlingV3ElementList = {
  /**
   * Subject ID.
   * @example 12345
   * @minimum 1
   */
  element_id: number;
}[];

/** Video duration in seconds. Supported range is 3 through 15 seconds for these models. */
export type KlingV3VideoDuration =
  | (3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15)
  | ('3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | '11' | '12' | '13' | '14' | '15');

/** OpenAI-compatible alias for `duration`. */
export type KlingV3VideoSeconds =
  | (3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15)
  | ('3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | '11' | '12' | '13' | '14' | '15');

/**
 * Supported output aspect ratios: `16:9`, `9:16`, `1:1`.
 * @default "16:9"
 */
export type KlingV3AspectRatio = '16:9' | '9:16' | '1:1';

/**
 * Quality mode for `kling-v3-video` and `kling-v3-omni-video`.
 * @default "std"
 */
export type KlingV3VideoMode = 'std' | 'pro';

/**
 * Sound generation switch. Normal categories support `on/off`; `kling-v3-video` reference-image video and `kling-v3-omni-video` `video_url` / `video_list` reference video input only support `off`.
 * @default "off"
 */
export type KlingV3Sound = 'on' | 'off';

/**
 * Multi-shot prompt array. Each item may include `index`, `prompt`, and `duration`.
 * @maxItems 6
 */
export type KlingV3MultiPrompt = {
  /**
   * @minimum 1
   */
  index?: number;
  /**
   * @maxLength 512
   */
  prompt?: string;
  /**
   * @minimum 1
   */
  duration?: number;
}[];

/** Kling v3 Video compatibility object. New clients should prefer top-level fields. `element_list` only supports `{ element_id }` items. */
export interface KlingV3VideoMetadata {
  aigc_category?: 'text_to_video' | 'image_to_video' | 'first_last_frame_to_video' | 'reference_image_to_video';
  duration?: KlingV3VideoDuration;
  seconds?: KlingV3VideoSeconds;
  aspect_ratio?: KlingV3AspectRatio;
  mode?: KlingV3VideoMode;
  /** Compatibility metadata sound switch. New clients should prefer top-level `sound`; value must be the string `on` or `off`. */
  sound?: KlingV3Sound;
  /** @format uri */
  first_frame_url?: string;
  /** @format uri */
  last_frame_url?: string;
  negative_prompt?: string;
  multi_prompt?: KlingV3MultiPrompt;
  multi_shot?: boolean;
  shot_type?: 'customize' | 'intelligence';
  static_mask?: string;
  voice_list?: {
    [key: string]: JSONValue;
  }[];
  element_list?: KlingV3ElementList;
}

/**
 * kling-v3-omni-video
 * Kling v3 Omni Video request. The `model` field must be `kling-v3-omni-video`.
 */
export interface KlingV3OmniVideoCreateRequest {
  /** Model id. */
  model: 'kling-v3-omni-video';
  /**
   * Text prompt.
   * @minLength 1
   */
  prompt?: string;
  /**
   * Single image input used as first frame or reference image.
   * @format uri
   */
  image?: string;
  /**
   * Image input array.
   * @minItems 1
   */
  images?: string[];
  /**
   * Video input URL. This input form supports only `3~10s` and cannot be combined with `sound=on`.
   * @format uri
   */
  video_url?: string;
  /**
   * Video input list. Items may be URL strings or objects with `video_url`; optional `refer_type` is `feature` or `base`, and `keep_original_sound` is `yes` or `no`. This input form supports only `3~10s` and cannot be combined with `sound=on`.
   * @minItems 1
   */
  video_list?: (
    | string
    | {
        /**
         * @format uri
         */
        url?: string;
        /**
         * @format uri
         */
        video_url?: string;
        refer_type?: 'feature' | 'base';
        keep_original_sound?: 'true' | 'false';
      }
  )[];
  /**
   * Official image input list. For Omni Video use `image_url`; optional `type` only supports `first_frame` and `end_frame`.
   * @minItems 1
   */
  image_list?: (
    | string
    | {
        /**
         * @format uri
         */
        url?: string;
        /**
         * @format uri
         */
        image_url?: string;
        type?: 'first_frame' | 'end_frame';
      }
  )[];
  /** Official subject reference list. Each item only supports `element_id`; media URLs must use `image_list` or `video_list`. */
  element_list?: KlingV3ElementList;
  /**
   * First-frame image URL.
   * @format uri
   */
  first_frame_url?: string;
  /**
   * Last-frame image URL.
   * @format uri
   */
  last_frame_url?: string;
  /**
   * Single reference image URL.
   * @format uri
   */
  reference_image_url?: string;
  /**
   * Reference image URL array.
   * @minItems 1
   */
  reference_image_urls?: string[];
  duration?: KlingV3VideoDuration;
  seconds?: KlingV3VideoSeconds;
  aspect_ratio?: KlingV3AspectRatio;
  mode?: KlingV3VideoMode;
  /** Sound generation switch. Use the string `on` or `off`; normal text/image/first-last-frame/reference-image categories support `on/off`, while `video_url` / `video_list` reference-video input only supports `off`. */
  sound?: KlingV3Sound;
  /** Multi-shot prompt array. Up to 6 shots. */
  multi_prompt?: KlingV3MultiPrompt;
  /** Whether to enable multi-shot generation. */
  multi_shot?: boolean;
  /** Multi-shot mode type. */
  shot_type?: string;
  metadata?: KlingV3OmniVideoMetadata;
}

/** Kling v3 Omni Video compatibility object. New clients should prefer top-level fields. `image_list.type` only supports `first_frame` and `end_frame`; `element_list` only supports `{ element_id }` items. */
export interface KlingV3OmniVideoMetadata {
  aigc_category?: 'text_to_video' | 'image_to_video' | 'first_last_frame_to_video' | 'reference_image_to_video';
  duration?: KlingV3VideoDuration;
  seconds?: KlingV3VideoSeconds;
  aspect_ratio?: KlingV3AspectRatio;
  mode?: KlingV3VideoMode;
  /** Compatibility metadata sound switch. New clients should prefer top-level `sound`; value must be the string `on` or `off`. */
  sound?: KlingV3Sound;
  /** @format uri */
  video_url?: string;
  /** @minItems 1 */
  video_list?: (
    | string
    | {
        /**
         * @format uri
         */
        url?: string;
        /**
         * @format uri
         */
        video_url?: string;
        refer_type?: 'feature' | 'base';
        keep_original_sound?: 'true' | 'false';
      }
  )[];
  /** @minItems 1 */
  image_list?: (
    | string
    | {
        /**
         * @format uri
         */
        url?: string;
        /**
         * @format uri
         */
        image_url?: string;
        type?: 'first_frame' | 'end_frame';
      }
  )[];
  element_list?: KlingV3ElementList;
  /** @format uri */
  first_frame_url?: string;
  /** @format uri */
  last_frame_url?: string;
  /** @format uri */
  reference_image_url?: string;
  /** @minItems 1 */
  reference_image_urls?: string[];
  multi_prompt?: KlingV3MultiPrompt;
  multi_shot?: boolean;
  shot_type?: 'customize';
}

/**
 * Veo video request
 * Veo video generation request body for `veo-3.0-generate-001` and `veo-3.1-fast-generate-001`.
 */
export interface VeoVideoCreateRequest {
  /** Veo video model name. */
  model: 'veo-3.0-generate-001' | 'veo-3.1-fast-generate-001';
  /**
   * Video prompt (required).
   * @minLength 1
   */
  prompt: string;
  /** Optional first-frame image URL. */
  image?: string;
  /**
   * Image URL array. For `veo-3.1-fast-generate-001`, use this field for 1 to 3 reference images. Two images default to reference-image video unless `metadata.role_mode=frame` is set for first/last-frame video. Do not use `reference_image_urls` for Veo 3.1.
   * @minItems 1
   * @maxItems 3
   */
  images?: string[];
  /** Video duration in seconds. Only 4 or 8 is supported. */
  duration?: 4 | 8;
  /** String alias for video duration. Only `"4"` or `"8"` is supported. */
  seconds?: '4' | '8';
  /** Video duration field. Only 4 or 8 is supported. */
  durationSeconds?: 4 | 8;
  /** Output resolution. Veo 3.0 supports 720p/1080p; Veo 3.1 Fast also supports 4k. */
  resolution?: '720p' | '1080p' | '4k';
  /** Output aspect ratio. */
  aspect_ratio?: '16:9' | '9:16';
  /** Output aspect ratio field. */
  aspectRatio?: '16:9' | '9:16';
  /** Optional size string that may derive resolution or aspect ratio. */
  size?: string;
  /** Veo advanced parameters. */
  metadata?: {
    /**
     * Video duration field. Only 4 or 8 is supported.
     */
    durationSeconds?: 4 | 8;
    /**
     * Output resolution.
     */
    resolution?: '720p' | '1080p' | '4k';
    /**
     * Output aspect ratio.
     */
    aspectRatio?: '16:9' | '9:16';
    /**
     * Output aspect ratio alias.
     */
    aspect_ratio?: '16:9' | '9:16';
    /**
     * Negative prompt.
     */
    negativePrompt?: string;
    /**
     * Person generation policy. Allowed values: `allow_all`, `allow_adult`, `dont_allow`.
     */
    personGeneration?: 'allow_all' | 'allow_adult' | 'dont_allow';
    /**
     * Storage URI.
     */
    storageUri?: string;
    /**
     * Compression quality. Allowed values: `optimized`, `lossless`.
     */
    compressionQuality?: 'optimized' | 'lossless';
    /**
     * Resize mode.
     */
    resizeMode?: string;
    /**
     * Random seed.
     */
    seed?: number;
    /**
     * Veo 3.1 image role mode. `reference` keeps `images` as reference images; `frame` treats two images as first and last frames.
     */
    role_mode?: 'reference' | 'frame';
  };
}

/** Kling legacy video (v1 / v1.6 / v2.x / o1) */
export interface KlingVideoRequest {
  /** Kling video model name. */
  model:
    | 'kling-v1'
    | 'kling-v1-6'
    | 'kling-v2-master'
    | 'kling-v2-1-master'
    | 'kling-v2-5-turbo'
    | 'kling-v2-6'
    | 'kling-video-o1';
  /** Video description prompt words. Required when submitting a video. */
  prompt?: string;
  /** Reverse prompt word (optional) describing unwanted content. */
  negative_prompt?: string;
  /** Reference image URL (required for image-to-video). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image?: string;
  /** Last-frame image URL (first/last frame mode, optional). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image_tail?: string;
  /**
   * Quality mode. `std` (standard, default) or `pro` (high quality). Master Edition models do not have this distinction.
   * @default "std"
   */
  mode?: 'std' | 'pro';
  /**
   * Video duration (seconds), supports 5 or 10, default is 5.
   * @default 5
   */
  duration?: 5 | 10;
  /**
   * Aspect ratio, default `1:1`.
   * @default "1:1"
   */
  aspect_ratio?: '1:1' | '16:9' | '9:16';
  /**
   * Generate degrees of freedom, 0~1, default 0.5. The smaller the value, the more free it is, and the larger the value, the closer it is to the prompt word.
   * @default 0.5
   */
  cfg_scale?: number;
  /** Lens control parameters (optional). */
  camera_control?: {
    /**
     * Control type.
     */
    type?: string;
    /**
     * Lens parameters (horizontal, vertical, pan, tilt, roll, zoom).
     */
    config?: { [key: string]: JSONValue };
  };
}

/** MiniMax Hailuo video (OpenAI Videos) */
export type MiniMaxVideosCreateRequest =
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-02';
      size: '512p' | '768p';
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-02';
      size?: '1080p';
      duration?: 6;
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-2.3';
      size: '768p';
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-2.3';
      size?: '1080p';
      duration?: 6;
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-2.3-Fast';
      size: '768p';
      metadata: {
        /**
         * First-frame image URL for image-to-video (required). Please ensure that the input URL is accessible at the time of submission.
         * @format uri
         */
        first_frame_image: string;
      };
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-2.3-Fast';
      size?: '1080p';
      metadata: {
        /**
         * First-frame image URL for image-to-video (required). Please ensure that the input URL is accessible at the time of submission.
         * @format uri
         */
        first_frame_image: string;
      };
      duration?: 6;
    });

export interface MiniMaxVideosCreateRequestBase {
  /** MiniMax video model (openai-videos endpoint). */
  model: 'MiniMax-Hailuo-02' | 'MiniMax-Hailuo-2.3' | 'MiniMax-Hailuo-2.3-Fast';
  /**
   * Video prompt words.
   * @minLength 1
   */
  prompt?: string;
  /**
   * Video duration (seconds), currently only 6 or 10 are supported.
   * @default 6
   */
  duration?: 6 | 10;
  /** Resolution (verified by model capability). */
  size?: '512p' | '768p' | '1080p';
  metadata?: {
    /**
     * First-frame image URL for image-to-video (required). Please ensure that the input URL is accessible at the time of submission.
     * @format uri
     */
    first_frame_image?: string;
    [key: string]: JSONValue | string | undefined;
  };
}

/** The params object of {@link createImaProVideoTask}: body fields and parameters in one object. */
export type CreateImaProVideoTaskParams = ImaProVideoCreateRequest & {
  /**
   * Optional moderation passthrough header. Default is treated as `false`. The server forwards this header upstream only when `x-moderation: enabled` is sent to the Seedance upstream.
   */
  'x-moderation'?: 'enabled';
};
