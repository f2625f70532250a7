// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  CreateImaProVideoTaskParams,
  ImaProCreateResponse,
  ImaProQueryResponse,
  SeedanceContentsGenerationTaskRequest,
} from '../models.js';

/**
 * Create Seedance video task
 *
 * Submit video tasks using the Seedance model:
 * - `seedance-2.0`
 * - `seedance-2.0-fast`
 * - `seedance-2.0-cn`
 * - `seedance-2.0-fast-cn`
 * - ~~`ima-pro`~~ (Historical alias for overseas channels, expired; for backward compatibility, please use `seedance-2.0` / `seedance-2.0-cn` instead)
 * - ~~`ima-pro-fast`~~ (Historical alias for overseas channels, expired; for backward compatibility, please use `seedance-2.0-fast` / `seedance-2.0-fast-cn` instead)
 * Authentication: The request header must contain `Authorization: Bearer sk-...`.
 * Moderation passthrough: `x-moderation` is treated as `false` by default; to enable moderation passthrough, additionally send the request header `x-moderation: enabled`.
 * Endpoint constraints: `/v1/videos` is the video task endpoint and accepts video models only; use `/v1/images/generations` for image generation models.
 * **IMPORTANT NOTICE (MUST READ)**
 * - `images`, `metadata.reference_video_urls`, `metadata.reference_audio_urls`, `metadata.first_frame_image` and other input URLs (including public network URLs or `asset://...`) are task input references, please confirm that they are accessible when submitting.
 * Commonly used fields:
 * - Text: `prompt`
 * - Images: `images` (supports multiple images)
 * - Reference video: `metadata.reference_video_urls`
 * - Reference audio: `metadata.reference_audio_urls`
 * - Audio switch: `metadata.audio` (it is recommended to set it to `false` first in copyright risk scenarios, that is, no background music)
 * - Size: `size` can be passed `WxH`, but must be normalized to the exact supported ratio; for example `854x480` will be normalized to `427:240`, not exactly `16:9`, and will be rejected as `ratio is invalid: 427:240`. For 480p 16:9, use `848x480` or pass `metadata.resolution=480p` directly.
 *
 * **Important note: Select examples by how they were built**
 * - Text-to-video (text only): refer to `C01 text (seedance-2.0-fast)`, `C01b text 1080p (seedance-2.0)`.
 * - Image-to-video (driven by images): refer to `C02 text + image (1 image)`, `C03 single-image reference`, `C04 single image as first frame`, `C05 two reference images`, `C06 two images as first and last frames`.
 * - Reference-to-video (reference video/audio/portrait protocol participates in generation): refer to `C07 text + video`, `C08 text + image + audio`, `C09 text + image + video`, `C10 text + video + audio`, `C11 text + image + video + audio`, `C12 text + portrait + video + audio`, `C15 text + video portrait protocol`, `C16 text + image + audio portrait protocol`.
 * - Counterexamples and avoidance strategies: refer to `C13 Reference Video Insufficient Pixels (601300)`, `C14 Music Copyright Risk Scenario (Block Background Music First)`.
 *
 * Combinational logic (aligned with ima-router's current behavior):
 * - text (`prompt` required)
 * - text + image (`prompt` optional)
 * - text + video (`prompt` optional)
 * - text + image + audio (`prompt` optional)
 * - text + image + video (`prompt` optional)
 * - text + video + audio (`prompt` optional)
 * - text + image + video + audio (`prompt` optional)
 *
 * Image role mapping (important):
 * - Default mode (`role_mode=reference`): Images are uniformly mapped to `reference_image`
 * - Frame mode (`role_mode=frame`): single image mapping `first_frame`, double image mapping `first_frame + last_frame`
 * - Frame mode cannot be used together with `reference_video_urls`/`reference_audio_urls`
 *
 * Character material compliance instructions:
 * - When using your own virtual characters or real-life materials, only amateurs are allowed, and celebrity characters are not supported.
 * - The platform will review uploaded materials to avoid possible legal risks.
 * - Character material upload is supported through `/v1/assets/create`, which enters the review process.
 * - Recommended process: First call `/v1/assets/create` to upload and persist materials, then reference the reviewed materials in `/v1/videos` request.
 * - After uploading, you can call `/v1/assets/get` to poll the material status, and the results will generally be available within 10 seconds.
 * - Document examples support click-to-copy; the copied request body can be directly handed over to AI to automatically identify and generate the final access code.
 * - If you need to access materials in batches, please give priority to the material library interface rather than the temporary direct link.
 *
 * The example below is the request body, not the return body.
 *
 * `POST /v1/videos`
 *
 * @example
 * const result = await createImaProVideoTask(client, {
 *   model: "seedance-2.0-fast",
 *   prompt: "Time-lapse photography of the city in the early morning, with warm colors and a cinematic feel.",
 *   duration: 5,
 *   metadata: {
 *     resolution: "720p",
 *   },
 * });
 */
export function createImaProVideoTask(
  client: APIClient,
  params: CreateImaProVideoTaskParams,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  const { 'x-moderation': $0, ...body } = params;
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createImaProVideoTask',
      method: 'POST',
      path: '/v1/videos',
      headers: { 'x-moderation': $0 },
      body: body,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query Seedance video task
 *
 * Poll task results using the public `task_id` returned by the creation interface (OpenAI video object style).
 * Universal query endpoint for all video tasks (Seedance, MiniMax Hailuo, etc.).
 * Authentication: The request header must contain `Authorization: Bearer sk-...`.
 * When the upstream returns, the response will reveal:
 * - `results` (array of video results)
 * - `usage` (token usage)
 * - `error` (error object on failure)
 * **Serious Notice (Must Read)**
 * - If the result resource URL such as `results.url`, `metadata.url` is returned after the query is successful, please download it immediately and persist it yourself.
 * - The platform does not guarantee that the result resource URL will be accessible for a long time, and it will expire after about 30 days by default; do not treat the URL in the query result as a permanent storage address.
 *
 * `GET /v1/videos/{task_id}`
 *
 * @example
 * const result = await getImaProVideoTask(client, "abc123");
 */
export function getImaProVideoTask(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getImaProVideoTask',
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
 * Create Seedance contents video task
 *
 * Submit a Seedance 2.0 video task with the contents task request body.
 *
 * **Request path:** `POST /api/v1/contents/generations/tasks`
 *
 * **Supported models:**
 * - `seedance-2.0`
 * - `seedance-2.0-fast`
 * - `seedance-2.0-cn`
 * - `seedance-2.0-fast-cn`
 *
 * **Public inputs:** Image, video, and audio fields must use public `https://...` URLs. A successful submission returns a task ID; poll results with `GET /api/v1/contents/generations/tasks/{task_id}`.
 *
 * **Case grouping:** Examples are grouped by official request shape: text-to-video, first frame, first/last frame, and multimodal reference, with both audio-video and silent-video variants. Example keys start with `seedance_` so Playground and SDK consumers can pick by scenario.
 *
 * `POST /api/v1/contents/generations/tasks`
 *
 * @example
 * const result = await createSeedanceContentsGenerationTask(client, {
 *   model: "seedance-2.0",
 *   content: [
 *     {
 *       type: "text",
 *       text: "A cinematic city skyline at sunrise, warm light, smooth camera motion.",
 *     },
 *   ],
 *   resolution: "720p",
 *   ratio: "16:9",
 *   duration: 5,
 *   generate_audio: true,
 * });
 */
export function createSeedanceContentsGenerationTask(
  client: APIClient,
  params: SeedanceContentsGenerationTaskRequest,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse> {
  return client.request<ImaProCreateResponse>(
    {
      operation: 'createSeedanceContentsGenerationTask',
      method: 'POST',
      path: '/api/v1/contents/generations/tasks',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query Seedance contents video task
 *
 * Query the Seedance contents video task submitted through `POST /api/v1/contents/generations/tasks`.
 *
 * The successful response includes fields such as `id`, `task_id`, `status`, `progress`, `results`, `usage`, and `amount_usd`. For this endpoint, `status` uses Seedance task states: `queued`, `running`, `succeeded`, and `failed`. Clients should poll new contents tasks through this endpoint.
 *
 * `GET /api/v1/contents/generations/tasks/{task_id}`
 *
 * @example
 * const result = await getSeedanceContentsGenerationTask(client, "abc123");
 */
export function getSeedanceContentsGenerationTask(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return client.request<ImaProQueryResponse>(
    {
      operation: 'getSeedanceContentsGenerationTask',
      method: 'GET',
      path: '/api/v1/contents/generations/tasks/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
