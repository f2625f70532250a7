// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  ImaProCreateResponse,
  ImaProQueryResponse,
  PixverseVideoCreateRequest,
  VideoTaskResponse,
} from '../models.js';

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
 * Create Pixverse video task
 *
 * Pixverse video generation endpoint using asynchronous tasks.
 *
 * **Actual request path:** `POST /v1/video/generations`
 *
 * The same request body is also compatible with `POST /v1/videos`. This page only covers the Pixverse model family to avoid mixing it with MiniMax, Vidu, Kling, or other shared endpoint families.
 *
 * `POST /v1/video/generations` (variant `#pixverse` of this endpoint)
 *
 * @example
 * const result = await createPixverseVideoTask(client, {
 *   model: "pixverse-c1",
 *   prompt: "A cinematic city street at night with neon reflections",
 *   duration: 5,
 *   size: "16:9",
 *   quality: "720p",
 * });
 */
export function createPixverseVideoTask(
  client: APIClient,
  params: PixverseVideoCreateRequest,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'createPixverseVideoTask',
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
 * Query Pixverse video task
 *
 * Query a Pixverse video asynchronous task submitted through `POST /v1/video/generations`.
 *
 * **Actual request path:** `GET /v1/video/generations/{task_id}`
 *
 * `GET /v1/video/generations/{task_id}` (variant `#pixverse` of this endpoint)
 *
 * @example
 * const result = await getPixverseVideoTaskStatus(client, "abc123");
 */
export function getPixverseVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return client.request<VideoTaskResponse>(
    {
      operation: 'getPixverseVideoTaskStatus',
      method: 'GET',
      path: '/v1/video/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
