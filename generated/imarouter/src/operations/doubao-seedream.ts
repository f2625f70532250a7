// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  DoubaoSeedream45ImageGenerationRequest,
  DoubaoSeedream50LiteImageGenerationRequest,
  ImaImageCreateTaskResponse,
  ImaImageTaskFetchResponse,
} from '../models.js';

/**
 * Generate images (doubao-seedream-5-0-lite-260128)
 *
 * OpenAI Images compatible submission endpoint for Seedream 5.0 models. This entry shows the `POST /v1/images/generations` request body under the Doubao Seedream category.
 *
 * **Actual request path:** `POST /v1/images/generations`
 *
 * **Supported models:**
 * - `doubao-seedream-5-0-lite-260128`
 * - `seedream-5-0-260128`
 *
 * **Parameters:**
 * - `prompt`: required, up to 600 characters
 * - `size`: optional; supported values are `2K`, `3K`, `2048x2048`, `2304x1728`, `1728x2304`, `2848x1600`, `1600x2848`, `2496x1664`, `1664x2496`, `3136x1344`, `3072x3072`, `3456x2592`, `2592x3456`, `4096x2304`, `2304x4096`, `2496x3744`, `3744x2496`, `4704x2016`
 * - `image` / `images`: optional; with image input the request is treated as image-to-image, up to 14 images
 * - `output_format`: optional, only `jpeg` and `png` are supported
 * - `optimize_prompt_options.mode`: optional, currently only `standard` is supported
 *
 * After successful submission, the response returns a task ID. Use `GET /v1/images/generations/{task_id}` to query status and results.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - The 30-day expiration rule only applies to image result URLs returned by the API; it does not mean input `image` / `images` URLs are actively expired by the platform.
 * - Image result URLs are short-term platform-hosted links. Download and persist them promptly; they expire after about 30 days by default.
 *
 * `POST /v1/images/generations` (variant `#doubao-seedream` of this endpoint)
 *
 * @example
 * const result = await createImagesGenerationsDoubaoSeedream(client, {
 *   model: "doubao-seedream-5-0-lite-260128",
 *   prompt: "generate a cinematic beverage poster with glossy lighting",
 *   size: "2K",
 *   output_format: "png",
 *   optimize_prompt_options: {
 *     mode: "standard",
 *   },
 * });
 */
export function createImagesGenerationsDoubaoSeedream(
  client: APIClient,
  params: DoubaoSeedream50LiteImageGenerationRequest,
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse> {
  return client.request<ImaImageCreateTaskResponse>(
    {
      operation: 'createImagesGenerationsDoubaoSeedream',
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
 * Generate images (doubao-seedream-4-5-251128)
 *
 * OpenAI Images compatible submission endpoint for doubao-seedream-4-5-251128.
 *
 * **Actual request path:** `POST /v1/images/generations`
 *
 * **Parameters:**
 * - `prompt`: required, up to 600 characters
 * - `size`: optional; supported values are `2K`, `4K`, `2048x2048`, `2304x1728`, `1728x2304`, `2560x1440`, `1440x2560`, `2496x1664`, `1664x2496`, `3024x1296`
 * - `image` / `images`: optional; with image input the request is treated as image-to-image, up to 14 images
 *
 * After successful submission, the response returns a task ID. Use `GET /v1/images/generations/{task_id}` to query status and results.
 *
 * `POST /v1/images/generations` (variant `#doubao-seedream-45` of this endpoint)
 *
 * @example
 * const result = await createImagesGenerationsDoubaoSeedream45(client, {
 *   model: "doubao-seedream-4-5-251128",
 *   prompt: "generate a cinematic beverage poster with glossy lighting",
 *   size: "2K",
 * });
 */
export function createImagesGenerationsDoubaoSeedream45(
  client: APIClient,
  params: DoubaoSeedream45ImageGenerationRequest,
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse> {
  return client.request<ImaImageCreateTaskResponse>(
    {
      operation: 'createImagesGenerationsDoubaoSeedream45',
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
 * Query image task status and results (Doubao Seedream)
 *
 * The OpenAI Images compatible fetch endpoint for doubao-seedream-5-0-lite-260128. This document entry shows `GET /v1/images/generations/{task_id}` under the Doubao Seedream category.
 *
 * **Actual request path:** `GET /v1/images/generations/{task_id}`
 *
 * If `amount_usd` appears in a successful response, it is the USD amount for the completed image task.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - The 30-day expiration rule only applies to the image result URL returned by the API; it does not mean input `image` / `images` URLs are actively expired by the platform.
 * - If an image result URL is returned, download and persist it promptly; the platform does not guarantee long-term accessibility, and it expires after about 30 days by default.
 *
 * `GET /v1/images/generations/{task_id}` (variant `#doubao-seedream` of this endpoint)
 *
 * @example
 * const result = await getImagesGenerationsDoubaoSeedream(client, "abc123");
 */
export function getImagesGenerationsDoubaoSeedream(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaImageTaskFetchResponse> {
  return client.request<ImaImageTaskFetchResponse>(
    {
      operation: 'getImagesGenerationsDoubaoSeedream',
      method: 'GET',
      path: '/v1/images/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
