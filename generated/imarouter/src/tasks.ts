// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient } from './core/http.js';
import { pollTask, taskIdOf } from './core/polling.js';
import type { WaitOptions } from './core/polling.js';
import type {
  CreateImaProVideoTaskParams,
  CreateImagesGenerationsWan26Body,
  DoubaoSeedream45ImageGenerationRequest,
  DoubaoSeedream50LiteImageGenerationRequest,
  GeminiImageGenerationRequest,
  GptImage2ImageGenerationRequest,
  Happyhorse10VideoCreateRequest,
  ImaImageTaskFetchResponse,
  ImaMusicCreateTaskRequest,
  ImaMusicTaskFetchResponse,
  ImaProQueryResponse,
  ImaProSubtitleEraseRequest,
  KlingImage2VideoRequest,
  KlingText2VideoRequest,
  KlingUnifiedVideoRequest,
  KlingV3OmniVideoCreateRequest,
  KlingV3VideoCreateRequest,
  KlingVideoRequest,
  MidjourneyChangeRequest,
  MidjourneyImagineRequest,
  MidjourneyModalRequest,
  MidjourneyTaskResponse,
  MiniMaxVideoGenerationRequest,
  MiniMaxVideosCreateRequest,
  PixverseVideoCreateRequest,
  PrunaImageGenerationRequest,
  SeedTtsSpeechCreateRequest,
  SeedTtsSpeechFetchResponse,
  SeedanceContentsGenerationTaskRequest,
  SubmitMidjourneyBlendBody,
  VeoVideoCreateRequest,
  VideoTaskResponse,
  ViduVideoRequest,
  Wan26VideoCreateRequest,
  Wan27ImageGenerationRequest,
} from './models.js';
import {
  createImagesGenerationsDoubaoSeedream,
  createImagesGenerationsDoubaoSeedream45,
  getImagesGenerationsDoubaoSeedream,
} from './operations/doubao-seedream.js';
import { createImaProSubtitleEraseTask, getImaProSubtitleEraseTask } from './operations/doubao-subtitle-erase.js';
import { createImageGenerationTask, fetchImageGenerationTask } from './operations/gemini-images.js';
import { createImagesGenerationsGptImage, getImagesGenerationsGptImage } from './operations/gpt-image.js';
import { createVideosHappyhorse, getVideosHappyhorse } from './operations/happyhorse-video.js';
import {
  createKlingOpenAIVideoTask,
  createVideosKlingV3OmniVideo,
  createVideosKlingV3Video,
  getKlingImage2VideoTaskStatus,
  getKlingVideoTaskStatus,
  getVideosKlingV3OmniVideo,
  getVideosKlingV3Video,
  klingImage2Video,
  klingText2Video,
  klingUnifiedVideoGeneration,
} from './operations/kling-video.js';
import {
  mjFetchTask,
  mjSubmitChange,
  mjSubmitImagine,
  mjSubmitModal,
  submitMidjourneyBlend,
} from './operations/midjourney.js';
import { createVideoGenerations, createVideosMinimax, getMiniMaxVideoTaskStatus } from './operations/minimax-video.js';
import { createMusicGenerationTask, fetchMusicGenerationTask } from './operations/music.js';
import {
  createPixverseOpenAIVideoTask,
  createPixverseVideoTask,
  getPixverseOpenAIVideoTaskStatus,
  getPixverseVideoTaskStatus,
} from './operations/pixverse-video.js';
import { createImagesGenerationsPruna, getImagesGenerationsPruna } from './operations/prunaai-images.js';
import { createSeedTtsSpeechTask, getSeedTtsSpeechTask } from './operations/seed-tts-speech.js';
import {
  createImaProVideoTask,
  createSeedanceContentsGenerationTask,
  getImaProVideoTask,
  getSeedanceContentsGenerationTask,
} from './operations/seedance-video.js';
import { createVeoOpenAIVideoTask, getVeoOpenAIVideoTaskStatus } from './operations/veo-video.js';
import { createViduOpenAIVideoTask, createViduVideoTask, getViduVideoTaskStatus } from './operations/vidu-video.js';
import {
  createImagesGenerationsWan,
  createImagesGenerationsWan26,
  getImagesGenerationsWan,
} from './operations/wan-images.js';
import { createVideosWan26, getVideosWan26 } from './operations/wan2-6-video.js';

/**
 * Calls {@link createMusicGenerationTask}, then polls {@link fetchMusicGenerationTask} until the task's `data.status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createMusicGenerationTaskAndWait(
  client: APIClient,
  params: ImaMusicCreateTaskRequest,
  options: WaitOptions<ImaMusicTaskFetchResponse> = {},
): Promise<ImaMusicTaskFetchResponse> {
  const created = await createMusicGenerationTask(client, params, options);
  return waitForFetchMusicGenerationTask(
    client,
    taskIdOf(created, ['task_id'], 'createMusicGenerationTask') as string,
    options,
  );
}

/** Polls {@link fetchMusicGenerationTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForFetchMusicGenerationTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaMusicTaskFetchResponse>,
): Promise<ImaMusicTaskFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => fetchMusicGenerationTask(client, taskId, requestOptions),
    { statusField: ['data', 'status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createSeedTtsSpeechTask}, then polls {@link getSeedTtsSpeechTask} until the task's `data.status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createSeedTtsSpeechTaskAndWait(
  client: APIClient,
  params: SeedTtsSpeechCreateRequest,
  options: WaitOptions<SeedTtsSpeechFetchResponse> = {},
): Promise<SeedTtsSpeechFetchResponse> {
  const created = await createSeedTtsSpeechTask(client, params, options);
  return waitForGetSeedTtsSpeechTask(
    client,
    taskIdOf(created, ['task_id'], 'createSeedTtsSpeechTask') as string,
    options,
  );
}

/** Polls {@link getSeedTtsSpeechTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetSeedTtsSpeechTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<SeedTtsSpeechFetchResponse>,
): Promise<SeedTtsSpeechFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getSeedTtsSpeechTask(client, taskId, requestOptions),
    { statusField: ['data', 'status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
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
 * Calls {@link createImaProVideoTask}, then polls {@link getImaProVideoTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImaProVideoTaskAndWait(
  client: APIClient,
  params: CreateImaProVideoTaskParams,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createImaProVideoTask(client, params, options);
  return waitForGetImaProVideoTask(client, taskIdOf(created, ['task_id'], 'createImaProVideoTask') as string, options);
}

/** Polls {@link getImaProVideoTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImaProVideoTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImaProVideoTask(client, taskId, requestOptions),
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

/**
 * Calls {@link createVideosWan26}, then polls {@link getVideosWan26} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosWan26AndWait(
  client: APIClient,
  params: Wan26VideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosWan26(client, params, options);
  return waitForGetVideosWan26(client, taskIdOf(created, ['task_id'], 'createVideosWan26') as string, options);
}

/** Polls {@link getVideosWan26} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosWan26(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosWan26(client, taskId, requestOptions),
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

/**
 * Calls {@link createVideosHappyhorse}, then polls {@link getVideosHappyhorse} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosHappyhorseAndWait(
  client: APIClient,
  params: Happyhorse10VideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosHappyhorse(client, params, options);
  return waitForGetVideosHappyhorse(
    client,
    taskIdOf(created, ['task_id'], 'createVideosHappyhorse') as string,
    options,
  );
}

/** Polls {@link getVideosHappyhorse} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosHappyhorse(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosHappyhorse(client, taskId, requestOptions),
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

/**
 * Calls {@link createVideosKlingV3Video}, then polls {@link getVideosKlingV3Video} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosKlingV3VideoAndWait(
  client: APIClient,
  params: KlingV3VideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosKlingV3Video(client, params, options);
  return waitForGetVideosKlingV3Video(
    client,
    taskIdOf(created, ['task_id'], 'createVideosKlingV3Video') as string,
    options,
  );
}

/** Polls {@link getVideosKlingV3Video} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosKlingV3Video(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosKlingV3Video(client, taskId, requestOptions),
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

/**
 * Calls {@link createVideosKlingV3OmniVideo}, then polls {@link getVideosKlingV3OmniVideo} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosKlingV3OmniVideoAndWait(
  client: APIClient,
  params: KlingV3OmniVideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosKlingV3OmniVideo(client, params, options);
  return waitForGetVideosKlingV3OmniVideo(
    client,
    taskIdOf(created, ['task_id'], 'createVideosKlingV3OmniVideo') as string,
    options,
  );
}

/** Polls {@link getVideosKlingV3OmniVideo} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosKlingV3OmniVideo(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosKlingV3OmniVideo(client, taskId, requestOptions),
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

/**
 * Calls {@link createKlingOpenAIVideoTask}, then polls {@link getImaProVideoTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createKlingOpenAIVideoTaskAndWait(
  client: APIClient,
  params: KlingVideoRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createKlingOpenAIVideoTask(client, params, options);
  return waitForGetImaProVideoTask(
    client,
    taskIdOf(created, ['task_id'], 'createKlingOpenAIVideoTask') as string,
    options,
  );
}

/**
 * Calls {@link createViduOpenAIVideoTask}, then polls {@link getImaProVideoTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createViduOpenAIVideoTaskAndWait(
  client: APIClient,
  params: ViduVideoRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createViduOpenAIVideoTask(client, params, options);
  return waitForGetImaProVideoTask(
    client,
    taskIdOf(created, ['task_id'], 'createViduOpenAIVideoTask') as string,
    options,
  );
}

/**
 * Calls {@link createPixverseOpenAIVideoTask}, then polls {@link getPixverseOpenAIVideoTaskStatus} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createPixverseOpenAIVideoTaskAndWait(
  client: APIClient,
  params: PixverseVideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createPixverseOpenAIVideoTask(client, params, options);
  return waitForGetPixverseOpenAIVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createPixverseOpenAIVideoTask') as string,
    options,
  );
}

/** Polls {@link getPixverseOpenAIVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetPixverseOpenAIVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getPixverseOpenAIVideoTaskStatus(client, taskId, requestOptions),
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

/**
 * Calls {@link createVeoOpenAIVideoTask}, then polls {@link getVeoOpenAIVideoTaskStatus} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVeoOpenAIVideoTaskAndWait(
  client: APIClient,
  params: VeoVideoCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVeoOpenAIVideoTask(client, params, options);
  return waitForGetVeoOpenAIVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createVeoOpenAIVideoTask') as string,
    options,
  );
}

/** Polls {@link getVeoOpenAIVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVeoOpenAIVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVeoOpenAIVideoTaskStatus(client, taskId, requestOptions),
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

/**
 * Calls {@link createImaProSubtitleEraseTask}, then polls {@link getImaProSubtitleEraseTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createImaProSubtitleEraseTaskAndWait(
  client: APIClient,
  params: ImaProSubtitleEraseRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createImaProSubtitleEraseTask(client, params, options);
  return waitForGetImaProSubtitleEraseTask(
    client,
    taskIdOf(created, ['task_id'], 'createImaProSubtitleEraseTask') as string,
    options,
  );
}

/** Polls {@link getImaProSubtitleEraseTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetImaProSubtitleEraseTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getImaProSubtitleEraseTask(client, taskId, requestOptions),
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

/**
 * Calls {@link createSeedanceContentsGenerationTask}, then polls {@link getSeedanceContentsGenerationTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createSeedanceContentsGenerationTaskAndWait(
  client: APIClient,
  params: SeedanceContentsGenerationTaskRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createSeedanceContentsGenerationTask(client, params, options);
  return waitForGetSeedanceContentsGenerationTask(
    client,
    taskIdOf(created, ['task_id'], 'createSeedanceContentsGenerationTask') as string,
    options,
  );
}

/** Polls {@link getSeedanceContentsGenerationTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetSeedanceContentsGenerationTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaProQueryResponse>,
): Promise<ImaProQueryResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getSeedanceContentsGenerationTask(client, taskId, requestOptions),
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

/**
 * Calls {@link mjSubmitImagine}, then polls {@link mjFetchTask} until the task's `status` is one of `SUCCESS`, `FAILURE`, `CANCEL`.
 * Resolves with the final state; throws `TaskFailedError` on `FAILURE`, `CANCEL` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function mjSubmitImagineAndWait(
  client: APIClient,
  params: MidjourneyImagineRequest,
  options: WaitOptions<MidjourneyTaskResponse> = {},
): Promise<MidjourneyTaskResponse> {
  const created = await mjSubmitImagine(client, params, options);
  return waitForMjFetchTask(client, taskIdOf(created, ['result'], 'mjSubmitImagine') as string, options);
}

/** Polls {@link mjFetchTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForMjFetchTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<MidjourneyTaskResponse>,
): Promise<MidjourneyTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => mjFetchTask(client, taskId, requestOptions),
    { statusField: ['status'], success: ['SUCCESS'], failure: ['FAILURE', 'CANCEL'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link submitMidjourneyBlend}, then polls {@link mjFetchTask} until the task's `status` is one of `SUCCESS`, `FAILURE`, `CANCEL`.
 * Resolves with the final state; throws `TaskFailedError` on `FAILURE`, `CANCEL` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function submitMidjourneyBlendAndWait(
  client: APIClient,
  params: SubmitMidjourneyBlendBody,
  options: WaitOptions<MidjourneyTaskResponse> = {},
): Promise<MidjourneyTaskResponse> {
  const created = await submitMidjourneyBlend(client, params, options);
  return waitForMjFetchTask(client, taskIdOf(created, ['result'], 'submitMidjourneyBlend') as string, options);
}

/**
 * Calls {@link mjSubmitChange}, then polls {@link mjFetchTask} until the task's `status` is one of `SUCCESS`, `FAILURE`, `CANCEL`.
 * Resolves with the final state; throws `TaskFailedError` on `FAILURE`, `CANCEL` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function mjSubmitChangeAndWait(
  client: APIClient,
  params: MidjourneyChangeRequest,
  options: WaitOptions<MidjourneyTaskResponse> = {},
): Promise<MidjourneyTaskResponse> {
  const created = await mjSubmitChange(client, params, options);
  return waitForMjFetchTask(client, taskIdOf(created, ['result'], 'mjSubmitChange') as string, options);
}

/**
 * Calls {@link mjSubmitModal}, then polls {@link mjFetchTask} until the task's `status` is one of `SUCCESS`, `FAILURE`, `CANCEL`.
 * Resolves with the final state; throws `TaskFailedError` on `FAILURE`, `CANCEL` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function mjSubmitModalAndWait(
  client: APIClient,
  params: MidjourneyModalRequest,
  options: WaitOptions<MidjourneyTaskResponse> = {},
): Promise<MidjourneyTaskResponse> {
  const created = await mjSubmitModal(client, params, options);
  return waitForMjFetchTask(client, taskIdOf(created, ['result'], 'mjSubmitModal') as string, options);
}

/**
 * Calls {@link klingText2Video}, then polls {@link getKlingVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function klingText2VideoAndWait(
  client: APIClient,
  params: KlingText2VideoRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await klingText2Video(client, params, options);
  return waitForGetKlingVideoTaskStatus(client, taskIdOf(created, ['task_id'], 'klingText2Video') as string, options);
}

/** Polls {@link getKlingVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetKlingVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getKlingVideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link klingImage2Video}, then polls {@link getKlingImage2VideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function klingImage2VideoAndWait(
  client: APIClient,
  params: KlingImage2VideoRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await klingImage2Video(client, params, options);
  return waitForGetKlingImage2VideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'klingImage2Video') as string,
    options,
  );
}

/** Polls {@link getKlingImage2VideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetKlingImage2VideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getKlingImage2VideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link klingUnifiedVideoGeneration}, then polls {@link getMiniMaxVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function klingUnifiedVideoGenerationAndWait(
  client: APIClient,
  params: KlingUnifiedVideoRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await klingUnifiedVideoGeneration(client, params, options);
  return waitForGetMiniMaxVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'klingUnifiedVideoGeneration') as string,
    options,
  );
}

/** Polls {@link getMiniMaxVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetMiniMaxVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getMiniMaxVideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createViduVideoTask}, then polls {@link getViduVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createViduVideoTaskAndWait(
  client: APIClient,
  params: ViduVideoRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await createViduVideoTask(client, params, options);
  return waitForGetViduVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createViduVideoTask') as string,
    options,
  );
}

/** Polls {@link getViduVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetViduVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getViduVideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createPixverseVideoTask}, then polls {@link getPixverseVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createPixverseVideoTaskAndWait(
  client: APIClient,
  params: PixverseVideoCreateRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await createPixverseVideoTask(client, params, options);
  return waitForGetPixverseVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createPixverseVideoTask') as string,
    options,
  );
}

/** Polls {@link getPixverseVideoTaskStatus} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetPixverseVideoTaskStatus(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTaskResponse>,
): Promise<VideoTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getPixverseVideoTaskStatus(client, taskId, requestOptions),
    { statusField: ['status'], success: ['completed'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createVideoGenerations}, then polls {@link getMiniMaxVideoTaskStatus} until the task's `status` is one of `completed`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideoGenerationsAndWait(
  client: APIClient,
  params: MiniMaxVideoGenerationRequest,
  options: WaitOptions<VideoTaskResponse> = {},
): Promise<VideoTaskResponse> {
  const created = await createVideoGenerations(client, params, options);
  return waitForGetMiniMaxVideoTaskStatus(
    client,
    taskIdOf(created, ['task_id'], 'createVideoGenerations') as string,
    options,
  );
}

/**
 * Calls {@link createVideosMinimax}, then polls {@link getImaProVideoTask} until the task's `status` is one of `completed`, `succeeded`, `success`, `succeed`, `done`, `finished`, `complete`, `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` (any case).
 * Resolves with the final state; throws `TaskFailedError` on `failed`, `failure`, `fail`, `error`, `errored`, `cancelled`, `canceled`, `cancel`, `expired`, `rejected`, `timeout`, `timed_out` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosMinimaxAndWait(
  client: APIClient,
  params: MiniMaxVideosCreateRequest,
  options: WaitOptions<ImaProQueryResponse> = {},
): Promise<ImaProQueryResponse> {
  const created = await createVideosMinimax(client, params, options);
  return waitForGetImaProVideoTask(client, taskIdOf(created, ['task_id'], 'createVideosMinimax') as string, options);
}
