// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  CreateImagesGenerationsWan26Body,
  ImaImageCreateTaskResponse,
  ImaImageTaskFetchResponse,
  Wan27ImageGenerationRequest,
} from '../models.js';

/**
 * Generate images (wan2.7-image / wan2.7-image-pro)
 *
 * OpenAI Images compatible submission endpoint for Wan image models. This entry shows the `POST /v1/images/generations` request body under the Wan Images category.
 *
 * **Actual request path:** `POST /v1/images/generations`
 *
 * **Supported models:**
 * - `wan2.7-image`
 * - `wan2.7-image-pro` (adds 4K)
 *
 * **Parameters:**
 * - `prompt`: required
 * - `image` / `images`: optional; with image input the request is treated as image-to-image, up to 14 images
 * - `size`: optional
 *   - `wan2.7-image`: supports `1K`, `2K`, or custom `width*height`; total pixels must stay between `768*768` and `2048*2048`, and aspect ratio must stay between `1:8` and `8:1`
 *   - `wan2.7-image-pro`: supports `1K`, `2K`, `4K`, or custom `width*height`
 *   - Only text-to-image without input images and without sequential mode supports `4K` and custom sizes up to `4096*4096`; all other cases only support `2K` and `2048*2048`
 * - Optional extended fields: `bbox_list`/`bboxList`, `color_palette`/`colorPalette`, `enable_sequential`/`enableSequential`, `seed`, `thinking_mode`/`thinkingMode`
 *
 * **Parameter constraints:**
 * - `bbox_list` is only for image-to-image requests with input images; do not send it for text-to-image requests
 * - Do not send `thinking_mode` together with `enable_sequential=true`
 * - Do not send `color_palette` together with `enable_sequential=true`
 *
 * After successful submission, the response returns a task ID. Use `GET /v1/images/generations/{task_id}` to query status and results.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - The 30-day expiration rule only applies to image result URLs returned by the API; it does not mean input parameters are actively expired by the platform.
 * - Image result URLs are short-term platform-hosted links. Download and persist them promptly; they expire after about 30 days by default.
 *
 * `POST /v1/images/generations` (variant `#wan` of this endpoint)
 *
 * @example
 * const result = await createImagesGenerationsWan(client, {
 *   model: "wan2.7-image",
 *   prompt: "电影感插画",
 *   size: "1024*1024",
 *   seed: 12345,
 * });
 */
export function createImagesGenerationsWan(
  client: APIClient,
  params: Wan27ImageGenerationRequest,
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse> {
  return client.request<ImaImageCreateTaskResponse>(
    {
      operation: 'createImagesGenerationsWan',
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
 * Create Wan2.6 image task
 *
 * Wan2.6 image models use the real endpoint `POST /v1/images/generations`.
 *
 * **Supported models:**
 * - `wan2.6-t2i`: text-to-image; `image` / `images` are not allowed
 * - `wan2.6-image`: image-to-image; either `image` or `images` is required
 *
 * **Parameters:**
 * - `prompt`: required, up to 2000 characters
 * - `size`: optional, only one of `1280*1280`, `800*1200`, `1200*800`, `960*1280`, `1280*960`, `720*1280`, `1280*720`, `1344*576`
 * - `negative_prompt`: optional, up to 500 characters
 * - `prompt_extend`: optional
 * - `seed`: optional
 *
 *
 * `POST /v1/images/generations` (variant `#wan26` of this endpoint)
 *
 * @example
 * const result = await createImagesGenerationsWan26(client, {
 *   model: "wan2.6-t2i",
 *   prompt: "一个美丽的日落海景",
 *   size: "1280*1280",
 *   prompt_extend: false,
 *   seed: 12345,
 * });
 */
export function createImagesGenerationsWan26(
  client: APIClient,
  params: CreateImagesGenerationsWan26Body,
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse> {
  return client.request<ImaImageCreateTaskResponse>(
    {
      operation: 'createImagesGenerationsWan26',
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
 * Query image task status and results (wan2.7-image / wan2.7-image-pro)
 *
 * OpenAI Images compatible fetch endpoint for Wan image models. This document entry shows `GET /v1/images/generations/{task_id}` under the Wan Images category.
 *
 * **Actual request path:** `GET /v1/images/generations/{task_id}`
 *
 * If `amount_usd` appears in a successful response, it is the USD amount for the completed image task.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - The 30-day expiration rule only applies to the image result URL returned by the API; it does not mean input parameters are actively expired by the platform.
 * - If an image result URL is returned, download and persist it promptly; the platform does not guarantee long-term accessibility, and it expires after about 30 days by default.
 *
 * `GET /v1/images/generations/{task_id}` (variant `#wan` of this endpoint)
 *
 * @example
 * const result = await getImagesGenerationsWan(client, "abc123");
 */
export function getImagesGenerationsWan(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaImageTaskFetchResponse> {
  return client.request<ImaImageTaskFetchResponse>(
    {
      operation: 'getImagesGenerationsWan',
      method: 'GET',
      path: '/v1/images/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
