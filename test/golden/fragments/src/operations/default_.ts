// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { DefaultVideoRequest, KlingVideoRequest, VeoVideoRequest, VideoTask } from '../models.js';

/**
 * Create a video with the default model family
 *
 * `POST /v1/videos`
 *
 * @example
 * const result = await createVideo(client, {
 *   model: "sora-2",
 *   prompt: "string",
 * });
 */
export function createVideo(
  client: APIClient,
  params: DefaultVideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'createVideo',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}

/**
 * Create a video with a Veo model
 *
 * `POST /v1/videos` (variant `#veo` of this endpoint)
 *
 * @example
 * const result = await createVideosVeo(client, {
 *   model: "veo-3",
 *   prompt: "string",
 * });
 */
export function createVideosVeo(
  client: APIClient,
  params: VeoVideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'createVideosVeo',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}

/**
 * Create a video with a Kling model
 *
 * `POST /v1/videos` (variant `#kling` of this endpoint)
 *
 * @example
 * const result = await createVideosKling(client, {
 *   model: "kling-v2-master",
 *   prompt: "string",
 * });
 */
export function createVideosKling(
  client: APIClient,
  params: KlingVideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'createVideosKling',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}

/**
 * Poll a video task
 *
 * `GET /v1/videos/{task_id}`
 *
 * @example
 * const result = await getVideoTask(client, "abc123");
 */
export function getVideoTask(client: APIClient, taskId: string, options?: RequestOptions): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'getVideoTask',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}

/**
 * Poll a Veo video task
 *
 * `GET /v1/videos/{task_id}` (variant `#veo` of this endpoint)
 *
 * @example
 * const result = await getVideosVeo(client, "abc123");
 */
export function getVideosVeo(client: APIClient, taskId: string, options?: RequestOptions): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'getVideosVeo',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}
