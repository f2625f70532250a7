// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from './core/api-promise.js';
import type { APIClient, RequestOptions } from './core/http.js';
import { pollTask } from './core/polling.js';
import type { WaitOptions } from './core/polling.js';
import { callByValue, routeByValue } from './core/variants.js';
import type { APICall, VariantCall } from './core/variants.js';
import type {
  CreateImaProVideoTaskParams,
  CreateImagesGenerationsWan26Body,
  DoubaoSeedream45ImageGenerationRequest,
  DoubaoSeedream50LiteImageGenerationRequest,
  FetchImageGenerationTaskParams,
  GeminiImageGenerationRequest,
  GetVideosWan26Params,
  GetViduVideoTaskStatusParams,
  GptImage2ImageGenerationRequest,
  Happyhorse10VideoCreateRequest,
  ImaImageCreateTaskResponse,
  ImaImageTaskFetchResponse,
  ImaProCreateResponse,
  ImaProQueryResponse,
  ImaProVideoCreateRequest,
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

/** Every `model` value `POST /v1/images/generations` accepts, in spec order (for pickers and validation). */
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

/** The request body for each `model` value of `POST /v1/images/generations`. */
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

const createImagesGenerationsByModelRoutes: Readonly<Record<string, APICall>> = {
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

export function createImagesGenerationsByModel(
  client: APIClient,
  request: { body: GeminiImageGenerationRequest },
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse>;
export function createImagesGenerationsByModel(
  client: APIClient,
  request: { body: GptImage2ImageGenerationRequest },
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse>;
export function createImagesGenerationsByModel(
  client: APIClient,
  request: { body: DoubaoSeedream50LiteImageGenerationRequest },
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse>;
export function createImagesGenerationsByModel(
  client: APIClient,
  request: { body: DoubaoSeedream45ImageGenerationRequest },
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse>;
export function createImagesGenerationsByModel(
  client: APIClient,
  request: { body: Wan27ImageGenerationRequest },
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse>;
export function createImagesGenerationsByModel(
  client: APIClient,
  request: { body: CreateImagesGenerationsWan26Body },
  options?: RequestOptions,
): APIPromise<ImaImageCreateTaskResponse>;
export function createImagesGenerationsByModel(
  client: APIClient,
  request: { body: PrunaImageGenerationRequest },
  options?: RequestOptions,
): APIPromise<PrunaImageCreateTaskResponse>;
export function createImagesGenerationsByModel(
  client: APIClient,
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
/**
 * One call for every variant of `POST /v1/images/generations`, routed by the body's `model`. An unknown value throws before anything is sent.
 * - {@link createImageGenerationTask} (Generate Gemini images): `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, `gemini-3.1-flash-image-preview`
 * - {@link createImagesGenerationsGptImage} (Generate images (gpt-image-2)): `gpt-image-2`
 * - {@link createImagesGenerationsDoubaoSeedream} (Generate images (doubao-seedream-5-0-lite-260128)): `doubao-seedream-5-0-lite-260128`, `seedream-5-0-260128`
 * - {@link createImagesGenerationsDoubaoSeedream45} (Generate images (doubao-seedream-4-5-251128)): `doubao-seedream-4-5-251128`
 * - {@link createImagesGenerationsWan} (Generate images (wan2.7-image / wan2.7-image-pro)): `wan2.7-image`, `wan2.7-image-pro`
 * - {@link createImagesGenerationsWan26} (Create Wan2.6 image task): `wan2.6-t2i`, `wan2.6-image`
 * - {@link createImagesGenerationsPruna} (Create a PrunaAI image task): `prunaai/p-image`, `prunaai/p-image-edit`
 */
export function createImagesGenerationsByModel(
  client: APIClient,
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
  return callByValue(
    createImagesGenerationsByModelRoutes,
    'model',
    'POST /v1/images/generations',
    client,
    request,
    options,
  );
}

const createImagesGenerationsByModelAndWaitRoutes: Readonly<Record<string, VariantCall>> = {
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

export function createImagesGenerationsByModelAndWait(
  client: APIClient,
  request: { body: GeminiImageGenerationRequest },
  options?: WaitOptions,
): Promise<ImaImageTaskFetchResponse>;
export function createImagesGenerationsByModelAndWait(
  client: APIClient,
  request: { body: GptImage2ImageGenerationRequest },
  options?: WaitOptions,
): Promise<ImaImageTaskFetchResponse>;
export function createImagesGenerationsByModelAndWait(
  client: APIClient,
  request: { body: DoubaoSeedream50LiteImageGenerationRequest },
  options?: WaitOptions,
): Promise<ImaImageTaskFetchResponse>;
export function createImagesGenerationsByModelAndWait(
  client: APIClient,
  request: { body: DoubaoSeedream45ImageGenerationRequest },
  options?: WaitOptions,
): Promise<ImaImageTaskFetchResponse>;
export function createImagesGenerationsByModelAndWait(
  client: APIClient,
  request: { body: Wan27ImageGenerationRequest },
  options?: WaitOptions,
): Promise<ImaImageTaskFetchResponse>;
export function createImagesGenerationsByModelAndWait(
  client: APIClient,
  request: { body: CreateImagesGenerationsWan26Body },
  options?: WaitOptions,
): Promise<ImaImageTaskFetchResponse>;
export function createImagesGenerationsByModelAndWait(
  client: APIClient,
  request: { body: PrunaImageGenerationRequest },
  options?: WaitOptions,
): Promise<ImaImageTaskFetchResponse>;
export function createImagesGenerationsByModelAndWait(
  client: APIClient,
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
/** Like {@link createImagesGenerationsByModel}, then waits until the task ends (see the variant's `…AndWait` function for the statuses). */
export async function createImagesGenerationsByModelAndWait(
  client: APIClient,
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
  return routeByValue(
    createImagesGenerationsByModelAndWaitRoutes,
    'model',
    request.body,
    'POST /v1/images/generations',
  )(client, request as never, options);
}

/** One call for every variant of `GET /v1/images/generations/{task_id}`: the variants take the same parameters, so any of them serves. */
export function getImagesGenerations(
  client: APIClient,
  request: FetchImageGenerationTaskParams,
  options?: RequestOptions,
): APIPromise<ImaImageTaskFetchResponse> {
  return fetchImageGenerationTask(client, request, options);
}

/** Polls {@link getImagesGenerations} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImagesGenerations(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaImageTaskFetchResponse>,
): Promise<ImaImageTaskFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImagesGenerations(client, { path: { task_id: taskId } }, requestOptions),
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

/** Every `model` value `POST /v1/videos` accepts, in spec order (for pickers and validation). */
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

/** The request body for each `model` value of `POST /v1/videos`. */
export interface CreateVideosRequestByModel {
  'seedance-2.0': ImaProVideoCreateRequest & { model: 'seedance-2.0' };
  'seedance-2.0-fast': ImaProVideoCreateRequest & { model: 'seedance-2.0-fast' };
  'seedance-2.0-cn': ImaProVideoCreateRequest & { model: 'seedance-2.0-cn' };
  'seedance-2.0-fast-cn': ImaProVideoCreateRequest & { model: 'seedance-2.0-fast-cn' };
  'ima-pro': ImaProVideoCreateRequest & { model: 'ima-pro' };
  'ima-pro-fast': ImaProVideoCreateRequest & { model: 'ima-pro-fast' };
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

const createVideosByModelRoutes: Readonly<Record<string, APICall>> = {
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

export function createVideosByModel(
  client: APIClient,
  request: CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse>;
export function createVideosByModel(
  client: APIClient,
  request: { body: Wan26VideoCreateRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse>;
export function createVideosByModel(
  client: APIClient,
  request: { body: Happyhorse10VideoCreateRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse>;
export function createVideosByModel(
  client: APIClient,
  request: { body: KlingV3VideoCreateRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse>;
export function createVideosByModel(
  client: APIClient,
  request: { body: KlingV3OmniVideoCreateRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse>;
export function createVideosByModel(
  client: APIClient,
  request: { body: KlingVideoRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse>;
export function createVideosByModel(
  client: APIClient,
  request: { body: ViduVideoRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse>;
export function createVideosByModel(
  client: APIClient,
  request: { body: PixverseVideoCreateRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse>;
export function createVideosByModel(
  client: APIClient,
  request: { body: VeoVideoCreateRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse>;
export function createVideosByModel(
  client: APIClient,
  request: { body: MiniMaxVideosCreateRequest },
  options?: RequestOptions,
): APIPromise<VideoTaskResponse>;
export function createVideosByModel(
  client: APIClient,
  request:
    | (CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest })
    | { body: Wan26VideoCreateRequest }
    | { body: Happyhorse10VideoCreateRequest }
    | { body: KlingV3VideoCreateRequest }
    | { body: KlingV3OmniVideoCreateRequest }
    | { body: KlingVideoRequest }
    | { body: ViduVideoRequest }
    | { body: PixverseVideoCreateRequest }
    | { body: VeoVideoCreateRequest }
    | { body: MiniMaxVideosCreateRequest },
  options?: RequestOptions,
): APIPromise<ImaProCreateResponse | VideoTaskResponse>;
/**
 * One call for every variant of `POST /v1/videos`, routed by the body's `model`. An unknown value throws before anything is sent.
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
export function createVideosByModel(
  client: APIClient,
  request:
    | (CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest })
    | { body: Wan26VideoCreateRequest }
    | { body: Happyhorse10VideoCreateRequest }
    | { body: KlingV3VideoCreateRequest }
    | { body: KlingV3OmniVideoCreateRequest }
    | { body: KlingVideoRequest }
    | { body: ViduVideoRequest }
    | { body: PixverseVideoCreateRequest }
    | { body: VeoVideoCreateRequest }
    | { body: MiniMaxVideosCreateRequest },
  options?: RequestOptions,
): APIPromise<unknown> {
  return callByValue(createVideosByModelRoutes, 'model', 'POST /v1/videos', client, request, options);
}

const createVideosByModelAndWaitRoutes: Readonly<Record<string, VariantCall>> = {
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

export function createVideosByModelAndWait(
  client: APIClient,
  request: CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: Wan26VideoCreateRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: Happyhorse10VideoCreateRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: KlingV3VideoCreateRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: KlingV3OmniVideoCreateRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: KlingVideoRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: ViduVideoRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: PixverseVideoCreateRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: VeoVideoCreateRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: MiniMaxVideosCreateRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
export function createVideosByModelAndWait(
  client: APIClient,
  request:
    | (CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest })
    | { body: Wan26VideoCreateRequest }
    | { body: Happyhorse10VideoCreateRequest }
    | { body: KlingV3VideoCreateRequest }
    | { body: KlingV3OmniVideoCreateRequest }
    | { body: KlingVideoRequest }
    | { body: ViduVideoRequest }
    | { body: PixverseVideoCreateRequest }
    | { body: VeoVideoCreateRequest }
    | { body: MiniMaxVideosCreateRequest },
  options?: WaitOptions,
): Promise<ImaProQueryResponse>;
/** Like {@link createVideosByModel}, then waits until the task ends (see the variant's `…AndWait` function for the statuses). */
export async function createVideosByModelAndWait(
  client: APIClient,
  request:
    | (CreateImaProVideoTaskParams & { body: ImaProVideoCreateRequest })
    | { body: Wan26VideoCreateRequest }
    | { body: Happyhorse10VideoCreateRequest }
    | { body: KlingV3VideoCreateRequest }
    | { body: KlingV3OmniVideoCreateRequest }
    | { body: KlingVideoRequest }
    | { body: ViduVideoRequest }
    | { body: PixverseVideoCreateRequest }
    | { body: VeoVideoCreateRequest }
    | { body: MiniMaxVideosCreateRequest },
  options?: WaitOptions,
): Promise<unknown> {
  return routeByValue(
    createVideosByModelAndWaitRoutes,
    'model',
    request.body,
    'POST /v1/videos',
  )(client, request as never, options);
}

/** One call for every variant of `GET /v1/videos/{task_id}`: the variants take the same parameters, so any of them serves. */
export function getVideos(
  client: APIClient,
  request: GetVideosWan26Params,
  options?: RequestOptions,
): APIPromise<ImaProQueryResponse> {
  return getVideosWan26(client, request, options);
}

/** Polls {@link getVideos} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideos(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideos(client, { path: { task_id: taskId } }, requestOptions),
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

/** Every `model` value `POST /v1/video/generations` accepts, in spec order (for pickers and validation). */
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

/** The request body for each `model` value of `POST /v1/video/generations`. */
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

const createVideoGenerationsByModelRoutes: Readonly<Record<string, APICall>> = {
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

export function createVideoGenerationsByModel(
  client: APIClient,
  request: { body: KlingUnifiedVideoRequest },
  options?: RequestOptions,
): APIPromise<VideoTaskResponse>;
export function createVideoGenerationsByModel(
  client: APIClient,
  request: { body: ViduVideoRequest },
  options?: RequestOptions,
): APIPromise<VideoTaskResponse>;
export function createVideoGenerationsByModel(
  client: APIClient,
  request: { body: PixverseVideoCreateRequest },
  options?: RequestOptions,
): APIPromise<VideoTaskResponse>;
export function createVideoGenerationsByModel(
  client: APIClient,
  request: { body: MiniMaxVideoGenerationRequest },
  options?: RequestOptions,
): APIPromise<VideoTaskResponse>;
export function createVideoGenerationsByModel(
  client: APIClient,
  request:
    | { body: KlingUnifiedVideoRequest }
    | { body: ViduVideoRequest }
    | { body: PixverseVideoCreateRequest }
    | { body: MiniMaxVideoGenerationRequest },
  options?: RequestOptions,
): APIPromise<VideoTaskResponse>;
/**
 * One call for every variant of `POST /v1/video/generations`, routed by the body's `model`. An unknown value throws before anything is sent.
 * - {@link klingUnifiedVideoGeneration} (Submit Kling video task (unified endpoint)): `kling-v1`, `kling-v1-6`, `kling-v2-master`, `kling-v2-1-master`, `kling-v2-5-turbo`, `kling-v2-6`, `kling-video-o1`
 * - {@link createViduVideoTask} (Submit Vidu video task): `viduq1`, `viduq2`, `viduq2-pro`, `viduq2-turbo`, `viduq3-pro`, `viduq3-turbo`
 * - {@link createPixverseVideoTask} (Create Pixverse video task): `pixverse-c1`, `pixverse-v6`
 * - {@link createVideoGenerations} (Submit MiniMax video task): `MiniMax-Hailuo-02`, `MiniMax-Hailuo-2.3`, `MiniMax-Hailuo-2.3-Fast`
 */
export function createVideoGenerationsByModel(
  client: APIClient,
  request:
    | { body: KlingUnifiedVideoRequest }
    | { body: ViduVideoRequest }
    | { body: PixverseVideoCreateRequest }
    | { body: MiniMaxVideoGenerationRequest },
  options?: RequestOptions,
): APIPromise<unknown> {
  return callByValue(
    createVideoGenerationsByModelRoutes,
    'model',
    'POST /v1/video/generations',
    client,
    request,
    options,
  );
}

const createVideoGenerationsByModelAndWaitRoutes: Readonly<Record<string, VariantCall>> = {
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

export function createVideoGenerationsByModelAndWait(
  client: APIClient,
  request: { body: KlingUnifiedVideoRequest },
  options?: WaitOptions,
): Promise<VideoTaskResponse>;
export function createVideoGenerationsByModelAndWait(
  client: APIClient,
  request: { body: ViduVideoRequest },
  options?: WaitOptions,
): Promise<VideoTaskResponse>;
export function createVideoGenerationsByModelAndWait(
  client: APIClient,
  request: { body: PixverseVideoCreateRequest },
  options?: WaitOptions,
): Promise<VideoTaskResponse>;
export function createVideoGenerationsByModelAndWait(
  client: APIClient,
  request: { body: MiniMaxVideoGenerationRequest },
  options?: WaitOptions,
): Promise<VideoTaskResponse>;
export function createVideoGenerationsByModelAndWait(
  client: APIClient,
  request:
    | { body: KlingUnifiedVideoRequest }
    | { body: ViduVideoRequest }
    | { body: PixverseVideoCreateRequest }
    | { body: MiniMaxVideoGenerationRequest },
  options?: WaitOptions,
): Promise<VideoTaskResponse>;
/** Like {@link createVideoGenerationsByModel}, then waits until the task ends (see the variant's `…AndWait` function for the statuses). */
export async function createVideoGenerationsByModelAndWait(
  client: APIClient,
  request:
    | { body: KlingUnifiedVideoRequest }
    | { body: ViduVideoRequest }
    | { body: PixverseVideoCreateRequest }
    | { body: MiniMaxVideoGenerationRequest },
  options?: WaitOptions,
): Promise<unknown> {
  return routeByValue(
    createVideoGenerationsByModelAndWaitRoutes,
    'model',
    request.body,
    'POST /v1/video/generations',
  )(client, request as never, options);
}

/** One call for every variant of `GET /v1/video/generations/{task_id}`: the variants take the same parameters, so any of them serves. */
export function getVideoGenerations(
  client: APIClient,
  request: GetViduVideoTaskStatusParams,
  options?: RequestOptions,
): APIPromise<VideoTaskResponse> {
  return getViduVideoTaskStatus(client, request, options);
}

/** Polls {@link getVideoGenerations} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideoGenerations(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideoGenerations(client, { path: { task_id: taskId } }, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}
