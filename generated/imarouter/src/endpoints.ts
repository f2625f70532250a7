// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from './core/api-promise.js';
import type { APIClient, OperationRequest, RequestOptions } from './core/http.js';
import { pollTask } from './core/polling.js';
import type { WaitOptions } from './core/polling.js';
import type { Unlisted } from './core/unlisted.js';
import type {
  CreateImaProVideoTaskParams,
  CreateImagesGenerationsWan26Body,
  DoubaoSeedream45ImageGenerationRequest,
  DoubaoSeedream50LiteImageGenerationRequest,
  GeminiImageGenerationRequest,
  GptImage2ImageGenerationRequest,
  Happyhorse10VideoCreateRequest,
  ImaImageCreateTaskResponse,
  ImaImageTaskFetchResponse,
  ImaProCreateResponse,
  ImaProQueryResponse,
  KlingUnifiedVideoRequest,
  KlingV3OmniVideoCreateRequest,
  KlingV3VideoCreateRequest,
  KlingVideoRequest,
  MiniMaxVideoGenerationRequest,
  MiniMaxVideosCreateRequest,
  PixverseVideoCreateRequest,
  PrunaImageCreateTaskResponse,
  PrunaImageGenerationRequest,
  VeoVideoCreateRequest,
  VideoTaskResponse,
  ViduVideoRequest,
  Wan26VideoCreateRequest,
  Wan27ImageGenerationRequest,
} from './models.js';
import {
  createImagesGenerationsDoubaoSeedream,
  createImagesGenerationsDoubaoSeedream45,
} from './operations/doubao-seedream.js';
import { createImageGenerationTask, fetchImageGenerationTask } from './operations/gemini-images.js';
import { createImagesGenerationsGptImage } from './operations/gpt-image.js';
import { createVideosHappyhorse } from './operations/happyhorse-video.js';
import {
  createKlingOpenAIVideoTask,
  createVideosKlingV3OmniVideo,
  createVideosKlingV3Video,
  klingUnifiedVideoGeneration,
} from './operations/kling-video.js';
import { createVideoGenerations, createVideosMinimax } from './operations/minimax-video.js';
import { createPixverseOpenAIVideoTask, createPixverseVideoTask } from './operations/pixverse-video.js';
import { createImagesGenerationsPruna } from './operations/prunaai-images.js';
import { createImaProVideoTask } from './operations/seedance-video.js';
import { createVeoOpenAIVideoTask } from './operations/veo-video.js';
import { createViduOpenAIVideoTask, createViduVideoTask, getViduVideoTaskStatus } from './operations/vidu-video.js';
import { createImagesGenerationsWan, createImagesGenerationsWan26 } from './operations/wan-images.js';
import { createVideosWan26, getVideosWan26 } from './operations/wan2-6-video.js';
import {
  createImaProVideoTaskAndWait,
  createImageGenerationTaskAndWait,
  createImagesGenerationsDoubaoSeedream45AndWait,
  createImagesGenerationsDoubaoSeedreamAndWait,
  createImagesGenerationsGptImageAndWait,
  createImagesGenerationsPrunaAndWait,
  createImagesGenerationsWan26AndWait,
  createImagesGenerationsWanAndWait,
  createKlingOpenAIVideoTaskAndWait,
  createPixverseOpenAIVideoTaskAndWait,
  createPixverseVideoTaskAndWait,
  createVeoOpenAIVideoTaskAndWait,
  createVideoGenerationsAndWait,
  createVideosHappyhorseAndWait,
  createVideosKlingV3OmniVideoAndWait,
  createVideosKlingV3VideoAndWait,
  createVideosMinimaxAndWait,
  createVideosWan26AndWait,
  createViduOpenAIVideoTaskAndWait,
  createViduVideoTaskAndWait,
  klingUnifiedVideoGenerationAndWait,
} from './tasks.js';

/** The variant for a value, else the default variant, which sends the value as it is. */
function routeOf<T>(routes: Readonly<Record<string, T>>, value: unknown, fallback: T): T {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(routes, value) ? routes[value]! : fallback;
}

/** The client, recording `operation` as the name of the call in the errors it throws (see `isAPIError`). */
function named(client: APIClient, operation: string): APIClient {
  return {
    request: <T,>(request: OperationRequest, options?: RequestOptions) =>
      client.request<T>({ ...request, operation }, options),
  };
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

/** Every `model` value `POST /v1/videos` lists, in spec order (for pickers and validation). */
export const createVideosModels = [
  'seedance-2.0',
  'seedance-2.0-fast',
  'seedance-2.0-cn',
  'seedance-2.0-fast-cn',
  'ima-pro',
  'ima-pro-fast',
  'wan2.6-t2v',
  'wan2.6-i2v',
  'wan2.6-i2v-flash',
  'wan2.6-r2v',
  'happyhorse-1.0-t2v',
  'happyhorse-1.0-i2v',
  'happyhorse-1.0-r2v',
  'happyhorse-1.0-video-edit',
  'kling-v3-video',
  'kling-v3-omni-video',
  'kling-v1',
  'kling-v1-6',
  'kling-v2-master',
  'kling-v2-1-master',
  'kling-v2-5-turbo',
  'kling-v2-6',
  'kling-video-o1',
  'viduq1',
  'viduq2',
  'viduq2-pro',
  'viduq2-turbo',
  'viduq3-pro',
  'viduq3-turbo',
  'pixverse-c1',
  'pixverse-v6',
  'veo-3.0-generate-001',
  'veo-3.1-fast-generate-001',
  'MiniMax-Hailuo-02',
  'MiniMax-Hailuo-2.3',
  'MiniMax-Hailuo-2.3-Fast',
] as const;

export type CreateVideosModel = (typeof createVideosModels)[number];

/** The params of each `model` value of `POST /v1/videos`: its variant's. */
export interface CreateVideosRequestByModel {
  'seedance-2.0': CreateImaProVideoTaskParams & { model: 'seedance-2.0' };
  'seedance-2.0-fast': CreateImaProVideoTaskParams & { model: 'seedance-2.0-fast' };
  'seedance-2.0-cn': CreateImaProVideoTaskParams & { model: 'seedance-2.0-cn' };
  'seedance-2.0-fast-cn': CreateImaProVideoTaskParams & { model: 'seedance-2.0-fast-cn' };
  'ima-pro': CreateImaProVideoTaskParams & { model: 'ima-pro' };
  'ima-pro-fast': CreateImaProVideoTaskParams & { model: 'ima-pro-fast' };
  'wan2.6-t2v': Wan26VideoCreateRequest & { model: 'wan2.6-t2v' };
  'wan2.6-i2v': Wan26VideoCreateRequest & { model: 'wan2.6-i2v' };
  'wan2.6-i2v-flash': Wan26VideoCreateRequest & { model: 'wan2.6-i2v-flash' };
  'wan2.6-r2v': Wan26VideoCreateRequest & { model: 'wan2.6-r2v' };
  'happyhorse-1.0-t2v': Happyhorse10VideoCreateRequest & { model: 'happyhorse-1.0-t2v' };
  'happyhorse-1.0-i2v': Happyhorse10VideoCreateRequest & { model: 'happyhorse-1.0-i2v' };
  'happyhorse-1.0-r2v': Happyhorse10VideoCreateRequest & { model: 'happyhorse-1.0-r2v' };
  'happyhorse-1.0-video-edit': Happyhorse10VideoCreateRequest & { model: 'happyhorse-1.0-video-edit' };
  'kling-v3-video': KlingV3VideoCreateRequest & { model: 'kling-v3-video' };
  'kling-v3-omni-video': KlingV3OmniVideoCreateRequest & { model: 'kling-v3-omni-video' };
  'kling-v1': KlingVideoRequest & { model: 'kling-v1' };
  'kling-v1-6': KlingVideoRequest & { model: 'kling-v1-6' };
  'kling-v2-master': KlingVideoRequest & { model: 'kling-v2-master' };
  'kling-v2-1-master': KlingVideoRequest & { model: 'kling-v2-1-master' };
  'kling-v2-5-turbo': KlingVideoRequest & { model: 'kling-v2-5-turbo' };
  'kling-v2-6': KlingVideoRequest & { model: 'kling-v2-6' };
  'kling-video-o1': KlingVideoRequest & { model: 'kling-video-o1' };
  viduq1: ViduVideoRequest & { model: 'viduq1' };
  viduq2: ViduVideoRequest & { model: 'viduq2' };
  'viduq2-pro': ViduVideoRequest & { model: 'viduq2-pro' };
  'viduq2-turbo': ViduVideoRequest & { model: 'viduq2-turbo' };
  'viduq3-pro': ViduVideoRequest & { model: 'viduq3-pro' };
  'viduq3-turbo': ViduVideoRequest & { model: 'viduq3-turbo' };
  'pixverse-c1': PixverseVideoCreateRequest & { model: 'pixverse-c1' };
  'pixverse-v6': PixverseVideoCreateRequest & { model: 'pixverse-v6' };
  'veo-3.0-generate-001': VeoVideoCreateRequest & { model: 'veo-3.0-generate-001' };
  'veo-3.1-fast-generate-001': VeoVideoCreateRequest & { model: 'veo-3.1-fast-generate-001' };
  'MiniMax-Hailuo-02': MiniMaxVideosCreateRequest & { model: 'MiniMax-Hailuo-02' };
  'MiniMax-Hailuo-2.3': MiniMaxVideosCreateRequest & { model: 'MiniMax-Hailuo-2.3' };
  'MiniMax-Hailuo-2.3-Fast': MiniMaxVideosCreateRequest & { model: 'MiniMax-Hailuo-2.3-Fast' };
}

/** What each `model` value of `POST /v1/videos` resolves to. */
export interface CreateVideosResponseByModel {
  'seedance-2.0': ImaProCreateResponse;
  'seedance-2.0-fast': ImaProCreateResponse;
  'seedance-2.0-cn': ImaProCreateResponse;
  'seedance-2.0-fast-cn': ImaProCreateResponse;
  'ima-pro': ImaProCreateResponse;
  'ima-pro-fast': ImaProCreateResponse;
  'wan2.6-t2v': ImaProCreateResponse;
  'wan2.6-i2v': ImaProCreateResponse;
  'wan2.6-i2v-flash': ImaProCreateResponse;
  'wan2.6-r2v': ImaProCreateResponse;
  'happyhorse-1.0-t2v': ImaProCreateResponse;
  'happyhorse-1.0-i2v': ImaProCreateResponse;
  'happyhorse-1.0-r2v': ImaProCreateResponse;
  'happyhorse-1.0-video-edit': ImaProCreateResponse;
  'kling-v3-video': ImaProCreateResponse;
  'kling-v3-omni-video': ImaProCreateResponse;
  'kling-v1': ImaProCreateResponse;
  'kling-v1-6': ImaProCreateResponse;
  'kling-v2-master': ImaProCreateResponse;
  'kling-v2-1-master': ImaProCreateResponse;
  'kling-v2-5-turbo': ImaProCreateResponse;
  'kling-v2-6': ImaProCreateResponse;
  'kling-video-o1': ImaProCreateResponse;
  viduq1: ImaProCreateResponse;
  viduq2: ImaProCreateResponse;
  'viduq2-pro': ImaProCreateResponse;
  'viduq2-turbo': ImaProCreateResponse;
  'viduq3-pro': ImaProCreateResponse;
  'viduq3-turbo': ImaProCreateResponse;
  'pixverse-c1': ImaProCreateResponse;
  'pixverse-v6': ImaProCreateResponse;
  'veo-3.0-generate-001': ImaProCreateResponse;
  'veo-3.1-fast-generate-001': ImaProCreateResponse;
  'MiniMax-Hailuo-02': VideoTaskResponse;
  'MiniMax-Hailuo-2.3': VideoTaskResponse;
  'MiniMax-Hailuo-2.3-Fast': VideoTaskResponse;
}

/** The params fields each `model` value of `POST /v1/videos` requires beside `model`: a list of names, or a union of lists where the value takes one of several sets of fields (`['prompt', 'image'] | ['prompt', 'images']`: params need every field of one of them). */
export interface CreateVideosRequiredFieldsByModel {
  'seedance-2.0': [];
  'seedance-2.0-fast': [];
  'seedance-2.0-cn': [];
  'seedance-2.0-fast-cn': [];
  'ima-pro': [];
  'ima-pro-fast': [];
  'wan2.6-t2v': ['prompt'];
  'wan2.6-i2v': ['image'] | ['images'];
  'wan2.6-i2v-flash': ['image'] | ['images'];
  'wan2.6-r2v': ['image'] | ['images'] | ['reference_video_urls'] | ['video_url'];
  'happyhorse-1.0-t2v': ['prompt'];
  'happyhorse-1.0-i2v': ['image'] | ['images'] | ['first_frame_url'] | ['media'] | ['metadata'];
  'happyhorse-1.0-r2v':
    | ['prompt', 'image']
    | ['prompt', 'images']
    | ['prompt', 'reference_image_urls']
    | ['prompt', 'media']
    | ['prompt', 'metadata'];
  'happyhorse-1.0-video-edit': ['prompt', 'video_url'] | ['prompt', 'media'] | ['prompt', 'metadata'];
  'kling-v3-video': [];
  'kling-v3-omni-video': [];
  'kling-v1': [];
  'kling-v1-6': [];
  'kling-v2-master': [];
  'kling-v2-1-master': [];
  'kling-v2-5-turbo': [];
  'kling-v2-6': [];
  'kling-video-o1': [];
  viduq1: [];
  viduq2: [];
  'viduq2-pro': [];
  'viduq2-turbo': [];
  'viduq3-pro': [];
  'viduq3-turbo': [];
  'pixverse-c1': ['prompt'];
  'pixverse-v6': ['prompt'];
  'veo-3.0-generate-001': ['prompt'];
  'veo-3.1-fast-generate-001': ['prompt'];
  'MiniMax-Hailuo-02': [];
  'MiniMax-Hailuo-2.3': [];
  'MiniMax-Hailuo-2.3-Fast': ['metadata'];
}

/** The `model` values params with the fields `Fields` (beside `model`) suit: each has a set of required fields all among `Fields`, and takes every one of `Fields`. `CreateVideosModelsAccepting<'prompt'>` leaves out the values that need more than a prompt. (The call also checks each field's type, which this does not.) */
export type CreateVideosModelsAccepting<Fields extends string> = {
  [Value in CreateVideosModel]: [
    Exclude<
      Fields,
      CreateVideosRequestByModel[Value] extends infer Variant
        ? Variant extends unknown
          ? keyof Variant
          : never
        : never
    >,
  ] extends [never]
    ? CreateVideosRequiredFieldsByModel[Value] extends infer Choice
      ? Choice extends readonly (infer Field)[]
        ? [Field] extends [Fields]
          ? Value
          : never
        : never
      : never
    : never;
}[CreateVideosModel];

/** Each `model` value's params fields at run time: `required`, one list per way of calling it (see {@link CreateVideosRequiredFieldsByModel}); `accepts`, every field it takes (`undefined`: any). What {@link createVideosModelsAccepting} filters by. */
export const createVideosModelFields: {
  readonly [Value in CreateVideosModel]: {
    readonly required: readonly (readonly string[])[];
    readonly accepts?: readonly string[];
  };
} = {
  'seedance-2.0': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'seedance-2.0-fast': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'seedance-2.0-cn': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'seedance-2.0-fast-cn': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'ima-pro': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'ima-pro-fast': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'images',
      'input_reference',
      'duration',
      'seconds',
      'size',
      'metadata',
      'x-moderation',
    ],
  },
  'wan2.6-t2v': {
    required: [['prompt']],
    accepts: [
      'model',
      'prompt',
      'duration',
      'seconds',
      'size',
      'aspect_ratio',
      'negative_prompt',
      'prompt_extend',
      'seed',
      'shot_type',
      'metadata',
    ],
  },
  'wan2.6-i2v': {
    required: [['image'], ['images']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'duration',
      'seconds',
      'size',
      'negative_prompt',
      'prompt_extend',
      'seed',
      'shot_type',
      'template',
      'metadata',
    ],
  },
  'wan2.6-i2v-flash': {
    required: [['image'], ['images']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'duration',
      'seconds',
      'size',
      'audio',
      'reference_video_urls',
      'negative_prompt',
      'prompt_extend',
      'seed',
      'shot_type',
      'template',
      'metadata',
    ],
  },
  'wan2.6-r2v': {
    required: [['image'], ['images'], ['reference_video_urls'], ['video_url']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'reference_video_urls',
      'video_url',
      'duration',
      'seconds',
      'size',
      'aspect_ratio',
      'negative_prompt',
      'prompt_extend',
      'seed',
      'shot_type',
      'metadata',
    ],
  },
  'happyhorse-1.0-t2v': {
    required: [['prompt']],
    accepts: ['model', 'prompt', 'duration', 'seconds', 'size', 'aspect_ratio', 'seed', 'metadata'],
  },
  'happyhorse-1.0-i2v': {
    required: [['image'], ['images'], ['first_frame_url'], ['media'], ['metadata']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'first_frame_url',
      'media',
      'duration',
      'seconds',
      'size',
      'seed',
      'metadata',
    ],
  },
  'happyhorse-1.0-r2v': {
    required: [
      ['prompt', 'image'],
      ['prompt', 'images'],
      ['prompt', 'reference_image_urls'],
      ['prompt', 'media'],
      ['prompt', 'metadata'],
    ],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'reference_image_urls',
      'media',
      'duration',
      'seconds',
      'size',
      'aspect_ratio',
      'seed',
      'metadata',
    ],
  },
  'happyhorse-1.0-video-edit': {
    required: [
      ['prompt', 'video_url'],
      ['prompt', 'media'],
      ['prompt', 'metadata'],
    ],
    accepts: [
      'model',
      'prompt',
      'video_url',
      'reference_image_urls',
      'media',
      'size',
      'audio_setting',
      'seed',
      'metadata',
    ],
  },
  'kling-v3-video': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'first_frame_url',
      'last_frame_url',
      'element_list',
      'camera_control',
      'duration',
      'seconds',
      'aspect_ratio',
      'mode',
      'sound',
      'negative_prompt',
      'multi_prompt',
      'multi_shot',
      'shot_type',
      'static_mask',
      'voice_list',
      'metadata',
    ],
  },
  'kling-v3-omni-video': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'video_url',
      'video_list',
      'image_list',
      'element_list',
      'first_frame_url',
      'last_frame_url',
      'reference_image_url',
      'reference_image_urls',
      'duration',
      'seconds',
      'aspect_ratio',
      'mode',
      'sound',
      'multi_prompt',
      'multi_shot',
      'shot_type',
      'metadata',
    ],
  },
  'kling-v1': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v1-6': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v2-master': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v2-1-master': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v2-5-turbo': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-v2-6': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  'kling-video-o1': {
    required: [[]],
    accepts: [
      'model',
      'prompt',
      'negative_prompt',
      'image',
      'image_tail',
      'mode',
      'duration',
      'aspect_ratio',
      'cfg_scale',
      'camera_control',
    ],
  },
  viduq1: { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  viduq2: { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq2-pro': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq2-turbo': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq3-pro': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq3-turbo': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'pixverse-c1': { required: [['prompt']], accepts: ['model', 'prompt', 'duration', 'size', 'quality', 'metadata'] },
  'pixverse-v6': { required: [['prompt']], accepts: ['model', 'prompt', 'duration', 'size', 'quality', 'metadata'] },
  'veo-3.0-generate-001': {
    required: [['prompt']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'duration',
      'seconds',
      'durationSeconds',
      'resolution',
      'aspect_ratio',
      'aspectRatio',
      'size',
      'metadata',
    ],
  },
  'veo-3.1-fast-generate-001': {
    required: [['prompt']],
    accepts: [
      'model',
      'prompt',
      'image',
      'images',
      'duration',
      'seconds',
      'durationSeconds',
      'resolution',
      'aspect_ratio',
      'aspectRatio',
      'size',
      'metadata',
    ],
  },
  'MiniMax-Hailuo-02': { required: [[]], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
  'MiniMax-Hailuo-2.3': { required: [[]], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
  'MiniMax-Hailuo-2.3-Fast': { required: [['metadata']], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
};

/** The `model` values, in spec order, that `params` (without `model`) suits by its fields: each has a set of required fields that `params` all has (none `undefined`), and takes every field `params` sets. Typed {@link CreateVideosModelsAccepting} of the params' keys, for a picker. */
export function createVideosModelsAccepting<P extends object>(
  params: P,
): CreateVideosModelsAccepting<Extract<keyof P, string>>[] {
  const present = Object.keys(params).filter((field) => (params as Record<string, unknown>)[field] !== undefined);
  return createVideosModels.filter((value) => {
    const { required, accepts } = createVideosModelFields[value];
    return (
      required.some((set) => set.every((field) => present.includes(field))) &&
      (!accepts || present.every((field) => accepts.includes(field)))
    );
  }) as CreateVideosModelsAccepting<Extract<keyof P, string>>[];
}

const createVideosByModelRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => APIPromise<unknown>>
> = {
  'seedance-2.0': createImaProVideoTask,
  'seedance-2.0-fast': createImaProVideoTask,
  'seedance-2.0-cn': createImaProVideoTask,
  'seedance-2.0-fast-cn': createImaProVideoTask,
  'ima-pro': createImaProVideoTask,
  'ima-pro-fast': createImaProVideoTask,
  'wan2.6-t2v': createVideosWan26,
  'wan2.6-i2v': createVideosWan26,
  'wan2.6-i2v-flash': createVideosWan26,
  'wan2.6-r2v': createVideosWan26,
  'happyhorse-1.0-t2v': createVideosHappyhorse,
  'happyhorse-1.0-i2v': createVideosHappyhorse,
  'happyhorse-1.0-r2v': createVideosHappyhorse,
  'happyhorse-1.0-video-edit': createVideosHappyhorse,
  'kling-v3-video': createVideosKlingV3Video,
  'kling-v3-omni-video': createVideosKlingV3OmniVideo,
  'kling-v1': createKlingOpenAIVideoTask,
  'kling-v1-6': createKlingOpenAIVideoTask,
  'kling-v2-master': createKlingOpenAIVideoTask,
  'kling-v2-1-master': createKlingOpenAIVideoTask,
  'kling-v2-5-turbo': createKlingOpenAIVideoTask,
  'kling-v2-6': createKlingOpenAIVideoTask,
  'kling-video-o1': createKlingOpenAIVideoTask,
  viduq1: createViduOpenAIVideoTask,
  viduq2: createViduOpenAIVideoTask,
  'viduq2-pro': createViduOpenAIVideoTask,
  'viduq2-turbo': createViduOpenAIVideoTask,
  'viduq3-pro': createViduOpenAIVideoTask,
  'viduq3-turbo': createViduOpenAIVideoTask,
  'pixverse-c1': createPixverseOpenAIVideoTask,
  'pixverse-v6': createPixverseOpenAIVideoTask,
  'veo-3.0-generate-001': createVeoOpenAIVideoTask,
  'veo-3.1-fast-generate-001': createVeoOpenAIVideoTask,
  'MiniMax-Hailuo-02': createVideosMinimax,
  'MiniMax-Hailuo-2.3': createVideosMinimax,
  'MiniMax-Hailuo-2.3-Fast': createVideosMinimax,
};

/**
 * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createImaProVideoTask} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
 * - {@link createImaProVideoTask} (Create Seedance video task): `seedance-2.0`, `seedance-2.0-fast`, `seedance-2.0-cn`, `seedance-2.0-fast-cn`, `ima-pro`, `ima-pro-fast`
 * - {@link createVideosWan26} (Create Wan2.6 video task): `wan2.6-t2v`, `wan2.6-i2v`, `wan2.6-i2v-flash`, `wan2.6-r2v`
 * - {@link createVideosHappyhorse} (Create HappyHorse video task): `happyhorse-1.0-t2v`, `happyhorse-1.0-i2v`, `happyhorse-1.0-r2v`, `happyhorse-1.0-video-edit`
 * - {@link createVideosKlingV3Video} (Create Kling v3 Video task): `kling-v3-video`
 * - {@link createVideosKlingV3OmniVideo} (Create Kling v3 Omni Video task): `kling-v3-omni-video`
 * - {@link createKlingOpenAIVideoTask} (Submit Kling video task (OpenAI compatible endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
 * - {@link createViduOpenAIVideoTask} (Submit Vidu video task (OpenAI compatible endpoint)): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
 * - {@link createPixverseOpenAIVideoTask} (Create Pixverse video task (OpenAI compatible endpoint)): `pixverse-c1`, `pixverse-v6`
 * - {@link createVeoOpenAIVideoTask} (Create Veo video task (OpenAI compatible endpoint)): `veo-3.0-generate-001`, `veo-3.1-fast-generate-001`
 * - {@link createVideosMinimax} (Submit MiniMax video task (OpenAI compatible endpoint)): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideosByModel(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse | VideoTaskResponse>;
/**
 * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createImaProVideoTask} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
 * - {@link createImaProVideoTask} (Create Seedance video task): `seedance-2.0`, `seedance-2.0-fast`, `seedance-2.0-cn`, `seedance-2.0-fast-cn`, `ima-pro`, `ima-pro-fast`
 * - {@link createVideosWan26} (Create Wan2.6 video task): `wan2.6-t2v`, `wan2.6-i2v`, `wan2.6-i2v-flash`, `wan2.6-r2v`
 * - {@link createVideosHappyhorse} (Create HappyHorse video task): `happyhorse-1.0-t2v`, `happyhorse-1.0-i2v`, `happyhorse-1.0-r2v`, `happyhorse-1.0-video-edit`
 * - {@link createVideosKlingV3Video} (Create Kling v3 Video task): `kling-v3-video`
 * - {@link createVideosKlingV3OmniVideo} (Create Kling v3 Omni Video task): `kling-v3-omni-video`
 * - {@link createKlingOpenAIVideoTask} (Submit Kling video task (OpenAI compatible endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
 * - {@link createViduOpenAIVideoTask} (Submit Vidu video task (OpenAI compatible endpoint)): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
 * - {@link createPixverseOpenAIVideoTask} (Create Pixverse video task (OpenAI compatible endpoint)): `pixverse-c1`, `pixverse-v6`
 * - {@link createVeoOpenAIVideoTask} (Create Veo video task (OpenAI compatible endpoint)): `veo-3.0-generate-001`, `veo-3.1-fast-generate-001`
 * - {@link createVideosMinimax} (Submit MiniMax video task (OpenAI compatible endpoint)): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
 */
export function createVideosByModel<TModel extends CreateVideosModel>(
  client: APIClient,
  params: CreateVideosRequestByModel[TModel] & { model: TModel },
  options?: RequestOptions,
): APIPromise<CreateVideosResponseByModel[TModel]>;
export function createVideosByModel(
  client: APIClient,
  params: { model?: unknown },
  options?: RequestOptions,
): APIPromise<unknown> {
  return routeOf(createVideosByModelRoutes, params.model, createImaProVideoTask)(
    named(client, 'createVideosByModel'),
    params as never,
    options as never,
  );
}

/** What `createVideosByModelAndWait` resolves to for each `model` value: the finished task of its variant. */
export interface CreateVideosTaskByModel {
  'seedance-2.0': ImaProQueryResponse;
  'seedance-2.0-fast': ImaProQueryResponse;
  'seedance-2.0-cn': ImaProQueryResponse;
  'seedance-2.0-fast-cn': ImaProQueryResponse;
  'ima-pro': ImaProQueryResponse;
  'ima-pro-fast': ImaProQueryResponse;
  'wan2.6-t2v': ImaProQueryResponse;
  'wan2.6-i2v': ImaProQueryResponse;
  'wan2.6-i2v-flash': ImaProQueryResponse;
  'wan2.6-r2v': ImaProQueryResponse;
  'happyhorse-1.0-t2v': ImaProQueryResponse;
  'happyhorse-1.0-i2v': ImaProQueryResponse;
  'happyhorse-1.0-r2v': ImaProQueryResponse;
  'happyhorse-1.0-video-edit': ImaProQueryResponse;
  'kling-v3-video': ImaProQueryResponse;
  'kling-v3-omni-video': ImaProQueryResponse;
  'kling-v1': ImaProQueryResponse;
  'kling-v1-6': ImaProQueryResponse;
  'kling-v2-master': ImaProQueryResponse;
  'kling-v2-1-master': ImaProQueryResponse;
  'kling-v2-5-turbo': ImaProQueryResponse;
  'kling-v2-6': ImaProQueryResponse;
  'kling-video-o1': ImaProQueryResponse;
  viduq1: ImaProQueryResponse;
  viduq2: ImaProQueryResponse;
  'viduq2-pro': ImaProQueryResponse;
  'viduq2-turbo': ImaProQueryResponse;
  'viduq3-pro': ImaProQueryResponse;
  'viduq3-turbo': ImaProQueryResponse;
  'pixverse-c1': ImaProQueryResponse;
  'pixverse-v6': ImaProQueryResponse;
  'veo-3.0-generate-001': ImaProQueryResponse;
  'veo-3.1-fast-generate-001': ImaProQueryResponse;
  'MiniMax-Hailuo-02': ImaProQueryResponse;
  'MiniMax-Hailuo-2.3': ImaProQueryResponse;
  'MiniMax-Hailuo-2.3-Fast': ImaProQueryResponse;
}

const createVideosByModelAndWaitRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => Promise<unknown>>
> = {
  'seedance-2.0': createImaProVideoTaskAndWait,
  'seedance-2.0-fast': createImaProVideoTaskAndWait,
  'seedance-2.0-cn': createImaProVideoTaskAndWait,
  'seedance-2.0-fast-cn': createImaProVideoTaskAndWait,
  'ima-pro': createImaProVideoTaskAndWait,
  'ima-pro-fast': createImaProVideoTaskAndWait,
  'wan2.6-t2v': createVideosWan26AndWait,
  'wan2.6-i2v': createVideosWan26AndWait,
  'wan2.6-i2v-flash': createVideosWan26AndWait,
  'wan2.6-r2v': createVideosWan26AndWait,
  'happyhorse-1.0-t2v': createVideosHappyhorseAndWait,
  'happyhorse-1.0-i2v': createVideosHappyhorseAndWait,
  'happyhorse-1.0-r2v': createVideosHappyhorseAndWait,
  'happyhorse-1.0-video-edit': createVideosHappyhorseAndWait,
  'kling-v3-video': createVideosKlingV3VideoAndWait,
  'kling-v3-omni-video': createVideosKlingV3OmniVideoAndWait,
  'kling-v1': createKlingOpenAIVideoTaskAndWait,
  'kling-v1-6': createKlingOpenAIVideoTaskAndWait,
  'kling-v2-master': createKlingOpenAIVideoTaskAndWait,
  'kling-v2-1-master': createKlingOpenAIVideoTaskAndWait,
  'kling-v2-5-turbo': createKlingOpenAIVideoTaskAndWait,
  'kling-v2-6': createKlingOpenAIVideoTaskAndWait,
  'kling-video-o1': createKlingOpenAIVideoTaskAndWait,
  viduq1: createViduOpenAIVideoTaskAndWait,
  viduq2: createViduOpenAIVideoTaskAndWait,
  'viduq2-pro': createViduOpenAIVideoTaskAndWait,
  'viduq2-turbo': createViduOpenAIVideoTaskAndWait,
  'viduq3-pro': createViduOpenAIVideoTaskAndWait,
  'viduq3-turbo': createViduOpenAIVideoTaskAndWait,
  'pixverse-c1': createPixverseOpenAIVideoTaskAndWait,
  'pixverse-v6': createPixverseOpenAIVideoTaskAndWait,
  'veo-3.0-generate-001': createVeoOpenAIVideoTaskAndWait,
  'veo-3.1-fast-generate-001': createVeoOpenAIVideoTaskAndWait,
  'MiniMax-Hailuo-02': createVideosMinimaxAndWait,
  'MiniMax-Hailuo-2.3': createVideosMinimaxAndWait,
  'MiniMax-Hailuo-2.3-Fast': createVideosMinimaxAndWait,
};

/**
 * Like {@link createVideosByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses).
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideosByModelAndWait(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse>;
/** Like {@link createVideosByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses). */
export function createVideosByModelAndWait<TModel extends CreateVideosModel>(
  client: APIClient,
  params: CreateVideosRequestByModel[TModel] & { model: TModel },
  options?: WaitOptions<CreateVideosTaskByModel[TModel]>,
): Promise<CreateVideosTaskByModel[TModel]>;
export function createVideosByModelAndWait(
  client: APIClient,
  params: { model?: unknown },
  options?: WaitOptions<never>,
): Promise<unknown> {
  return routeOf(createVideosByModelAndWaitRoutes, params.model, createImaProVideoTaskAndWait)(
    named(client, 'createVideosByModel'),
    params as never,
    options as never,
  );
}

/** One call for every variant of `GET /v1/videos/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getVideos')`. */
export function getVideos(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return getVideosWan26(named(client, 'getVideos'), taskId, options);
}

/** Polls {@link getVideos} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideos(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideos(client, taskId, requestOptions),
    {
      statusField: ['status'],
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

/** Every `model` value `POST /v1/video/generations` lists, in spec order (for pickers and validation). */
export const createVideoGenerationsModels = [
  'kling-v1',
  'kling-v1-6',
  'kling-v2-master',
  'kling-v2-1-master',
  'kling-v2-5-turbo',
  'kling-v2-6',
  'kling-video-o1',
  'viduq1',
  'viduq2',
  'viduq2-pro',
  'viduq2-turbo',
  'viduq3-pro',
  'viduq3-turbo',
  'pixverse-c1',
  'pixverse-v6',
  'MiniMax-Hailuo-02',
  'MiniMax-Hailuo-2.3',
  'MiniMax-Hailuo-2.3-Fast',
] as const;

export type CreateVideoGenerationsModel = (typeof createVideoGenerationsModels)[number];

/** The params of each `model` value of `POST /v1/video/generations`: its variant's. */
export interface CreateVideoGenerationsRequestByModel {
  'kling-v1': KlingUnifiedVideoRequest & { model: 'kling-v1' };
  'kling-v1-6': KlingUnifiedVideoRequest & { model: 'kling-v1-6' };
  'kling-v2-master': KlingUnifiedVideoRequest & { model: 'kling-v2-master' };
  'kling-v2-1-master': KlingUnifiedVideoRequest & { model: 'kling-v2-1-master' };
  'kling-v2-5-turbo': KlingUnifiedVideoRequest & { model: 'kling-v2-5-turbo' };
  'kling-v2-6': KlingUnifiedVideoRequest & { model: 'kling-v2-6' };
  'kling-video-o1': KlingUnifiedVideoRequest & { model: 'kling-video-o1' };
  viduq1: ViduVideoRequest & { model: 'viduq1' };
  viduq2: ViduVideoRequest & { model: 'viduq2' };
  'viduq2-pro': ViduVideoRequest & { model: 'viduq2-pro' };
  'viduq2-turbo': ViduVideoRequest & { model: 'viduq2-turbo' };
  'viduq3-pro': ViduVideoRequest & { model: 'viduq3-pro' };
  'viduq3-turbo': ViduVideoRequest & { model: 'viduq3-turbo' };
  'pixverse-c1': PixverseVideoCreateRequest & { model: 'pixverse-c1' };
  'pixverse-v6': PixverseVideoCreateRequest & { model: 'pixverse-v6' };
  'MiniMax-Hailuo-02': MiniMaxVideoGenerationRequest & { model: 'MiniMax-Hailuo-02' };
  'MiniMax-Hailuo-2.3': MiniMaxVideoGenerationRequest & { model: 'MiniMax-Hailuo-2.3' };
  'MiniMax-Hailuo-2.3-Fast': MiniMaxVideoGenerationRequest & { model: 'MiniMax-Hailuo-2.3-Fast' };
}

/** What each `model` value of `POST /v1/video/generations` resolves to. */
export interface CreateVideoGenerationsResponseByModel {
  'kling-v1': VideoTaskResponse;
  'kling-v1-6': VideoTaskResponse;
  'kling-v2-master': VideoTaskResponse;
  'kling-v2-1-master': VideoTaskResponse;
  'kling-v2-5-turbo': VideoTaskResponse;
  'kling-v2-6': VideoTaskResponse;
  'kling-video-o1': VideoTaskResponse;
  viduq1: VideoTaskResponse;
  viduq2: VideoTaskResponse;
  'viduq2-pro': VideoTaskResponse;
  'viduq2-turbo': VideoTaskResponse;
  'viduq3-pro': VideoTaskResponse;
  'viduq3-turbo': VideoTaskResponse;
  'pixverse-c1': VideoTaskResponse;
  'pixverse-v6': VideoTaskResponse;
  'MiniMax-Hailuo-02': VideoTaskResponse;
  'MiniMax-Hailuo-2.3': VideoTaskResponse;
  'MiniMax-Hailuo-2.3-Fast': VideoTaskResponse;
}

/** The params fields each `model` value of `POST /v1/video/generations` requires beside `model`: a list of names, or a union of lists where the value takes one of several sets of fields (`['prompt', 'image'] | ['prompt', 'images']`: params need every field of one of them). */
export interface CreateVideoGenerationsRequiredFieldsByModel {
  'kling-v1': [];
  'kling-v1-6': [];
  'kling-v2-master': [];
  'kling-v2-1-master': [];
  'kling-v2-5-turbo': [];
  'kling-v2-6': [];
  'kling-video-o1': [];
  viduq1: [];
  viduq2: [];
  'viduq2-pro': [];
  'viduq2-turbo': [];
  'viduq3-pro': [];
  'viduq3-turbo': [];
  'pixverse-c1': ['prompt'];
  'pixverse-v6': ['prompt'];
  'MiniMax-Hailuo-02': [];
  'MiniMax-Hailuo-2.3': [];
  'MiniMax-Hailuo-2.3-Fast': ['metadata'];
}

/** The `model` values params with the fields `Fields` (beside `model`) suit: each has a set of required fields all among `Fields`, and takes every one of `Fields`. `CreateVideoGenerationsModelsAccepting<'prompt'>` leaves out the values that need more than a prompt. (The call also checks each field's type, which this does not.) */
export type CreateVideoGenerationsModelsAccepting<Fields extends string> = {
  [Value in CreateVideoGenerationsModel]: [
    Exclude<
      Fields,
      CreateVideoGenerationsRequestByModel[Value] extends infer Variant
        ? Variant extends unknown
          ? keyof Variant
          : never
        : never
    >,
  ] extends [never]
    ? CreateVideoGenerationsRequiredFieldsByModel[Value] extends infer Choice
      ? Choice extends readonly (infer Field)[]
        ? [Field] extends [Fields]
          ? Value
          : never
        : never
      : never
    : never;
}[CreateVideoGenerationsModel];

/** Each `model` value's params fields at run time: `required`, one list per way of calling it (see {@link CreateVideoGenerationsRequiredFieldsByModel}); `accepts`, every field it takes (`undefined`: any). What {@link createVideoGenerationsModelsAccepting} filters by. */
export const createVideoGenerationsModelFields: {
  readonly [Value in CreateVideoGenerationsModel]: {
    readonly required: readonly (readonly string[])[];
    readonly accepts?: readonly string[];
  };
} = {
  'kling-v1': { required: [[]], accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'] },
  'kling-v1-6': { required: [[]], accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'] },
  'kling-v2-master': {
    required: [[]],
    accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'],
  },
  'kling-v2-1-master': {
    required: [[]],
    accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'],
  },
  'kling-v2-5-turbo': {
    required: [[]],
    accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'],
  },
  'kling-v2-6': { required: [[]], accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'] },
  'kling-video-o1': { required: [[]], accepts: ['model', 'prompt', 'image', 'images', 'duration', 'size', 'metadata'] },
  viduq1: { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  viduq2: { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq2-pro': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq2-turbo': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq3-pro': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'viduq3-turbo': { required: [[]], accepts: ['model', 'prompt', 'images', 'duration', 'size', 'metadata'] },
  'pixverse-c1': { required: [['prompt']], accepts: ['model', 'prompt', 'duration', 'size', 'quality', 'metadata'] },
  'pixverse-v6': { required: [['prompt']], accepts: ['model', 'prompt', 'duration', 'size', 'quality', 'metadata'] },
  'MiniMax-Hailuo-02': { required: [[]], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
  'MiniMax-Hailuo-2.3': { required: [[]], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
  'MiniMax-Hailuo-2.3-Fast': { required: [['metadata']], accepts: ['model', 'prompt', 'duration', 'size', 'metadata'] },
};

/** The `model` values, in spec order, that `params` (without `model`) suits by its fields: each has a set of required fields that `params` all has (none `undefined`), and takes every field `params` sets. Typed {@link CreateVideoGenerationsModelsAccepting} of the params' keys, for a picker. */
export function createVideoGenerationsModelsAccepting<P extends object>(
  params: P,
): CreateVideoGenerationsModelsAccepting<Extract<keyof P, string>>[] {
  const present = Object.keys(params).filter((field) => (params as Record<string, unknown>)[field] !== undefined);
  return createVideoGenerationsModels.filter((value) => {
    const { required, accepts } = createVideoGenerationsModelFields[value];
    return (
      required.some((set) => set.every((field) => present.includes(field))) &&
      (!accepts || present.every((field) => accepts.includes(field)))
    );
  }) as CreateVideoGenerationsModelsAccepting<Extract<keyof P, string>>[];
}

const createVideoGenerationsByModelRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => APIPromise<unknown>>
> = {
  'kling-v1': klingUnifiedVideoGeneration,
  'kling-v1-6': klingUnifiedVideoGeneration,
  'kling-v2-master': klingUnifiedVideoGeneration,
  'kling-v2-1-master': klingUnifiedVideoGeneration,
  'kling-v2-5-turbo': klingUnifiedVideoGeneration,
  'kling-v2-6': klingUnifiedVideoGeneration,
  'kling-video-o1': klingUnifiedVideoGeneration,
  viduq1: createViduVideoTask,
  viduq2: createViduVideoTask,
  'viduq2-pro': createViduVideoTask,
  'viduq2-turbo': createViduVideoTask,
  'viduq3-pro': createViduVideoTask,
  'viduq3-turbo': createViduVideoTask,
  'pixverse-c1': createPixverseVideoTask,
  'pixverse-v6': createPixverseVideoTask,
  'MiniMax-Hailuo-02': createVideoGenerations,
  'MiniMax-Hailuo-2.3': createVideoGenerations,
  'MiniMax-Hailuo-2.3-Fast': createVideoGenerations,
};

/**
 * One call for every variant of `POST /v1/video/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideoGenerations} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideoGenerationsByModel')`.
 * - {@link klingUnifiedVideoGeneration} (Submit Kling video task (unified endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
 * - {@link createViduVideoTask} (Submit Vidu video task): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
 * - {@link createPixverseVideoTask} (Create Pixverse video task): `pixverse-c1`, `pixverse-v6`
 * - {@link createVideoGenerations} (Submit MiniMax video task): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideoGenerationsByModel(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse>;
/**
 * One call for every variant of `POST /v1/video/generations`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideoGenerations} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideoGenerationsByModel')`.
 * - {@link klingUnifiedVideoGeneration} (Submit Kling video task (unified endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
 * - {@link createViduVideoTask} (Submit Vidu video task): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
 * - {@link createPixverseVideoTask} (Create Pixverse video task): `pixverse-c1`, `pixverse-v6`
 * - {@link createVideoGenerations} (Submit MiniMax video task): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
 */
export function createVideoGenerationsByModel<TModel extends CreateVideoGenerationsModel>(
  client: APIClient,
  params: CreateVideoGenerationsRequestByModel[TModel] & { model: TModel },
  options?: RequestOptions,
): APIPromise<CreateVideoGenerationsResponseByModel[TModel]>;
export function createVideoGenerationsByModel(
  client: APIClient,
  params: { model?: unknown },
  options?: RequestOptions,
): APIPromise<unknown> {
  return routeOf(createVideoGenerationsByModelRoutes, params.model, createVideoGenerations)(
    named(client, 'createVideoGenerationsByModel'),
    params as never,
    options as never,
  );
}

/** What `createVideoGenerationsByModelAndWait` resolves to for each `model` value: the finished task of its variant. */
export interface CreateVideoGenerationsTaskByModel {
  'kling-v1': VideoTaskResponse;
  'kling-v1-6': VideoTaskResponse;
  'kling-v2-master': VideoTaskResponse;
  'kling-v2-1-master': VideoTaskResponse;
  'kling-v2-5-turbo': VideoTaskResponse;
  'kling-v2-6': VideoTaskResponse;
  'kling-video-o1': VideoTaskResponse;
  viduq1: VideoTaskResponse;
  viduq2: VideoTaskResponse;
  'viduq2-pro': VideoTaskResponse;
  'viduq2-turbo': VideoTaskResponse;
  'viduq3-pro': VideoTaskResponse;
  'viduq3-turbo': VideoTaskResponse;
  'pixverse-c1': VideoTaskResponse;
  'pixverse-v6': VideoTaskResponse;
  'MiniMax-Hailuo-02': VideoTaskResponse;
  'MiniMax-Hailuo-2.3': VideoTaskResponse;
  'MiniMax-Hailuo-2.3-Fast': VideoTaskResponse;
}

const createVideoGenerationsByModelAndWaitRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => Promise<unknown>>
> = {
  'kling-v1': klingUnifiedVideoGenerationAndWait,
  'kling-v1-6': klingUnifiedVideoGenerationAndWait,
  'kling-v2-master': klingUnifiedVideoGenerationAndWait,
  'kling-v2-1-master': klingUnifiedVideoGenerationAndWait,
  'kling-v2-5-turbo': klingUnifiedVideoGenerationAndWait,
  'kling-v2-6': klingUnifiedVideoGenerationAndWait,
  'kling-video-o1': klingUnifiedVideoGenerationAndWait,
  viduq1: createViduVideoTaskAndWait,
  viduq2: createViduVideoTaskAndWait,
  'viduq2-pro': createViduVideoTaskAndWait,
  'viduq2-turbo': createViduVideoTaskAndWait,
  'viduq3-pro': createViduVideoTaskAndWait,
  'viduq3-turbo': createViduVideoTaskAndWait,
  'pixverse-c1': createPixverseVideoTaskAndWait,
  'pixverse-v6': createPixverseVideoTaskAndWait,
  'MiniMax-Hailuo-02': createVideoGenerationsAndWait,
  'MiniMax-Hailuo-2.3': createVideoGenerationsAndWait,
  'MiniMax-Hailuo-2.3-Fast': createVideoGenerationsAndWait,
};

/**
 * Like {@link createVideoGenerationsByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses).
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideoGenerationsByModelAndWait(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse>;
/** Like {@link createVideoGenerationsByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses). */
export function createVideoGenerationsByModelAndWait<TModel extends CreateVideoGenerationsModel>(
  client: APIClient,
  params: CreateVideoGenerationsRequestByModel[TModel] & { model: TModel },
  options?: WaitOptions<CreateVideoGenerationsTaskByModel[TModel]>,
): Promise<CreateVideoGenerationsTaskByModel[TModel]>;
export function createVideoGenerationsByModelAndWait(
  client: APIClient,
  params: { model?: unknown },
  options?: WaitOptions<never>,
): Promise<unknown> {
  return routeOf(createVideoGenerationsByModelAndWaitRoutes, params.model, createVideoGenerationsAndWait)(
    named(client, 'createVideoGenerationsByModel'),
    params as never,
    options as never,
  );
}

/** One call for every variant of `GET /v1/video/generations/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getVideoGenerations')`. */
export function getVideoGenerations(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return getViduVideoTaskStatus(named(client, 'getVideoGenerations'), taskId, options);
}

/** Polls {@link getVideoGenerations} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideoGenerations(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideoGenerations(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}
