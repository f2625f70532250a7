// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { GeminiImageGenerationRequest, ImaImageCreateTaskResponse, ImaImageTaskFetchResponse } from '../models.js';

/**
 * Generate Gemini images
 *
 * OpenAI Images compatible endpoint.
 *
 * **Actual request path:** `POST /v1/images/generations`
 *
 * Supported image model families:
 * - Gemini Images: `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, `gemini-3.1-flash-image-preview`
 * - GPT Image: `gpt-image-2`
 * - Doubao Seedream: `doubao-seedream-4-5-251128`, `doubao-seedream-5-0-lite-260128`
 * - Wan Images: `wan2.6-t2i`, `wan2.6-image`, `wan2.7-image`, `wan2.7-image-pro`
 * - PrunaAI Images: `prunaai/p-image`, `prunaai/p-image-edit`
 * - `gemini-3-pro-preview` (text-to-text) is not supported here
 *
 * This page shows the Gemini image request body.
 * - `prompt`: required, up to 10000 characters
 * - `aspect_ratio`: optional, validated by model-specific enum
 * - `size`: optional; `gemini-3-pro-image-preview` supports `1K/2K/4K`, and `gemini-2.5-flash-image` / `gemini-3.1-flash-image-preview` also support `512px`
 * - `image` / `images`: optional for image-to-image, up to 14 images
 * - Input image URL file types: `jpg/png`
 *
 * After successful submission, the response returns a task ID. Use `GET /v1/images/generations/{task_id}` to query status and results.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - The 30-day expiration rule only applies to image result URLs returned by the API; it does not mean input `image` / `images` URLs are actively expired by the platform.
 * - Image result URLs are short-term platform-hosted links. Download and persist them promptly; they expire after about 30 days by default.
 *
 * `POST /v1/images/generations`
 *
 * @example
 * const result = await createImageGenerationTask(client, {
 *   model: "gemini-3-pro-image-preview",
 *   prompt: "a futuristic city at sunset",
 *   aspect_ratio: "16:9",
 *   size: "2K",
 * });
 */
export function createImageGenerationTask(
  client: APIClient,
  params: GeminiImageGenerationRequest,
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse> {
  return client.request<ImaImageCreateTaskResponse>(
    {
      operation: 'createImageGenerationTask',
      method: 'POST',
      path: '/v1/images/generations',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query Gemini image task
 *
 * Query the task submitted through `POST /v1/images/generations`.
 * If `amount_usd` appears in a successful response, it is the USD amount for the completed image task.
 * **IMPORTANT NOTICE (MUST READ)**
 * - The 30-day expiration rule only applies to the image result URL returned by the API; it does not mean input `image` / `images` URLs are actively expired by the platform.
 * - If an image result URL is returned, download and persist it promptly; the platform does not guarantee long-term accessibility, and it expires after about 30 days by default.
 *
 * `GET /v1/images/generations/{task_id}`
 *
 * @example
 * const result = await fetchImageGenerationTask(client, "abc123");
 */
export function fetchImageGenerationTask(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaImageTaskFetchResponse> {
  return client.request<ImaImageTaskFetchResponse>(
    {
      operation: 'fetchImageGenerationTask',
      method: 'GET',
      path: '/v1/images/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
