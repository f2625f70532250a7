// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ImaProCreateResponse, VideoTaskResponse, ViduVideoRequest } from '../models.js';

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
 *
 * @example
 * const result = await createViduVideoTask(client, {
 *   model: "viduq1",
 *   prompt: "A golden retriever running on a sunny beach with waves crashing in the background",
 * });
 */
export function createViduVideoTask(
  client: APIClient,
  params: ViduVideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'createViduVideoTask',
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
 *
 * @example
 * const result = await getViduVideoTaskStatus(client, "abc123");
 */
export function getViduVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'getViduVideoTaskStatus',
      method: 'GET',
      path: '/v1/video/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
