// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import type { Unlisted } from '../core/unlisted.js';
import {
  createImagesGenerationsByModel,
  createImagesGenerationsByModelAndWait,
  getImagesGenerations,
  waitForGetImagesGenerations,
} from '../endpoints.js';
import type {
  CreateImagesGenerationsModel,
  CreateImagesGenerationsRequestByModel,
  CreateImagesGenerationsResponseByModel,
  CreateImagesGenerationsTaskByModel,
} from '../endpoints.js';
import type { ImaImageCreateTaskResponse, ImaImageTaskFetchResponse, PrunaImageCreateTaskResponse } from '../models.js';

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
