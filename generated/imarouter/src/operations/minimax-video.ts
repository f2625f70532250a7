// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { MiniMaxVideoGenerationRequest, MiniMaxVideosCreateRequest, VideoTaskResponse } from '../models.js';

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
 *
 * @example
 * const result = await createVideoGenerations(client, {
 *   model: "MiniMax-Hailuo-02",
 *   prompt: "A cat playing with a ball of yarn",
 * });
 */
export function createVideoGenerations(
  client: APIClient,
  params: MiniMaxVideoGenerationRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'createVideoGenerations',
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
 *
 * @example
 * const result = await getMiniMaxVideoTaskStatus(client, "abc123");
 */
export function getMiniMaxVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'getMiniMaxVideoTaskStatus',
      method: 'GET',
      path: '/v1/video/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
