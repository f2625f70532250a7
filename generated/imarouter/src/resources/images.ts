// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import { named, routeOf } from '../core/routing.js';
import type { Unlisted } from '../core/unlisted.js';
import type { JSONValue } from '../models.js';

export class ImagesGenerations {
  constructor(private readonly client: APIClient) {}

  /**
   * One call for every variant of `POST /v1/images/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createImageGenerationTask} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createImagesGenerationsByModel')`.
   * - {@link createImageGenerationTask} (Generate Gemini images): `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, `gemini-3.1-flash-image-preview`
   * - {@link createImagesGenerationsGptImage} (Generate images (gpt-image-2)): `gpt-image-2`
   * - {@link createImagesGenerationsDoubaoSeedream} (Generate images (doubao-seedream-5-0-lite-260128)): `doubao-seedream-5-0-lite-260128`, `seedream-5-0-260128`
   * - {@link createImagesGenerationsDoubaoSeedream45} (Generate images (doubao-seedream-4-5-251128)): `doubao-seedream-4-5-251128`
   * - {@link createImagesGenerationsWan} (Generate images (wan2.7-image / wan2.7-image-pro)): `wan2.7-image`, `wan2.7-image-pro`
   * - {@link createImagesGenerationsWan26} (Create Wan2.6 image task): `wan2.6-t2i`, `wan2.6-image`
   * - {@link createImagesGenerationsPruna} (Create a PrunaAI image task): `prunaai/p-image`, `prunaai/p-image-edit`
   *
   * @example
   * const result = await client.images.generations.create({
   *   model: "gemini-3-pro-image-preview",
   *   prompt: "a futuristic city at sunset",
   *   aspect_ratio: "16:9",
   *   size: "2K",
   * });
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  create(
    params: { model: Unlisted } & Record<string, unknown>,
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse | PrunaImageCreateTaskResponse>;
  /**
   * One call for every variant of `POST /v1/images/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createImageGenerationTask} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createImagesGenerationsByModel')`.
   * - {@link createImageGenerationTask} (Generate Gemini images): `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, `gemini-3.1-flash-image-preview`
   * - {@link createImagesGenerationsGptImage} (Generate images (gpt-image-2)): `gpt-image-2`
   * - {@link createImagesGenerationsDoubaoSeedream} (Generate images (doubao-seedream-5-0-lite-260128)): `doubao-seedream-5-0-lite-260128`, `seedream-5-0-260128`
   * - {@link createImagesGenerationsDoubaoSeedream45} (Generate images (doubao-seedream-4-5-251128)): `doubao-seedream-4-5-251128`
   * - {@link createImagesGenerationsWan} (Generate images (wan2.7-image / wan2.7-image-pro)): `wan2.7-image`, `wan2.7-image-pro`
   * - {@link createImagesGenerationsWan26} (Create Wan2.6 image task): `wan2.6-t2i`, `wan2.6-image`
   * - {@link createImagesGenerationsPruna} (Create a PrunaAI image task): `prunaai/p-image`, `prunaai/p-image-edit`
   *
   * @example
   * const result = await client.images.generations.create({
   *   model: "gemini-3-pro-image-preview",
   *   prompt: "a futuristic city at sunset",
   *   aspect_ratio: "16:9",
   *   size: "2K",
   * });
   */
  create<TModel extends CreateImagesGenerationsModel>(
    params: CreateImagesGenerationsRequestByModel[TModel] & { model: TModel },
    options?: RequestOptions,
  ): APIPromise<CreateImagesGenerationsResponseByModel[TModel]>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createImagesGenerationsByModel as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(
      this.client,
      ...args,
    );
  }

  /**
   * Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createImagesGenerationsByModelAndWait(client, …)`.
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  createAndWait(
    params: { model: Unlisted } & Record<string, unknown>,
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse>;
  /** Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createImagesGenerationsByModelAndWait(client, …)`. */
  createAndWait<TModel extends CreateImagesGenerationsModel>(
    params: CreateImagesGenerationsRequestByModel[TModel] & { model: TModel },
    options?: WaitOptions<CreateImagesGenerationsTaskByModel[TModel]>,
  ): Promise<CreateImagesGenerationsTaskByModel[TModel]>;
  createAndWait(...args: unknown[]): Promise<unknown> {
    return (createImagesGenerationsByModelAndWait as (client: APIClient, ...args: unknown[]) => Promise<unknown>)(
      this.client,
      ...args,
    );
  }

  /**
   * One call for every variant of `GET /v1/images/generations/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getImagesGenerations')`.
   *
   * @example
   * const result = await client.images.generations.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<ImaImageTaskFetchResponse> {
    return getImagesGenerations(this.client, taskId, options);
  }

  /** Polls until the task ends: resolves with its final state. Standalone: `waitForGetImagesGenerations(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<ImaImageTaskFetchResponse>): Promise<ImaImageTaskFetchResponse> {
    return waitForGetImagesGenerations(this.client, taskId, options);
  }
}

export class Images {
  readonly generations: ImagesGenerations;

  constructor(private readonly client: APIClient) {
    this.generations = new ImagesGenerations(client);
  }
}

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

/** Every `model` value `POST /v1/images/generations` lists, in spec order (for pickers and validation). */
export const createImagesGenerationsModels = [
  'gemini-2.5-flash-image',
  'gemini-3-pro-image-preview',
  'gemini-3.1-flash-image-preview',
  'gpt-image-2',
  'doubao-seedream-5-0-lite-260128',
  'seedream-5-0-260128',
  'doubao-seedream-4-5-251128',
  'wan2.7-image',
  'wan2.7-image-pro',
  'wan2.6-t2i',
  'wan2.6-image',
  'prunaai/p-image',
  'prunaai/p-image-edit',
] as const;

export type CreateImagesGenerationsModel = (typeof createImagesGenerationsModels)[number];

/** The params of each `model` value of `POST /v1/images/generations`: its variant's. */
export interface CreateImagesGenerationsRequestByModel {
  'gemini-2.5-flash-image': GeminiImageGenerationRequest & { model: 'gemini-2.5-flash-image' };
  'gemini-3-pro-image-preview': GeminiImageGenerationRequest & { model: 'gemini-3-pro-image-preview' };
  'gemini-3.1-flash-image-preview': GeminiImageGenerationRequest & { model: 'gemini-3.1-flash-image-preview' };
  'gpt-image-2': GptImage2ImageGenerationRequest & { model: 'gpt-image-2' };
  'doubao-seedream-5-0-lite-260128': DoubaoSeedream50LiteImageGenerationRequest & {
    model: 'doubao-seedream-5-0-lite-260128';
  };
  'seedream-5-0-260128': DoubaoSeedream50LiteImageGenerationRequest & { model: 'seedream-5-0-260128' };
  'doubao-seedream-4-5-251128': DoubaoSeedream45ImageGenerationRequest & { model: 'doubao-seedream-4-5-251128' };
  'wan2.7-image': Wan27ImageGenerationRequest & { model: 'wan2.7-image' };
  'wan2.7-image-pro': Wan27ImageGenerationRequest & { model: 'wan2.7-image-pro' };
  'wan2.6-t2i': CreateImagesGenerationsWan26Body & { model: 'wan2.6-t2i' };
  'wan2.6-image': CreateImagesGenerationsWan26Body & { model: 'wan2.6-image' };
  'prunaai/p-image': PrunaImageGenerationRequest & { model: 'prunaai/p-image' };
  'prunaai/p-image-edit': PrunaImageGenerationRequest & { model: 'prunaai/p-image-edit' };
}

/** What each `model` value of `POST /v1/images/generations` resolves to. */
export interface CreateImagesGenerationsResponseByModel {
  'gemini-2.5-flash-image': ImaImageCreateTaskResponse;
  'gemini-3-pro-image-preview': ImaImageCreateTaskResponse;
  'gemini-3.1-flash-image-preview': ImaImageCreateTaskResponse;
  'gpt-image-2': ImaImageCreateTaskResponse;
  'doubao-seedream-5-0-lite-260128': ImaImageCreateTaskResponse;
  'seedream-5-0-260128': ImaImageCreateTaskResponse;
  'doubao-seedream-4-5-251128': ImaImageCreateTaskResponse;
  'wan2.7-image': ImaImageCreateTaskResponse;
  'wan2.7-image-pro': ImaImageCreateTaskResponse;
  'wan2.6-t2i': ImaImageCreateTaskResponse;
  'wan2.6-image': ImaImageCreateTaskResponse;
  'prunaai/p-image': PrunaImageCreateTaskResponse;
  'prunaai/p-image-edit': PrunaImageCreateTaskResponse;
}

/** The params fields each `model` value of `POST /v1/images/generations` requires beside `model`: a list of names, or a union of lists where the value takes one of several sets of fields (`['prompt', 'image'] | ['prompt', 'images']`: params need every field of one of them). */
export interface CreateImagesGenerationsRequiredFieldsByModel {
  'gemini-2.5-flash-image': ['prompt'];
  'gemini-3-pro-image-preview': ['prompt'];
  'gemini-3.1-flash-image-preview': ['prompt'];
  'gpt-image-2': ['prompt'];
  'doubao-seedream-5-0-lite-260128': ['prompt'];
  'seedream-5-0-260128': ['prompt'];
  'doubao-seedream-4-5-251128': ['prompt'];
  'wan2.7-image': ['prompt'];
  'wan2.7-image-pro': ['prompt'];
  'wan2.6-t2i': ['prompt'];
  'wan2.6-image': ['prompt', 'image'] | ['prompt', 'images'];
  'prunaai/p-image': ['prompt'];
  'prunaai/p-image-edit': ['prompt', 'image'] | ['prompt', 'images'] | ['prompt', 'extra_fields'];
}

/** The `model` values params with the fields `Fields` (beside `model`) suit: each has a set of required fields all among `Fields`, and takes every one of `Fields`. `CreateImagesGenerationsModelsAccepting<'prompt'>` leaves out the values that need more than a prompt. (The call also checks each field's type, which this does not.) */
export type CreateImagesGenerationsModelsAccepting<Fields extends string> = {
  [Value in CreateImagesGenerationsModel]: [
    Exclude<
      Fields,
      CreateImagesGenerationsRequestByModel[Value] extends infer Variant
        ? Variant extends unknown
          ? keyof Variant
          : never
        : never
    >,
  ] extends [never]
    ? CreateImagesGenerationsRequiredFieldsByModel[Value] extends infer Choice
      ? Choice extends readonly (infer Field)[]
        ? [Field] extends [Fields]
          ? Value
          : never
        : never
      : never
    : never;
}[CreateImagesGenerationsModel];

/** Each `model` value's params fields at run time: `required`, one list per way of calling it (see {@link CreateImagesGenerationsRequiredFieldsByModel}); `accepts`, every field it takes (`undefined`: any). What {@link createImagesGenerationsModelsAccepting} filters by. */
export const createImagesGenerationsModelFields: {
  readonly [Value in CreateImagesGenerationsModel]: {
    readonly required: readonly (readonly string[])[];
    readonly accepts?: readonly string[];
  };
} = {
  'gemini-2.5-flash-image': {
    required: [['prompt']],
    accepts: ['model', 'prompt', 'aspect_ratio', 'size', 'image', 'images'],
  },
  'gemini-3-pro-image-preview': {
    required: [['prompt']],
    accepts: ['model', 'prompt', 'aspect_ratio', 'size', 'image', 'images'],
  },
  'gemini-3.1-flash-image-preview': {
    required: [['prompt']],
    accepts: ['model', 'prompt', 'aspect_ratio', 'size', 'image', 'images'],
  },
  'gpt-image-2': {
    required: [['prompt']],
    accepts: [
      'model',
      'prompt',
      'size',
      'quality',
      'image',
      'images',
      'background',
      'input_fidelity',
      'mask',
      'moderation',
      'n',
      'output_compression',
      'output_format',
    ],
  },
  'doubao-seedream-5-0-lite-260128': {
    required: [['prompt']],
    accepts: ['model', 'prompt', 'size', 'image', 'images', 'output_format', 'optimize_prompt_options'],
  },
  'seedream-5-0-260128': {
    required: [['prompt']],
    accepts: ['model', 'prompt', 'size', 'image', 'images', 'output_format', 'optimize_prompt_options'],
  },
  'doubao-seedream-4-5-251128': { required: [['prompt']], accepts: ['model', 'prompt', 'size', 'image', 'images'] },
  'wan2.7-image': {
    required: [['prompt']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'size',
      'enable_sequential',
      'seed',
      'thinking_mode',
      'bbox_list',
      'color_palette',
    ],
  },
  'wan2.7-image-pro': {
    required: [['prompt']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'size',
      'enable_sequential',
      'seed',
      'thinking_mode',
      'bbox_list',
      'color_palette',
    ],
  },
  'wan2.6-t2i': {
    required: [['prompt']],
    accepts: ['model', 'prompt', 'size', 'negative_prompt', 'prompt_extend', 'seed'],
  },
  'wan2.6-image': {
    required: [
      ['prompt', 'image'],
      ['prompt', 'images'],
    ],
    accepts: ['model', 'prompt', 'image', 'images', 'size', 'negative_prompt', 'prompt_extend', 'seed'],
  },
  'prunaai/p-image': {
    required: [['prompt']],
    accepts: ['model', 'prompt', 'size', 'aspect_ratio', 'width', 'height', 'seed', 'disable_safety_checker'],
  },
  'prunaai/p-image-edit': {
    required: [
      ['prompt', 'image'],
      ['prompt', 'images'],
      ['prompt', 'extra_fields'],
    ],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'extra_fields',
      'aspect_ratio',
      'turbo',
      'seed',
      'disable_safety_checker',
    ],
  },
};

/** The `model` values, in spec order, that `params` (without `model`) suits by its fields: each has a set of required fields that `params` all has (none `undefined`), and takes every field `params` sets. Typed {@link CreateImagesGenerationsModelsAccepting} of the params' keys, for a picker. */
export function createImagesGenerationsModelsAccepting<P extends object>(
  params: P,
): CreateImagesGenerationsModelsAccepting<Extract<keyof P, string>>[] {
  const present = Object.keys(params).filter((field) => (params as Record<string, unknown>)[field] !== undefined);
  return createImagesGenerationsModels.filter((value) => {
    const { required, accepts } = createImagesGenerationsModelFields[value];
    return (
      required.some((set) => set.every((field) => present.includes(field))) &&
      (!accepts || present.every((field) => accepts.includes(field)))
    );
  }) as CreateImagesGenerationsModelsAccepting<Extract<keyof P, string>>[];
}

const createImagesGenerationsByModelRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => APIPromise<unknown>>
> = {
  'gemini-2.5-flash-image': createImageGenerationTask,
  'gemini-3-pro-image-preview': createImageGenerationTask,
  'gemini-3.1-flash-image-preview': createImageGenerationTask,
  'gpt-image-2': createImagesGenerationsGptImage,
  'doubao-seedream-5-0-lite-260128': createImagesGenerationsDoubaoSeedream,
  'seedream-5-0-260128': createImagesGenerationsDoubaoSeedream,
  'doubao-seedream-4-5-251128': createImagesGenerationsDoubaoSeedream45,
  'wan2.7-image': createImagesGenerationsWan,
  'wan2.7-image-pro': createImagesGenerationsWan,
  'wan2.6-t2i': createImagesGenerationsWan26,
  'wan2.6-image': createImagesGenerationsWan26,
  'prunaai/p-image': createImagesGenerationsPruna,
  'prunaai/p-image-edit': createImagesGenerationsPruna,
};

/**
 * One call for every variant of `POST /v1/images/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createImageGenerationTask} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createImagesGenerationsByModel')`.
 * - {@link createImageGenerationTask} (Generate Gemini images): `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, `gemini-3.1-flash-image-preview`
 * - {@link createImagesGenerationsGptImage} (Generate images (gpt-image-2)): `gpt-image-2`
 * - {@link createImagesGenerationsDoubaoSeedream} (Generate images (doubao-seedream-5-0-lite-260128)): `doubao-seedream-5-0-lite-260128`, `seedream-5-0-260128`
 * - {@link createImagesGenerationsDoubaoSeedream45} (Generate images (doubao-seedream-4-5-251128)): `doubao-seedream-4-5-251128`
 * - {@link createImagesGenerationsWan} (Generate images (wan2.7-image / wan2.7-image-pro)): `wan2.7-image`, `wan2.7-image-pro`
 * - {@link createImagesGenerationsWan26} (Create Wan2.6 image task): `wan2.6-t2i`, `wan2.6-image`
 * - {@link createImagesGenerationsPruna} (Create a PrunaAI image task): `prunaai/p-image`, `prunaai/p-image-edit`
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createImagesGenerationsByModel(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse | PrunaImageCreateTaskResponse>;
/**
 * One call for every variant of `POST /v1/images/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createImageGenerationTask} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createImagesGenerationsByModel')`.
 * - {@link createImageGenerationTask} (Generate Gemini images): `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, `gemini-3.1-flash-image-preview`
 * - {@link createImagesGenerationsGptImage} (Generate images (gpt-image-2)): `gpt-image-2`
 * - {@link createImagesGenerationsDoubaoSeedream} (Generate images (doubao-seedream-5-0-lite-260128)): `doubao-seedream-5-0-lite-260128`, `seedream-5-0-260128`
 * - {@link createImagesGenerationsDoubaoSeedream45} (Generate images (doubao-seedream-4-5-251128)): `doubao-seedream-4-5-251128`
 * - {@link createImagesGenerationsWan} (Generate images (wan2.7-image / wan2.7-image-pro)): `wan2.7-image`, `wan2.7-image-pro`
 * - {@link createImagesGenerationsWan26} (Create Wan2.6 image task): `wan2.6-t2i`, `wan2.6-image`
 * - {@link createImagesGenerationsPruna} (Create a PrunaAI image task): `prunaai/p-image`, `prunaai/p-image-edit`
 */
export function createImagesGenerationsByModel<TModel extends CreateImagesGenerationsModel>(
  client: APIClient,
  params: CreateImagesGenerationsRequestByModel[TModel] & { model: TModel },
  options?: RequestOptions,
): APIPromise<CreateImagesGenerationsResponseByModel[TModel]>;
export function createImagesGenerationsByModel(
  client: APIClient,
  params: { model?: unknown },
  options?: RequestOptions,
): APIPromise<unknown> {
  return routeOf(createImagesGenerationsByModelRoutes, params.model, createImageGenerationTask)(
    named(client, 'createImagesGenerationsByModel'),
    params as never,
    options as never,
  );
}

/** What `createImagesGenerationsByModelAndWait` resolves to for each `model` value: the finished task of its variant. */
export interface CreateImagesGenerationsTaskByModel {
  'gemini-2.5-flash-image': ImaImageTaskFetchResponse;
  'gemini-3-pro-image-preview': ImaImageTaskFetchResponse;
  'gemini-3.1-flash-image-preview': ImaImageTaskFetchResponse;
  'gpt-image-2': ImaImageTaskFetchResponse;
  'doubao-seedream-5-0-lite-260128': ImaImageTaskFetchResponse;
  'seedream-5-0-260128': ImaImageTaskFetchResponse;
  'doubao-seedream-4-5-251128': ImaImageTaskFetchResponse;
  'wan2.7-image': ImaImageTaskFetchResponse;
  'wan2.7-image-pro': ImaImageTaskFetchResponse;
  'wan2.6-t2i': ImaImageTaskFetchResponse;
  'wan2.6-image': ImaImageTaskFetchResponse;
  'prunaai/p-image': ImaImageTaskFetchResponse;
  'prunaai/p-image-edit': ImaImageTaskFetchResponse;
}

const createImagesGenerationsByModelAndWaitRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => Promise<unknown>>
> = {
  'gemini-2.5-flash-image': createImageGenerationTaskAndWait,
  'gemini-3-pro-image-preview': createImageGenerationTaskAndWait,
  'gemini-3.1-flash-image-preview': createImageGenerationTaskAndWait,
  'gpt-image-2': createImagesGenerationsGptImageAndWait,
  'doubao-seedream-5-0-lite-260128': createImagesGenerationsDoubaoSeedreamAndWait,
  'seedream-5-0-260128': createImagesGenerationsDoubaoSeedreamAndWait,
  'doubao-seedream-4-5-251128': createImagesGenerationsDoubaoSeedream45AndWait,
  'wan2.7-image': createImagesGenerationsWanAndWait,
  'wan2.7-image-pro': createImagesGenerationsWanAndWait,
  'wan2.6-t2i': createImagesGenerationsWan26AndWait,
  'wan2.6-image': createImagesGenerationsWan26AndWait,
  'prunaai/p-image': createImagesGenerationsPrunaAndWait,
  'prunaai/p-image-edit': createImagesGenerationsPrunaAndWait,
};

/**
 * Like {@link createImagesGenerationsByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses).
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createImagesGenerationsByModelAndWait(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: WaitOptions<ImaImageTaskFetchResponse>,
): Promise<ImaImageTaskFetchResponse>;
/** Like {@link createImagesGenerationsByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses). */
export function createImagesGenerationsByModelAndWait<TModel extends CreateImagesGenerationsModel>(
  client: APIClient,
  params: CreateImagesGenerationsRequestByModel[TModel] & { model: TModel },
  options?: WaitOptions<CreateImagesGenerationsTaskByModel[TModel]>,
): Promise<CreateImagesGenerationsTaskByModel[TModel]>;
export function createImagesGenerationsByModelAndWait(
  client: APIClient,
  params: { model?: unknown },
  options?: WaitOptions<never>,
): Promise<unknown> {
  return routeOf(createImagesGenerationsByModelAndWaitRoutes, params.model, createImageGenerationTaskAndWait)(
    named(client, 'createImagesGenerationsByModel'),
    params as never,
    options as never,
  );
}

/** One call for every variant of `GET /v1/images/generations/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getImagesGenerations')`. */
export function getImagesGenerations(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaImageTaskFetchResponse> {
  return fetchImageGenerationTask(named(client, 'getImagesGenerations'), taskId, options);
}

/** Polls {@link getImagesGenerations} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImagesGenerations(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaImageTaskFetchResponse>,
): Promise<ImaImageTaskFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImagesGenerations(client, taskId, requestOptions),
    {
      statusField: ['data', 'status'],
      success: ['completed', 'succeeded', 'success', 'succeed', 'done', 'finished', 'complete'],
      failure: [
        'failed',
        'failure',
        'fail',
        'error',
        'errored',
        'cancelled',
        'canceled',
        'cancel',
        'expired',
        'rejected',
        'timeout',
        'timed_out',
      ],
      ignoreCase: true,
    },
    options,
  );
}

/**
 * Calls {@link createImageGenerationTask}, then polls {@link fetchImageGenerationTask} until the task's `data.status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImageGenerationTaskAndWait(
  client: APIClient,
  params: GeminiImageGenerationRequest,
  options: WaitOptions<ImaImageTaskFetchResponse> = {},
): Promise<ImaImageTaskFetchResponse> {
  const created = await createImageGenerationTask(client, params, options);
  return waitForFetchImageGenerationTask(
    client,
    taskIdOf(created, ['task_id'], 'createImageGenerationTask') as string,
    options,
  );
}

/** Polls {@link fetchImageGenerationTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForFetchImageGenerationTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaImageTaskFetchResponse>,
): Promise<ImaImageTaskFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => fetchImageGenerationTask(client, taskId, requestOptions),
    {
      statusField: ['data', 'status'],
      success: ['completed', 'succeeded', 'success', 'succeed', 'done', 'finished', 'complete'],
      failure: [
        'failed',
        'failure',
        'fail',
        'error',
        'errored',
        'cancelled',
        'canceled',
        'cancel',
        'expired',
        'rejected',
        'timeout',
        'timed_out',
      ],
      ignoreCase: true,
    },
    options,
  );
}

/**
 * Calls {@link createImagesGenerationsGptImage}, then polls {@link getImagesGenerationsGptImage} until the task's `data.status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImagesGenerationsGptImageAndWait(
  client: APIClient,
  params: GptImage2ImageGenerationRequest,
  options: WaitOptions<ImaImageTaskFetchResponse> = {},
): Promise<ImaImageTaskFetchResponse> {
  const created = await createImagesGenerationsGptImage(client, params, options);
  return waitForGetImagesGenerationsGptImage(
    client,
    taskIdOf(created, ['task_id'], 'createImagesGenerationsGptImage') as string,
    options,
  );
}

/** Polls {@link getImagesGenerationsGptImage} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImagesGenerationsGptImage(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaImageTaskFetchResponse>,
): Promise<ImaImageTaskFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImagesGenerationsGptImage(client, taskId, requestOptions),
    {
      statusField: ['data', 'status'],
      success: ['completed', 'succeeded', 'success', 'succeed', 'done', 'finished', 'complete'],
      failure: [
        'failed',
        'failure',
        'fail',
        'error',
        'errored',
        'cancelled',
        'canceled',
        'cancel',
        'expired',
        'rejected',
        'timeout',
        'timed_out',
      ],
      ignoreCase: true,
    },
    options,
  );
}

/**
 * Calls {@link createImagesGenerationsDoubaoSeedream}, then polls {@link getImagesGenerationsDoubaoSeedream} until the task's `data.status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImagesGenerationsDoubaoSeedreamAndWait(
  client: APIClient,
  params: DoubaoSeedream50LiteImageGenerationRequest,
  options: WaitOptions<ImaImageTaskFetchResponse> = {},
): Promise<ImaImageTaskFetchResponse> {
  const created = await createImagesGenerationsDoubaoSeedream(client, params, options);
  return waitForGetImagesGenerationsDoubaoSeedream(
    client,
    taskIdOf(created, ['task_id'], 'createImagesGenerationsDoubaoSeedream') as string,
    options,
  );
}

/** Polls {@link getImagesGenerationsDoubaoSeedream} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImagesGenerationsDoubaoSeedream(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaImageTaskFetchResponse>,
): Promise<ImaImageTaskFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImagesGenerationsDoubaoSeedream(client, taskId, requestOptions),
    {
      statusField: ['data', 'status'],
      success: ['completed', 'succeeded', 'success', 'succeed', 'done', 'finished', 'complete'],
      failure: [
        'failed',
        'failure',
        'fail',
        'error',
        'errored',
        'cancelled',
        'canceled',
        'cancel',
        'expired',
        'rejected',
        'timeout',
        'timed_out',
      ],
      ignoreCase: true,
    },
    options,
  );
}

/**
 * Calls {@link createImagesGenerationsDoubaoSeedream45}, then polls {@link fetchImageGenerationTask} until the task's `data.status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImagesGenerationsDoubaoSeedream45AndWait(
  client: APIClient,
  params: DoubaoSeedream45ImageGenerationRequest,
  options: WaitOptions<ImaImageTaskFetchResponse> = {},
): Promise<ImaImageTaskFetchResponse> {
  const created = await createImagesGenerationsDoubaoSeedream45(client, params, options);
  return waitForFetchImageGenerationTask(
    client,
    taskIdOf(created, ['task_id'], 'createImagesGenerationsDoubaoSeedream45') as string,
    options,
  );
}

/**
 * Calls {@link createImagesGenerationsWan}, then polls {@link getImagesGenerationsWan} until the task's `data.status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImagesGenerationsWanAndWait(
  client: APIClient,
  params: Wan27ImageGenerationRequest,
  options: WaitOptions<ImaImageTaskFetchResponse> = {},
): Promise<ImaImageTaskFetchResponse> {
  const created = await createImagesGenerationsWan(client, params, options);
  return waitForGetImagesGenerationsWan(
    client,
    taskIdOf(created, ['task_id'], 'createImagesGenerationsWan') as string,
    options,
  );
}

/** Polls {@link getImagesGenerationsWan} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImagesGenerationsWan(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaImageTaskFetchResponse>,
): Promise<ImaImageTaskFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImagesGenerationsWan(client, taskId, requestOptions),
    {
      statusField: ['data', 'status'],
      success: ['completed', 'succeeded', 'success', 'succeed', 'done', 'finished', 'complete'],
      failure: [
        'failed',
        'failure',
        'fail',
        'error',
        'errored',
        'cancelled',
        'canceled',
        'cancel',
        'expired',
        'rejected',
        'timeout',
        'timed_out',
      ],
      ignoreCase: true,
    },
    options,
  );
}

/**
 * Calls {@link createImagesGenerationsWan26}, then polls {@link fetchImageGenerationTask} until the task's `data.status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImagesGenerationsWan26AndWait(
  client: APIClient,
  params: CreateImagesGenerationsWan26Body,
  options: WaitOptions<ImaImageTaskFetchResponse> = {},
): Promise<ImaImageTaskFetchResponse> {
  const created = await createImagesGenerationsWan26(client, params, options);
  return waitForFetchImageGenerationTask(
    client,
    taskIdOf(created, ['task_id'], 'createImagesGenerationsWan26') as string,
    options,
  );
}

/**
 * Calls {@link createImagesGenerationsPruna}, then polls {@link getImagesGenerationsPruna} until the task's `data.status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImagesGenerationsPrunaAndWait(
  client: APIClient,
  params: PrunaImageGenerationRequest,
  options: WaitOptions<ImaImageTaskFetchResponse> = {},
): Promise<ImaImageTaskFetchResponse> {
  const created = await createImagesGenerationsPruna(client, params, options);
  return waitForGetImagesGenerationsPruna(
    client,
    taskIdOf(created, ['task_id'], 'createImagesGenerationsPruna') as string,
    options,
  );
}

/** Polls {@link getImagesGenerationsPruna} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImagesGenerationsPruna(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaImageTaskFetchResponse>,
): Promise<ImaImageTaskFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImagesGenerationsPruna(client, taskId, requestOptions),
    {
      statusField: ['data', 'status'],
      success: ['completed', 'succeeded', 'success', 'succeed', 'done', 'finished', 'complete'],
      failure: [
        'failed',
        'failure',
        'fail',
        'error',
        'errored',
        'cancelled',
        'canceled',
        'cancel',
        'expired',
        'rejected',
        'timeout',
        'timed_out',
      ],
      ignoreCase: true,
    },
    options,
  );
}

/**
 * Gemini image generation request.
 * - `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, and `gemini-3.1-flash-image-preview` use the Gemini image parameter set
 * - This object is only used for Gemini docs on the main `/v1/images/generations` path
 */
export type GeminiImageGenerationRequest =
  ImaImageGenerationRequestGemini25Flash | ImaImageGenerationRequestGemini3Pro | ImaImageGenerationRequestGemini31Flash;

/** @example {"model":"gemini-2.5-flash-image","prompt":"compact watercolor postcard of a mountain village","aspect_ratio":"21:9","size":"4K"} */
export interface ImaImageGenerationRequestGemini25Flash {
  /** Image model name (Gemini 2.5 Flash Image). */
  model: 'gemini-2.5-flash-image';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 10000
   */
  prompt: string;
  /** Image aspect ratio (optional). */
  aspect_ratio?:
    '1:1' | '1:4' | '1:8' | '2:3' | '3:2' | '3:4' | '4:1' | '4:3' | '4:5' | '5:4' | '8:1' | '9:16' | '16:9' | '21:9';
  /**
   * Output size (optional, default `1K`).
   * @default "1K"
   */
  size?: '512px' | '1K' | '2K' | '4K';
  /**
   * Single image input (optional, image-to-image).
   * **IMPORTANT**: Confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the API.
   * File type requirement: `jpg/png` (upstream constraint).
   * @format uri
   */
  image?: string;
  /**
   * Multiple image input (optional, image-to-image).
   * **IMPORTANT**: Confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the API.
   * File type requirement: `jpg/png` (upstream constraint).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
}

/** @example {"model":"gemini-3-pro-image-preview","prompt":"a futuristic city at sunset","aspect_ratio":"16:9","size":"2K"} */
export interface ImaImageGenerationRequestGemini3Pro {
  /** Image model name (pro). */
  model: 'gemini-3-pro-image-preview';
  /**
   * Prompt word (required).
   * @minLength 1
   * @maxLength 10000
   */
  prompt: string;
  /** Image aspect ratio (optional). */
  aspect_ratio?: '1:1' | '3:2' | '2:3' | '3:4' | '4:3' | '4:5' | '5:4' | '9:16' | '16:9' | '21:9';
  /**
   * Output size (optional, default `1K`).
   * @default "1K"
   */
  size?: '1K' | '2K' | '4K';
  /**
   * Single image input (optional, image-to-image).
   * **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * File type requirement: `jpg/png` (upstream constraint).
   * @format uri
   */
  image?: string;
  /**
   * Multiple image input (optional, image-to-image).
   * **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * File type requirement: `jpg/png` (upstream constraint).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
}

/** @example {"model":"gemini-3.1-flash-image-preview","prompt":"minimalist icon set for weather app","aspect_ratio":"1:1","size":"512px"} */
export interface ImaImageGenerationRequestGemini31Flash {
  /** Image model name (flash). */
  model: 'gemini-3.1-flash-image-preview';
  /**
   * Prompt word (required).
   * @minLength 1
   * @maxLength 10000
   */
  prompt: string;
  /** Image aspect ratio (optional). */
  aspect_ratio?:
    '1:1' | '1:4' | '1:8' | '2:3' | '3:2' | '3:4' | '4:1' | '4:3' | '4:5' | '5:4' | '8:1' | '9:16' | '16:9' | '21:9';
  /**
   * Output size (optional, default `1K`).
   * @default "1K"
   */
  size?: '512px' | '1K' | '2K' | '4K';
  /**
   * Single image input (optional, image-to-image).
   * **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * File type requirement: `jpg/png` (upstream constraint).
   * @format uri
   */
  image?: string;
  /**
   * Multiple image input (optional, image-to-image).
   * **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * File type requirement: `jpg/png` (upstream constraint).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
}

/** @example {"model":"gpt-image-2","prompt":"replace the background with a clean studio backdrop","images":["https://example.com/input.png"],"mask":"https://example.com/mask.png","size":"1536x1024","quality":"high","input_fidelity":"high","moderation":"low","output_format":"png"} */
export interface GptImage2ImageGenerationRequest {
  /** gpt-image-2 image model name. */
  model: 'gpt-image-2';
  /**
   * Prompt (required). The current implementation requires `prompt` to be present.
   * @minLength 1
   */
  prompt: string;
  /** Output size (optional). Passed through as-is without enum validation. */
  size?: string;
  /** Output quality (optional). Passed through as-is. */
  quality?: string;
  /** Single image input (optional). With image input and no `mask`, the request is treated as `image_to_image`. */
  image?: string;
  /** Multiple image input (optional). With image input and no `mask`, the request is treated as `image_to_image`. */
  images?: string[];
  /** Background control (optional). Passed through as-is by the current implementation. */
  background?: string;
  /** Input fidelity (optional). Passed through as-is by the current implementation. */
  input_fidelity?: string;
  /** Edit mask (optional). With image input and `mask`, the request is treated as `image_edit`. */
  mask?: string;
  /** Moderation level (optional). Passed through as-is by the current implementation. */
  moderation?: string;
  /**
   * Number of images to return (optional). Passed through as-is by the current implementation.
   * @minimum 0
   */
  n?: number;
  /**
   * Output compression ratio (optional, 0-100). **Only applies when `output_format=jpeg` or `webp`**; when `output_format=png` it must be 100 (default), otherwise upstream returns 400 `invalid_png_output_compression`.
   * @default 100
   * @minimum 0
   * @maximum 100
   */
  output_compression?: number;
  /**
   * Output format (optional). One of `png` (default) / `jpeg` / `webp`. Do NOT send `output_compression` (or set it to 100) when `png` is chosen — upstream will reject otherwise.
   * @default "png"
   */
  output_format?: 'png' | 'jpeg' | 'webp';
}

/**
 * doubao-seedream-4-5-251128 image generation request. Supports text-to-image and image-to-image; the current implementation forwards only `prompt`, `size`, and image input.
 * @example {"model":"doubao-seedream-4-5-251128","prompt":"turn this reference into a cinematic poster","images":["https://example.com/input.webp"],"size":"2K"}
 */
export interface DoubaoSeedream45ImageGenerationRequest {
  /** doubao-seedream-4-5-251128 image model name. */
  model: 'doubao-seedream-4-5-251128';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 600
   */
  prompt: string;
  /**
   * Output image size (optional). Supports `2K`, `4K`, and upstream-allowed custom pixel sizes.
   * @default "2K"
   */
  size?:
    | '2K'
    | '4K'
    | '2048x2048'
    | '2304x1728'
    | '1728x2304'
    | '2560x1440'
    | '1440x2560'
    | '2496x1664'
    | '1664x2496'
    | '3024x1296';
  /**
   * Single input image (optional, for image-to-image).
   * @format uri
   */
  image?: string;
  /**
   * Multiple input images (optional, for image-to-image, up to 14 images).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
}

/** @example {"model":"doubao-seedream-5-0-lite-260128","prompt":"turn this reference into a cinematic poster","images":["https://example.com/input.webp"],"size":"3K","output_format":"png","optimize_prompt_options":{"mode":"standard"}} */
export interface DoubaoSeedream50LiteImageGenerationRequest {
  /** Seedream 5.0 image model name. Supports `doubao-seedream-5-0-lite-260128` and `seedream-5-0-260128`. */
  model: 'doubao-seedream-5-0-lite-260128' | 'seedream-5-0-260128';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 600
   */
  prompt: string;
  /** Output image size (optional). Supported values are `2K`, `3K`, `2048x2048`, `2304x1728`, `1728x2304`, `2848x1600`, `1600x2848`, `2496x1664`, `1664x2496`, `3136x1344`, `3072x3072`, `3456x2592`, `2592x3456`, `4096x2304`, `2304x4096`, `2496x3744`, `3744x2496`, `4704x2016`. */
  size?:
    | '2K'
    | '3K'
    | '2048x2048'
    | '2304x1728'
    | '1728x2304'
    | '2848x1600'
    | '1600x2848'
    | '2496x1664'
    | '1664x2496'
    | '3136x1344'
    | '3072x3072'
    | '3456x2592'
    | '2592x3456'
    | '4096x2304'
    | '2304x4096'
    | '2496x3744'
    | '3744x2496'
    | '4704x2016';
  /**
   * Single input image (optional, for image-to-image).
   * @format uri
   */
  image?: string;
  /**
   * Multiple input images (optional, for image-to-image, up to 14 images).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
  /** Output format (optional). */
  output_format?: 'jpeg' | 'png';
  /** Prompt optimization options (optional). */
  optimize_prompt_options?: {
    /**
     * Only `standard` is supported for this model.
     */
    mode?: 'standard';
  };
}

/**
 * Wan2.6 text-to-image request body.
 * @example {"model":"wan2.6-t2i","prompt":"一个美丽的日落海景","size":"1280*1280","prompt_extend":false,"seed":12345}
 */
export interface Wan26T2IImageGenerationRequest {
  /** Wan2.6 text-to-image model name. */
  model: 'wan2.6-t2i';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 2000
   */
  prompt: string;
  size?: Wan26ImageSize;
  /**
   * Negative prompt (optional).
   * @maxLength 500
   */
  negative_prompt?: string;
  /**
   * Whether to enable prompt expansion (optional).
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * Random seed (optional).
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
}

/**
 * Output image size. Supported values: `1280*1280`, `800*1200`, `1200*800`, `960*1280`, `1280*960`, `720*1280`, `1280*720`, `1344*576`.
 * @default "1280*1280"
 */
export type Wan26ImageSize =
  '1280*1280' | '800*1200' | '1200*800' | '960*1280' | '1280*960' | '720*1280' | '1280*720' | '1344*576';

/**
 * Wan2.6 image-to-image request body. Provide at least `image` or `images`.
 * @example {"model":"wan2.6-image","prompt":"将参考图改成电影海报风格","images":["https://example.com/reference.png"],"size":"1280*720"}
 */
export type Wan26I2IImageGenerationRequest = {
  /**
   * Wan2.6 image-to-image model name.
   */
  model: 'wan2.6-image';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 2000
   */
  prompt: string;
  /**
   * Single input image URL (optional, mutually exclusive with `images`).
   * @format uri
   */
  image?: string;
  /**
   * Input image array (optional; at least 1 image).
   * @minItems 1
   */
  images?: string[];
  size?: Wan26ImageSize;
  /**
   * Negative prompt (optional).
   * @maxLength 500
   */
  negative_prompt?: string;
  /**
   * Whether to enable prompt expansion (optional).
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * Random seed (optional).
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
} & (
  | {
      /**
       * Single input image URL (optional, mutually exclusive with `images`).
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Input image array (optional; at least 1 image).
       * @minItems 1
       */
      images: string[];
    }
);

/** @example {"model":"wan2.7-image-pro","prompt":"电影感插画","images":["https://cdn.example.com/reference.png"],"size":"1024*1024","bbox_list":[[[0,0,12,12]]],"color_palette":[{"hex":"#C2D1E6","ratio":"50.00%"},{"hex":"#F4D06F","ratio":"30.00%"},{"hex":"#7FA99B","ratio":"20.00%"}],"enable_sequential":false,"seed":12345} */
export interface Wan27ImageGenerationRequest {
  /** Wan image model name. */
  model: 'wan2.7-image' | 'wan2.7-image-pro';
  /**
   * Prompt (required).
   * @minLength 1
   */
  prompt: string;
  /**
   * Single input image (optional, for image-to-image).
   * @format uri
   */
  image?: string;
  /**
   * Multiple input images (optional, for image-to-image, up to 14 images).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
  /** Output image size (optional). `wan2.7-image` supports `1K`, `2K`, or custom `width*height`; total pixels must stay between `768*768` and `2048*2048`, and aspect ratio must stay between `1:8` and `8:1`. `wan2.7-image-pro` supports `1K`, `2K`, `4K`, or custom `width*height`; only text-to-image without input images and without sequential mode supports `4K` and custom sizes up to `4096*4096`, while all other cases only support `2K` and `2048*2048`. */
  size?: ('1K' | '2K' | '4K') | `${number}*${number}`;
  /** Whether to enable sequential multi-image mode (optional). Do not send it together with `thinking_mode` or `color_palette`. */
  enable_sequential?: boolean;
  /**
   * Random seed (optional).
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  /** Whether to enable thinking mode (optional). Mutually exclusive with `enable_sequential=true`; sending both returns a parameter error. */
  thinking_mode?: boolean;
  /** Bounding box list (optional). The list length must match the number of input images. Each image supports at most 2 boxes, and each box uses the `[x1, y1, x2, y2]` coordinate format. Only available for image-to-image requests with input images. */
  bbox_list?: Wan27BBoxList;
  /** Color palette list (optional). Each item must contain `hex` and `ratio`. The number of colors must be between 3 and 10, with 8 recommended. Only available when sequential mode is disabled; do not send it together with `enable_sequential=true`. */
  color_palette?: Wan27ColorPalette;
}

/**
 * Bounding box list. Its length must match the number of input images.
 * @maxItems 9
 */
export type Wan27BBoxList = Wan27BBoxPerImage[];

/**
 * Bounding box list for one input image, with at most 2 boxes.
 * @maxItems 2
 */
export type Wan27BBoxPerImage = Wan27BBoxCoords[];

/**
 * Coordinates for a single bounding box in the format `[x1, y1, x2, y2]`.
 * @minItems 4
 * @maxItems 4
 */
export type Wan27BBoxCoords = number[];

/**
 * Color palette list.
 * @minItems 3
 * @maxItems 10
 */
export type Wan27ColorPalette = Wan27ColorPaletteItem[];

export interface Wan27ColorPaletteItem {
  /**
   * HEX color value.
   * @pattern ^#[0-9A-Fa-f]{6}$
   */
  hex: string;
  /**
   * Color percentage. The sum of all `ratio` values must equal `100.00%`.
   * @pattern ^([0-9]|[1-9][0-9]|100)\.[0-9]{2}%$
   */
  ratio: string;
}

/** @example {"model":"prunaai/p-image","prompt":"a clean studio product photo of a ceramic cup","size":"1024x1024","aspect_ratio":"1:1","seed":0} */
export interface PrunaPImageGenerationRequest {
  /** PrunaAI text-to-image model name. */
  model: 'prunaai/p-image';
  /**
   * Prompt (required).
   * @minLength 1
   */
  prompt: string;
  /** OpenAI-compatible size string. Supports common sizes and custom dimensions; custom dimensions can be used with `width` / `height`. */
  size?: string;
  /** Output image aspect ratio. Use `custom` with `width` / `height` for custom dimensions. */
  aspect_ratio?: '1:1' | '16:9' | '9:16' | '3:2' | '2:3' | '3:4' | '4:3' | 'custom';
  /**
   * Custom width, used only with `aspect_ratio=custom`; constrained to 256-1440.
   * @minimum 256
   * @maximum 1440
   */
  width?: number;
  /**
   * Custom height, used only with `aspect_ratio=custom`; constrained to 256-1440.
   * @minimum 256
   * @maximum 1440
   */
  height?: number;
  /** Random seed (optional). */
  seed?: number;
  /** Whether to disable the safety checker (optional). */
  disable_safety_checker?: boolean;
}

/** @example {"model":"prunaai/p-image-edit","prompt":"edit this image into a clean product-style composition","image":"https://example.com/source.png","extra_fields":{"input":{"images":["https://example.com/source.png"],"aspect_ratio":"1:1","turbo":false,"seed":0}}} */
export type PrunaPImageEditGenerationRequest = {
  /**
   * PrunaAI image-edit model name.
   */
  model: 'prunaai/p-image-edit';
  /**
   * Prompt (required).
   */
  prompt: string;
  /**
   * Single input image URL.
   * @format uri
   */
  image?: string;
  /**
   * Input image URL array.
   * @minItems 1
   */
  images?: string[];
  /**
   * Extended parameter object. It may include `input.images`, `aspect_ratio`, `turbo`, `seed`, `disable_safety_checker`, and related options.
   */
  extra_fields?: {
    [key: string]: JSONValue;
  };
  /**
   * PrunaAI image-edit aspect ratio.
   */
  aspect_ratio?: '1:1' | '16:9' | '9:16' | '3:2' | '2:3' | '3:4' | '4:3';
  /**
   * Whether to enable turbo mode (optional).
   */
  turbo?: boolean;
  /**
   * Random seed (optional).
   */
  seed?: number;
  /**
   * Whether to disable the safety checker (optional).
   */
  disable_safety_checker?: boolean;
} & (
  | {
      /**
       * Single input image URL.
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Input image URL array.
       * @minItems 1
       */
      images: string[];
    }
  | {
      /**
       * Extended parameter object. It may include `input.images`, `aspect_ratio`, `turbo`, `seed`, `disable_safety_checker`, and related options.
       */
      extra_fields: {
        [key: string]: JSONValue;
      };
    }
);

/** PrunaAI image generation request. The real request path is `POST /v1/images/generations`; exact `model` dispatches to the concrete `prunaai/p-image` or `prunaai/p-image-edit` request body. */
export type PrunaImageGenerationRequest = PrunaPImageGenerationRequest | PrunaPImageEditGenerationRequest;

/** Image asynchronous task submission response. */
export type ImaImageCreateTaskResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Same as `id`.
   */
  task_id?: string;
  /**
   * @example "image"
   */
  object?: string;
  model?: string;
  /**
   * Initial state (e.g. `queued` / `in_progress`).
   */
  status?: string;
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  /**
   * USD amount for the completed task, when returned.
   * @format double
   * @minimum 0
   */
  amount_usd?: number;
  /**
   * @format int64
   */
  created_at?: number;
  [key: string]: unknown;
};

/** PrunaAI image task submission response, including task ID, status, and creation time. */
export type PrunaImageCreateTaskResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Same as `id`.
   */
  task_id?: string;
  /**
   * @example "image"
   */
  object?: string;
  model?: string;
  /**
   * Initial state (e.g. `queued` / `in_progress`).
   */
  status?: string;
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  /**
   * @format int64
   */
  created_at?: number;
  [key: string]: unknown;
};

export type ImaImageTaskFetchResponse = {
  /**
   * @example "success"
   */
  code?: string;
  data?: {
    task_id?: string;
    /**
     * Task status (such as queued/processing/succeeded/failed).
     */
    status?: string;
    /**
     * Output format (if recognized).
     */
    format?: string;
    /**
     * Returns the result link after success. This link is a resource hosted by the platform. It is recommended to download and save it immediately after receiving it. It will expire after about 30 days.
     */
    url?: string;
    error?:
      | (
          | {
              [key: string]: unknown;
            }
          | string
        )
      | null;
    metadata?:
      | (
          | {
              [key: string]: unknown;
            }
          | string
          | null
        )
      | null;
    /**
     * USD amount for the completed task, when returned.
     * @format double
     * @minimum 0
     */
    amount_usd?: number;
    /**
     * Usage information, when returned.
     */
    usage?: {
      /**
       * Enter token
       * @minimum 0
       */
      input_tokens?: number;
      /**
       * output token
       * @minimum 0
       */
      output_tokens?: number;
      /**
       * total tokens
       * @minimum 0
       */
      total_tokens?: number;
      [key: string]: unknown;
    };
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

export type CreateImagesGenerationsWan26Body = Wan26T2IImageGenerationRequest | Wan26I2IImageGenerationRequest;
