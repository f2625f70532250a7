// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ImaProCreateResponse, ImaProQueryResponse, Wan26VideoCreateRequest } from '../models.js';

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
