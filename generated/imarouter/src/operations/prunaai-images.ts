// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  ImaImageTaskFetchResponse,
  PrunaImageCreateTaskResponse,
  PrunaImageGenerationRequest,
} from '../models.js';

/**
 * Create a PrunaAI image task
 *
 * OpenAI Images compatible submission endpoint for PrunaAI image models. This entry shows the `POST /v1/images/generations` request body under the PrunaAI Images category.
 *
 * **Actual request path:** `POST /v1/images/generations`
 *
 * **Supported models:**
 * - `prunaai/p-image`: text-to-image, requires `prompt`
 * - `prunaai/p-image-edit`: image edit, requires both `prompt` and image input (`image`, `images`, or `extra_fields.input.images`)
 *
 * **Parameters:**
 * - `prunaai/p-image` supports `prompt`, `size`, `aspect_ratio`, `width`, `height`, `seed`, and `disable_safety_checker`
 * - `prunaai/p-image-edit` supports `prompt`, `image`, `images`, `extra_fields`, `aspect_ratio`, `turbo`, `seed`, and `disable_safety_checker`
 * - `image` or `images` provides input images; `extra_fields` can carry extended parameters
 *
 * **Result lookup:**
 * - After successful submission, the response returns a task ID. Use `GET /v1/images/generations/{task_id}` to query status and results.
 *
 *
 * `POST /v1/images/generations` (variant `#pruna` of this endpoint)
 *
 * @example
 * const result = await createImagesGenerationsPruna(client, {
 *   model: "prunaai/p-image",
 *   prompt: "a clean studio product photo of a ceramic cup",
 *   size: "1024x1024",
 *   aspect_ratio: "1:1",
 *   seed: 0,
 * });
 */
export function createImagesGenerationsPruna(
  client: APIClient,
  params: PrunaImageGenerationRequest,
  options?: RequestOptions,
): APIPromise<PrunaImageCreateTaskResponse> {
  return client.request<PrunaImageCreateTaskResponse>(
    {
      operation: 'createImagesGenerationsPruna',
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
 * Query a PrunaAI image task
 *
 * OpenAI Images compatible fetch endpoint for PrunaAI image models. This entry shows `GET /v1/images/generations/{task_id}` under the PrunaAI Images category.
 *
 * **Actual request path:** `GET /v1/images/generations/{task_id}`
 *
 * A successful response returns the task status and image result URL.
 *
 * **IMPORTANT NOTICE (MUST READ)**
 * - If the image result URL is returned after a successful query, download and persist it promptly; the platform does not guarantee long-term accessibility, and the URL expires after about 30 days by default.
 *
 *
 * `GET /v1/images/generations/{task_id}` (variant `#pruna` of this endpoint)
 *
 * @example
 * const result = await getImagesGenerationsPruna(client, "abc123");
 */
export function getImagesGenerationsPruna(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaImageTaskFetchResponse> {
  return client.request<ImaImageTaskFetchResponse>(
    {
      operation: 'getImagesGenerationsPruna',
      method: 'GET',
      path: '/v1/images/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
