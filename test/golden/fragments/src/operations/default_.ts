// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  DefaultVideoRequest,
  GetVideoTaskParams,
  GetVideosVeoParams,
  KlingVideoRequest,
  VeoVideoRequest,
  VideoTask,
} from '../models.js';

/**
 * Create a video with the default model family
 *
 * `POST /v1/videos`
 */
export function createVideo(
  client: APIClient,
  request: { body: DefaultVideoRequest },
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'createVideo',
      method: 'POST',
      path: '/v1/videos',
      body: request.body,
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
 */
export function createVideosVeo(
  client: APIClient,
  request: { body: VeoVideoRequest },
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'createVideosVeo',
      method: 'POST',
      path: '/v1/videos',
      body: request.body,
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
 */
export function createVideosKling(
  client: APIClient,
  request: { body: KlingVideoRequest },
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'createVideosKling',
      method: 'POST',
      path: '/v1/videos',
      body: request.body,
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
 */
export function getVideoTask(
  client: APIClient,
  request: GetVideoTaskParams,
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'getVideoTask',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: request.path,
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
 */
export function getVideosVeo(
  client: APIClient,
  request: GetVideosVeoParams,
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'getVideosVeo',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: request.path,
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}
