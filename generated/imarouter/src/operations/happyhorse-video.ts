// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Happyhorse10VideoCreateRequest, ImaProCreateResponse, ImaProQueryResponse } from '../models.js';

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
