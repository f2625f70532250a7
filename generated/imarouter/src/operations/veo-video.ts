// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ImaProCreateResponse, ImaProQueryResponse, VeoVideoCreateRequest } from '../models.js';

/**
 * Create Veo video task (OpenAI compatible endpoint)
 *
 * OpenAI-compatible submission endpoint for Veo video models. This page only shows the Veo model family request body under `POST /v1/videos`.
 *
 * **Actual request path:** `POST /v1/videos`
 *
 * **Supported models:**
 * - `veo-3.0-generate-001`
 * - `veo-3.1-fast-generate-001`
 *
 * **Parameters:**
 * - `prompt`: required.
 * - `duration` / `seconds` / `durationSeconds`: video duration. The current public contract supports only 4 or 8 seconds.
 * - `resolution`: `veo-3.0-generate-001` supports `720p` and `1080p`; `veo-3.1-fast-generate-001` also supports `4k`.
 * - `aspectRatio` / `aspect_ratio`: supports `16:9` and `9:16`.
 * - `image` / `images`: image inputs. For `veo-3.1-fast-generate-001`, pass reference images through `images` (1 to 3 URLs). Two images default to `reference_image_to_video`; set `metadata.role_mode=frame` when the two images are first and last frames. `reference_image_urls` is not read by the Veo 3.1 public request contract.
 *
 * **Endpoint family note:** this is the Veo family page for `/v1/videos`. Import-oriented OpenAPI merges it with other families on the same real endpoint.
 *
 * `POST /v1/videos` (variant `#veo` of this endpoint)
 *
 * @example
 * const result = await createVeoOpenAIVideoTask(client, {
 *   model: "veo-3.0-generate-001",
 *   prompt: "A cinematic drone shot over a coastal city at sunrise",
 *   duration: 4,
 *   resolution: "720p",
 *   aspectRatio: "16:9",
 * });
 */
export function createVeoOpenAIVideoTask(
  client: APIClient,
  params: VeoVideoCreateRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createVeoOpenAIVideoTask',
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
 * Query Veo video task
 *
 * Query a Veo video task submitted through `POST /v1/videos`.
 *
 * **Actual request path:** `GET /v1/videos/{task_id}`
 *
 * If `amount_usd` appears in a successful response, it is the USD amount for the completed task. Video result URLs are short-term platform-hosted links; download and persist them promptly.
 *
 * `GET /v1/videos/{task_id}` (variant `#veo` of this endpoint)
 *
 * @example
 * const result = await getVeoOpenAIVideoTaskStatus(client, "abc123");
 */
export function getVeoOpenAIVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getVeoOpenAIVideoTaskStatus',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
