// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import type { Unlisted } from '../core/unlisted.js';
import type { JSONValue, VideoTaskResponse } from '../models.js';

export class KlingVideosText2video {
  constructor(private readonly client: APIClient) {}

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
   * Standalone: `klingText2Video(client, …)`; errors: `isAPIError(error, 'klingText2Video')`.
   *
   * @example
   * const result = await client.kling.videos.text2video.create({
   *   model: "kling-v1-6",
   *   prompt: "A cat playing with a ball of yarn in a sunny room",
   *   mode: "std",
   *   duration: 5,
   *   aspect_ratio: "16:9",
   * });
   */
  create(params: KlingText2VideoRequest, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return klingText2Video(this.client, params, options);
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
   * Standalone: `getKlingVideoTaskStatus(client, …)`; errors: `isAPIError(error, 'getKlingVideoTaskStatus')`.
   *
   * @example
   * const result = await client.kling.videos.text2video.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return getKlingVideoTaskStatus(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends. Standalone: `klingText2VideoAndWait(client, …)`. */
  createAndWait(params: KlingText2VideoRequest, options?: WaitOptions<VideoTaskResponse>): Promise<VideoTaskResponse> {
    return klingText2VideoAndWait(this.client, params, options);
  }

  /** Polls until the task ends. Standalone: `waitForGetKlingVideoTaskStatus(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<VideoTaskResponse>): Promise<VideoTaskResponse> {
    return waitForGetKlingVideoTaskStatus(this.client, taskId, options);
  }
}

export class KlingVideosImage2video {
  constructor(private readonly client: APIClient) {}

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
   * Standalone: `klingImage2Video(client, …)`; errors: `isAPIError(error, 'klingImage2Video')`.
   *
   * @example
   * const result = await client.kling.videos.image2video.create({
   *   model: "kling-v1-6",
   *   prompt: "A gentle camera pan revealing the scene",
   *   image: "https://example.com/reference.jpg",
   *   mode: "std",
   *   duration: 5,
   *   aspect_ratio: "16:9",
   * });
   */
  create(params: KlingImage2VideoRequest, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return klingImage2Video(this.client, params, options);
  }

  /**
   * Get Kling image-to-video task status
   *
   * Poll a task created by `POST /kling/v1/videos/image2video` using the returned `task_id`. The response schema is shared with the text-to-video poll endpoint. The same task can also be queried via `GET /v1/video/generations/{task_id}` or `GET /v1/videos/{task_id}`.
   *
   * `GET /kling/v1/videos/image2video/{task_id}`
   *
   * Standalone: `getKlingImage2VideoTaskStatus(client, …)`; errors: `isAPIError(error, 'getKlingImage2VideoTaskStatus')`.
   *
   * @example
   * const result = await client.kling.videos.image2video.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<VideoTaskResponse> {
    return getKlingImage2VideoTaskStatus(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends. Standalone: `klingImage2VideoAndWait(client, …)`. */
  createAndWait(params: KlingImage2VideoRequest, options?: WaitOptions<VideoTaskResponse>): Promise<VideoTaskResponse> {
    return klingImage2VideoAndWait(this.client, params, options);
  }

  /** Polls until the task ends. Standalone: `waitForGetKlingImage2VideoTaskStatus(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<VideoTaskResponse>): Promise<VideoTaskResponse> {
    return waitForGetKlingImage2VideoTaskStatus(this.client, taskId, options);
  }
}

export class KlingVideos {
  readonly text2video: KlingVideosText2video;
  readonly image2video: KlingVideosImage2video;

  constructor(private readonly client: APIClient) {
    this.text2video = new KlingVideosText2video(client);
    this.image2video = new KlingVideosImage2video(client);
  }
}

export class Kling {
  readonly videos: KlingVideos;

  constructor(private readonly client: APIClient) {
    this.videos = new KlingVideos(client);
  }
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

/**
 * Calls {@link klingText2Video}, then polls {@link getKlingVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function klingText2VideoAndWait(
  client: APIClient,
  params: KlingText2VideoRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await klingText2Video(client, params, options);
  return waitForGetKlingVideoTaskStatus(client, taskIdOf(created, ['task_id'], 'klingText2Video') as string, options);
}

/** Polls {@link getKlingVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetKlingVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getKlingVideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link klingImage2Video}, then polls {@link getKlingImage2VideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function klingImage2VideoAndWait(
  client: APIClient,
  params: KlingImage2VideoRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await klingImage2Video(client, params, options);
  return waitForGetKlingImage2VideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'klingImage2Video') as string,
    options,
  );
}

/** Polls {@link getKlingImage2VideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetKlingImage2VideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getKlingImage2VideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/** Kling text-to-video request parameters. Use `model` to specify the Kling video model. */
export interface KlingText2VideoRequest {
  /** Kling video model name. */
  model:
    | 'kling-v1'
    | 'kling-v1-6'
    | 'kling-v2-master'
    | 'kling-v2-1-master'
    | 'kling-v2-5-turbo'
    | 'kling-v2-6'
    | 'kling-video-o1'
    | Unlisted;
  /** Video description prompt words. */
  prompt: string;
  /** Reverse prompt word (optional) describing unwanted content. */
  negative_prompt?: string;
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

/** Kling image-to-video request parameters. Use `model` to specify the Kling video model. */
export interface KlingImage2VideoRequest {
  /** Kling video model name. */
  model:
    | 'kling-v1'
    | 'kling-v1-6'
    | 'kling-v2-master'
    | 'kling-v2-1-master'
    | 'kling-v2-5-turbo'
    | 'kling-v2-6'
    | 'kling-video-o1'
    | Unlisted;
  /** Reference image URL (required for image-to-video). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image: string;
  /** Last-frame image URL (first/last frame mode, optional). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image_tail?: string;
  /** Video description prompt words. Optional when creating a video. */
  prompt?: string;
  /** Reverse prompt word (optional) describing unwanted content. */
  negative_prompt?: string;
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
