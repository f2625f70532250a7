// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  ImaProCreateResponse,
  ImaProQueryResponse,
  KlingImage2VideoRequest,
  KlingText2VideoRequest,
  KlingUnifiedVideoRequest,
  KlingV3OmniVideoCreateRequest,
  KlingV3VideoCreateRequest,
  KlingVideoRequest,
  VideoTaskResponse,
} from '../models.js';

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
 * Submit Kling text-to-video task
 *
 * Kling text-to-video native endpoint (asynchronous task system). This document only describes the request format of `POST /kling/v1/videos/text2video`.
 *
 * After submission, `task_id` is returned, which can be queried through `GET /kling/v1/videos/text2video/{task_id}`; task query is also compatible with `GET /v1/video/generations/{task_id}` and `GET /v1/videos/{task_id}`.
 *
 * To submit tasks using `POST /v1/video/generations` or `POST /v1/videos`, please check the corresponding endpoint documentation; they use the Unified Video/OpenAI compatible request format and are not exactly the same as Kling's native endpoints.
 *
 * **Supported models:**
 * - `kling-v1`
 * - `kling-v1-6`
 * - `kling-v2-master` (master version, no std/pro distinction)
 * - `kling-v2-1-master` (master version, no std/pro distinction)
 * - `kling-v2-5-turbo`
 * - `kling-v2-6`
 * - `kling-video-o1`
 *
 * **Parameter description:**
 * - `mode`: quality, `std` (standard, default) or `pro` (high quality). The Master Edition model does not have this parameter.
 * - `duration`: duration (seconds), default 5, supports 5 or 10.
 * - `aspect_ratio`: aspect ratio, `1:1` (default), `16:9`, `9:16`. You can also pass `size` to pass the size for automatic mapping.
 * - `cfg_scale`: Generate degrees of freedom, 0~1, default 0.5.
 * - `negative_prompt`: negative prompt word (optional).
 * - `camera_control`: lens control (optional, passed through metadata).
 * - `model`: Kling video model name.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - The video URL returned after the task is completed is a short-term link hosted by the platform. It is recommended to download and persist it immediately after receiving it.
 * - Platform hosting resources expire after about 30 days by default. Please be sure to complete the download and archive within 30 days.
 *
 * `POST /kling/v1/videos/text2video`
 *
 * @example
 * const result = await klingText2Video(client, {
 *   model: "kling-v1-6",
 *   prompt: "A cat playing with a ball of yarn in a sunny room",
 *   mode: "std",
 *   duration: 5,
 *   aspect_ratio: "16:9",
 * });
 */
export function klingText2Video(
  client: APIClient,
  params: KlingText2VideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'klingText2Video',
      method: 'POST',
      path: '/kling/v1/videos/text2video',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Submit Kling image-to-video task
 *
 * Kling image-to-video native endpoint. This document only describes the request format of `POST /kling/v1/videos/image2video`.
 *
 * To submit tasks using `POST /v1/video/generations` or `POST /v1/videos`, please check the corresponding endpoint documentation; they use the unified video/OpenAI compatible request format and are not exactly the same as Kling's native endpoints.
 *
 * **Parameters:**
 * - `model`: Kling video model name.
 * - `image`: required reference image URL.
 * - `image_tail`: optional last-frame image URL for first/last frame mode.
 * - Other parameters are the same as text-to-video.
 *
 * **Input image requirements (important)**
 * - `image` and `image_tail` must be directly downloadable image URLs, and the response body must be a recognizable image. Do not use expired links, login pages, HTML redirect pages, or corrupted files.
 * - The upstream service validates input image dimensions and pixel validity. Images that are too small, have abnormal dimensions, invalid pixels, or unreadable dimensions may fail at terminal status.
 * - If the task returns `Image pixel is invalid`, replace the input with an original image that has valid dimensions and pixels, then resubmit.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - Input URLs such as `image` and `image_tail` are task input references. Please confirm that they are accessible when submitting.
 * - The video URL returned after the task is completed is a short-term link hosted by the platform and will expire after about 30 days by default; please be sure to complete the download and archive within 30 days.
 *
 * `POST /kling/v1/videos/image2video`
 *
 * @example
 * const result = await klingImage2Video(client, {
 *   model: "kling-v1-6",
 *   prompt: "A gentle camera pan revealing the scene",
 *   image: "https://example.com/reference.jpg",
 *   mode: "std",
 *   duration: 5,
 *   aspect_ratio: "16:9",
 * });
 */
export function klingImage2Video(
  client: APIClient,
  params: KlingImage2VideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'klingImage2Video',
      method: 'POST',
      path: '/kling/v1/videos/image2video',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
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
 * Query Kling video task status (text/image modes)
 *
 * Use the `task_id` returned by the Kling text-to-video or image-to-video submission interface to poll the task results.
 *
 * **Can also be queried via the following endpoint (generic): **
 * - `GET /v1/video/generations/{task_id}`
 * - `GET /v1/videos/{task_id}`
 *
 * **Serious Notice (Must Read)**
 * - If the result resource URL such as `results.url`, `metadata.url` is returned after the query is successful, please download it immediately and persist it yourself.
 * - The platform does not guarantee that the result resource URL will be accessible for a long time, and it will expire after about 30 days by default; do not treat the URL in the query result as a permanent storage address.
 *
 * `GET /kling/v1/videos/text2video/{task_id}`
 *
 * @example
 * const result = await getKlingVideoTaskStatus(client, "abc123");
 */
export function getKlingVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'getKlingVideoTaskStatus',
      method: 'GET',
      path: '/kling/v1/videos/text2video/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Get Kling image-to-video task status
 *
 * Poll a task created by `POST /kling/v1/videos/image2video` using the returned `task_id`. The response schema is shared with the text-to-video poll endpoint. The same task can also be queried via `GET /v1/video/generations/{task_id}` or `GET /v1/videos/{task_id}`.
 *
 * `GET /kling/v1/videos/image2video/{task_id}`
 *
 * @example
 * const result = await getKlingImage2VideoTaskStatus(client, "abc123");
 */
export function getKlingImage2VideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'getKlingImage2VideoTaskStatus',
      method: 'GET',
      path: '/kling/v1/videos/image2video/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
