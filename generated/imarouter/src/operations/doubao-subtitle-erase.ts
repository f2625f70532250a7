// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ImaProCreateResponse, ImaProQueryResponse, ImaProSubtitleEraseRequest } from '../models.js';

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
