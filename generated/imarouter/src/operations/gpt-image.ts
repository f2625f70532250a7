// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  GptImage2ImageGenerationRequest,
  ImaImageCreateTaskResponse,
  ImaImageTaskFetchResponse,
} from '../models.js';

/**
 * Generate images (gpt-image-2)
 *
 * The OpenAI Images compatible submission endpoint for gpt-image-2. This document entry shows the `POST /v1/images/generations` request body under the gpt-image category.
 *
 * **Actual request path:** `POST /v1/images/generations`
 *
 * **Supported model:**
 * - `gpt-image-2`
 *
 * **Parameters:**
 * - `prompt`: required
 * - `size`: optional
 * - `quality`: optional
 * - `image` / `images`: optional; with image input and no `mask`, the request is treated as `image_to_image`
 * - `mask`: optional; with image input and `mask`, the request is treated as `image_edit`
 * - Optional extended fields: `background`, `input_fidelity`, `moderation`, `n`, `output_compression`, `output_format`
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - The 30-day expiration rule only applies to the image result URL returned by the API; it does not mean input `image` / `images` URLs are actively expired by the platform.
 * - Image result URLs are short-term platform-hosted links. Download and persist them promptly; they expire after about 30 days by default.
 *
 * `POST /v1/images/generations` (variant `#gpt-image` of this endpoint)
 *
 * @example
 * const result = await createImagesGenerationsGptImage(client, {
 *   model: "gpt-image-2",
 *   prompt: "generate a glossy product hero image for a smartwatch",
 *   size: "1024x1024",
 *   quality: "high",
 *   background: "transparent",
 *   output_format: "png",
 * });
 */
export function createImagesGenerationsGptImage(
  client: APIClient,
  params: GptImage2ImageGenerationRequest,
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse> {
  return client.request<ImaImageCreateTaskResponse>(
    {
      operation: 'createImagesGenerationsGptImage',
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
 * Query image task status and results (gpt-image-2)
 *
 * The OpenAI Images compatible fetch endpoint for gpt-image-2. This document entry shows `GET /v1/images/generations/{task_id}` under the gpt-image category.
 *
 * **Actual request path:** `GET /v1/images/generations/{task_id}`
 *
 * If `amount_usd` appears in a successful response, it is the USD amount for the completed image task.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - The 30-day expiration rule only applies to the image result URL returned by the API; it does not mean input `image` / `images` URLs are actively expired by the platform.
 * - If an image result URL is returned, download and persist it promptly; the platform does not guarantee long-term accessibility, and it expires after about 30 days by default.
 *
 * `GET /v1/images/generations/{task_id}` (variant `#gpt-image` of this endpoint)
 *
 * @example
 * const result = await getImagesGenerationsGptImage(client, "abc123");
 */
export function getImagesGenerationsGptImage(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaImageTaskFetchResponse> {
  return client.request<ImaImageTaskFetchResponse>(
    {
      operation: 'getImagesGenerationsGptImage',
      method: 'GET',
      path: '/v1/images/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
