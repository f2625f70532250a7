// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import {
  createImagesGenerationsByModel,
  createImagesGenerationsByModelAndWait,
  getImagesGenerations,
  waitForGetImagesGenerations,
} from '../endpoints.js';
import type {
  CreateImagesGenerationsWan26Body,
  DoubaoSeedream45ImageGenerationRequest,
  DoubaoSeedream50LiteImageGenerationRequest,
  FetchImageGenerationTaskParams,
  GeminiImageGenerationRequest,
  GetImagesGenerationsDoubaoSeedreamParams,
  GetImagesGenerationsGptImageParams,
  GetImagesGenerationsPrunaParams,
  GetImagesGenerationsWanParams,
  GptImage2ImageGenerationRequest,
  ImaImageCreateTaskResponse,
  ImaImageTaskFetchResponse,
  PrunaImageCreateTaskResponse,
  PrunaImageGenerationRequest,
  Wan27ImageGenerationRequest,
} from '../models.js';
import {
  createImagesGenerationsDoubaoSeedream,
  createImagesGenerationsDoubaoSeedream45,
  getImagesGenerationsDoubaoSeedream,
} from '../operations/doubao-seedream.js';
import { createImageGenerationTask, fetchImageGenerationTask } from '../operations/gemini-images.js';
import { createImagesGenerationsGptImage, getImagesGenerationsGptImage } from '../operations/gpt-image.js';
import { createImagesGenerationsPruna, getImagesGenerationsPruna } from '../operations/prunaai-images.js';
import {
  createImagesGenerationsWan,
  createImagesGenerationsWan26,
  getImagesGenerationsWan,
} from '../operations/wan-images.js';
import {
  createImageGenerationTaskAndWait,
  createImagesGenerationsDoubaoSeedream45AndWait,
  createImagesGenerationsDoubaoSeedreamAndWait,
  createImagesGenerationsGptImageAndWait,
  createImagesGenerationsPrunaAndWait,
  createImagesGenerationsWan26AndWait,
  createImagesGenerationsWanAndWait,
  waitForFetchImageGenerationTask,
  waitForGetImagesGenerationsDoubaoSeedream,
  waitForGetImagesGenerationsGptImage,
  waitForGetImagesGenerationsPruna,
  waitForGetImagesGenerationsWan,
} from '../tasks.js';

export class ImagesGenerations {
  constructor(private readonly client: APIClient) {}

  create(
    request: { body: GeminiImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse>;
  create(
    request: { body: GptImage2ImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse>;
  create(
    request: { body: DoubaoSeedream50LiteImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse>;
  create(
    request: { body: DoubaoSeedream45ImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse>;
  create(
    request: { body: Wan27ImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse>;
  create(
    request: { body: CreateImagesGenerationsWan26Body },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse>;
  create(
    request: { body: PrunaImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<PrunaImageCreateTaskResponse>;
  create(
    request:
      | { body: GeminiImageGenerationRequest }
      | { body: GptImage2ImageGenerationRequest }
      | { body: DoubaoSeedream50LiteImageGenerationRequest }
      | { body: DoubaoSeedream45ImageGenerationRequest }
      | { body: Wan27ImageGenerationRequest }
      | { body: CreateImagesGenerationsWan26Body }
      | { body: PrunaImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse | PrunaImageCreateTaskResponse>;
  /** Every variant of this endpoint in one call: see {@link createImagesGenerationsByModel}. */
  create(
    request:
      | { body: GeminiImageGenerationRequest }
      | { body: GptImage2ImageGenerationRequest }
      | { body: DoubaoSeedream50LiteImageGenerationRequest }
      | { body: DoubaoSeedream45ImageGenerationRequest }
      | { body: Wan27ImageGenerationRequest }
      | { body: CreateImagesGenerationsWan26Body }
      | { body: PrunaImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<unknown> {
    return createImagesGenerationsByModel(this.client, request, options);
  }

  createAndWait(
    request: { body: GeminiImageGenerationRequest },
    options?: WaitOptions,
  ): Promise<ImaImageTaskFetchResponse>;
  createAndWait(
    request: { body: GptImage2ImageGenerationRequest },
    options?: WaitOptions,
  ): Promise<ImaImageTaskFetchResponse>;
  createAndWait(
    request: { body: DoubaoSeedream50LiteImageGenerationRequest },
    options?: WaitOptions,
  ): Promise<ImaImageTaskFetchResponse>;
  createAndWait(
    request: { body: DoubaoSeedream45ImageGenerationRequest },
    options?: WaitOptions,
  ): Promise<ImaImageTaskFetchResponse>;
  createAndWait(
    request: { body: Wan27ImageGenerationRequest },
    options?: WaitOptions,
  ): Promise<ImaImageTaskFetchResponse>;
  createAndWait(
    request: { body: CreateImagesGenerationsWan26Body },
    options?: WaitOptions,
  ): Promise<ImaImageTaskFetchResponse>;
  createAndWait(
    request: { body: PrunaImageGenerationRequest },
    options?: WaitOptions,
  ): Promise<ImaImageTaskFetchResponse>;
  createAndWait(
    request:
      | { body: GeminiImageGenerationRequest }
      | { body: GptImage2ImageGenerationRequest }
      | { body: DoubaoSeedream50LiteImageGenerationRequest }
      | { body: DoubaoSeedream45ImageGenerationRequest }
      | { body: Wan27ImageGenerationRequest }
      | { body: CreateImagesGenerationsWan26Body }
      | { body: PrunaImageGenerationRequest },
    options?: WaitOptions,
  ): Promise<ImaImageTaskFetchResponse>;
  /** Creates the task with the variant its body selects, then waits until it ends: see {@link createImagesGenerationsByModelAndWait}. */
  createAndWait(
    request:
      | { body: GeminiImageGenerationRequest }
      | { body: GptImage2ImageGenerationRequest }
      | { body: DoubaoSeedream50LiteImageGenerationRequest }
      | { body: DoubaoSeedream45ImageGenerationRequest }
      | { body: Wan27ImageGenerationRequest }
      | { body: CreateImagesGenerationsWan26Body }
      | { body: PrunaImageGenerationRequest },
    options?: WaitOptions,
  ): Promise<unknown> {
    return createImagesGenerationsByModelAndWait(this.client, request, options);
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
   */
  createGeminiImages(
    request: { body: GeminiImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse> {
    return createImageGenerationTask(this.client, request, options);
  }

  /** Every variant of this endpoint in one call: see {@link getImagesGenerations}. */
  retrieve(request: FetchImageGenerationTaskParams, options?: RequestOptions): APIPromise<ImaImageTaskFetchResponse> {
    return getImagesGenerations(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetImagesGenerations}. */
  waitFor(taskId: string, options?: WaitOptions<ImaImageTaskFetchResponse>): Promise<ImaImageTaskFetchResponse> {
    return waitForGetImagesGenerations(this.client, taskId, options);
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
   */
  retrieveGeminiImages(
    request: FetchImageGenerationTaskParams,
    options?: RequestOptions,
  ): APIPromise<ImaImageTaskFetchResponse> {
    return fetchImageGenerationTask(this.client, request, options);
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
   */
  createGptImage(
    request: { body: GptImage2ImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse> {
    return createImagesGenerationsGptImage(this.client, request, options);
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
   */
  retrieveGptImage(
    request: GetImagesGenerationsGptImageParams,
    options?: RequestOptions,
  ): APIPromise<ImaImageTaskFetchResponse> {
    return getImagesGenerationsGptImage(this.client, request, options);
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
   */
  createDoubaoSeedream(
    request: { body: DoubaoSeedream50LiteImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse> {
    return createImagesGenerationsDoubaoSeedream(this.client, request, options);
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
   */
  createDoubaoSeedream45(
    request: { body: DoubaoSeedream45ImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse> {
    return createImagesGenerationsDoubaoSeedream45(this.client, request, options);
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
   */
  retrieveDoubaoSeedream(
    request: GetImagesGenerationsDoubaoSeedreamParams,
    options?: RequestOptions,
  ): APIPromise<ImaImageTaskFetchResponse> {
    return getImagesGenerationsDoubaoSeedream(this.client, request, options);
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
   */
  createWan(
    request: { body: Wan27ImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse> {
    return createImagesGenerationsWan(this.client, request, options);
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
   */
  createWan26(
    request: { body: CreateImagesGenerationsWan26Body },
    options?: RequestOptions,
  ): APIPromise<ImaImageCreateTaskResponse> {
    return createImagesGenerationsWan26(this.client, request, options);
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
   */
  retrieveWan(request: GetImagesGenerationsWanParams, options?: RequestOptions): APIPromise<ImaImageTaskFetchResponse> {
    return getImagesGenerationsWan(this.client, request, options);
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
   */
  createPruna(
    request: { body: PrunaImageGenerationRequest },
    options?: RequestOptions,
  ): APIPromise<PrunaImageCreateTaskResponse> {
    return createImagesGenerationsPruna(this.client, request, options);
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
   */
  retrievePruna(
    request: GetImagesGenerationsPrunaParams,
    options?: RequestOptions,
  ): APIPromise<ImaImageTaskFetchResponse> {
    return getImagesGenerationsPruna(this.client, request, options);
  }

  /** Creates the task and waits until it ends: see {@link createImageGenerationTaskAndWait}. */
  createGeminiImagesAndWait(
    request: { body: GeminiImageGenerationRequest },
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return createImageGenerationTaskAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForFetchImageGenerationTask}. */
  waitForGeminiImages(
    taskId: string,
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return waitForFetchImageGenerationTask(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createImagesGenerationsGptImageAndWait}. */
  createGptImageAndWait(
    request: { body: GptImage2ImageGenerationRequest },
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return createImagesGenerationsGptImageAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetImagesGenerationsGptImage}. */
  waitForGptImage(
    taskId: string,
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return waitForGetImagesGenerationsGptImage(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createImagesGenerationsDoubaoSeedreamAndWait}. */
  createDoubaoSeedreamAndWait(
    request: { body: DoubaoSeedream50LiteImageGenerationRequest },
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return createImagesGenerationsDoubaoSeedreamAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetImagesGenerationsDoubaoSeedream}. */
  waitForDoubaoSeedream(
    taskId: string,
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return waitForGetImagesGenerationsDoubaoSeedream(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createImagesGenerationsDoubaoSeedream45AndWait}. */
  createDoubaoSeedream45AndWait(
    request: { body: DoubaoSeedream45ImageGenerationRequest },
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return createImagesGenerationsDoubaoSeedream45AndWait(this.client, request, options);
  }

  /** Creates the task and waits until it ends: see {@link createImagesGenerationsWanAndWait}. */
  createWanAndWait(
    request: { body: Wan27ImageGenerationRequest },
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return createImagesGenerationsWanAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetImagesGenerationsWan}. */
  waitForWan(taskId: string, options?: WaitOptions<ImaImageTaskFetchResponse>): Promise<ImaImageTaskFetchResponse> {
    return waitForGetImagesGenerationsWan(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends: see {@link createImagesGenerationsWan26AndWait}. */
  createWan26AndWait(
    request: { body: CreateImagesGenerationsWan26Body },
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return createImagesGenerationsWan26AndWait(this.client, request, options);
  }

  /** Creates the task and waits until it ends: see {@link createImagesGenerationsPrunaAndWait}. */
  createPrunaAndWait(
    request: { body: PrunaImageGenerationRequest },
    options?: WaitOptions<ImaImageTaskFetchResponse>,
  ): Promise<ImaImageTaskFetchResponse> {
    return createImagesGenerationsPrunaAndWait(this.client, request, options);
  }

  /** Polls until the task ends: see {@link waitForGetImagesGenerationsPruna}. */
  waitForPruna(taskId: string, options?: WaitOptions<ImaImageTaskFetchResponse>): Promise<ImaImageTaskFetchResponse> {
    return waitForGetImagesGenerationsPruna(this.client, taskId, options);
  }
}

export class Images {
  readonly generations: ImagesGenerations;

  constructor(private readonly client: APIClient) {
    this.generations = new ImagesGenerations(client);
  }
}
