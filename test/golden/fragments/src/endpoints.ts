// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from './core/api-promise.js';
import type { APIClient, RequestOptions } from './core/http.js';
import { pollTask } from './core/polling.js';
import type { WaitOptions } from './core/polling.js';
import { callByValue, routeByValue } from './core/variants.js';
import type { APICall, VariantCall } from './core/variants.js';
import type {
  DefaultVideoRequest,
  GetVideoTaskParams,
  KlingVideoRequest,
  VeoVideoRequest,
  VideoTask,
} from './models.js';
import { createVideo, createVideosKling, createVideosVeo, getVideoTask } from './operations/default_.js';
import { createVideoAndWait, createVideosKlingAndWait, createVideosVeoAndWait } from './tasks.js';

/** Every `model` value `POST /v1/videos` accepts, in spec order (for pickers and validation). */
export const createVideosModels = [
  'sora-2',
  'sora-2-pro',
  'veo-3',
  'veo-3-fast',
  'kling-v2-master',
  'kling-v2-1',
] as const;

export type CreateVideosModel = (typeof createVideosModels)[number];

/** The request body for each `model` value of `POST /v1/videos`. */
export interface CreateVideosRequestByModel {
  'sora-2': DefaultVideoRequest & { model: 'sora-2' };
  'sora-2-pro': DefaultVideoRequest & { model: 'sora-2-pro' };
  'veo-3': VeoVideoRequest & { model: 'veo-3' };
  'veo-3-fast': VeoVideoRequest & { model: 'veo-3-fast' };
  'kling-v2-master': KlingVideoRequest & { model: 'kling-v2-master' };
  'kling-v2-1': KlingVideoRequest & { model: 'kling-v2-1' };
}

const createVideosByModelRoutes: Readonly<Record<string, APICall>> = {
  'sora-2': createVideo,
  'sora-2-pro': createVideo,
  'veo-3': createVideosVeo,
  'veo-3-fast': createVideosVeo,
  'kling-v2-master': createVideosKling,
  'kling-v2-1': createVideosKling,
};

export function createVideosByModel(
  client: APIClient,
  request: { body: DefaultVideoRequest },
  options?: RequestOptions,
): APIPromise<VideoTask>;
export function createVideosByModel(
  client: APIClient,
  request: { body: VeoVideoRequest },
  options?: RequestOptions,
): APIPromise<VideoTask>;
export function createVideosByModel(
  client: APIClient,
  request: { body: KlingVideoRequest },
  options?: RequestOptions,
): APIPromise<VideoTask>;
export function createVideosByModel(
  client: APIClient,
  request: { body: DefaultVideoRequest } | { body: VeoVideoRequest } | { body: KlingVideoRequest },
  options?: RequestOptions,
): APIPromise<VideoTask>;
/**
 * One call for every variant of `POST /v1/videos`, routed by the body's `model`. An unknown value throws before anything is sent.
 * - {@link createVideo} (Create a video with the default model family): `sora-2`, `sora-2-pro`
 * - {@link createVideosVeo} (Create a video with a Veo model): `veo-3`, `veo-3-fast`
 * - {@link createVideosKling} (Create a video with a Kling model): `kling-v2-master`, `kling-v2-1`
 */
export function createVideosByModel(
  client: APIClient,
  request: { body: DefaultVideoRequest } | { body: VeoVideoRequest } | { body: KlingVideoRequest },
  options?: RequestOptions,
): APIPromise<unknown> {
  return callByValue(createVideosByModelRoutes, 'model', 'POST /v1/videos', client, request, options);
}

const createVideosByModelAndWaitRoutes: Readonly<Record<string, VariantCall>> = {
  'sora-2': createVideoAndWait,
  'sora-2-pro': createVideoAndWait,
  'veo-3': createVideosVeoAndWait,
  'veo-3-fast': createVideosVeoAndWait,
  'kling-v2-master': createVideosKlingAndWait,
  'kling-v2-1': createVideosKlingAndWait,
};

export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: DefaultVideoRequest },
  options?: WaitOptions,
): Promise<VideoTask>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: VeoVideoRequest },
  options?: WaitOptions,
): Promise<VideoTask>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: KlingVideoRequest },
  options?: WaitOptions,
): Promise<VideoTask>;
export function createVideosByModelAndWait(
  client: APIClient,
  request: { body: DefaultVideoRequest } | { body: VeoVideoRequest } | { body: KlingVideoRequest },
  options?: WaitOptions,
): Promise<VideoTask>;
/** Like {@link createVideosByModel}, then waits until the task ends (see the variant's `…AndWait` function for the statuses). */
export async function createVideosByModelAndWait(
  client: APIClient,
  request: { body: DefaultVideoRequest } | { body: VeoVideoRequest } | { body: KlingVideoRequest },
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
  request: GetVideoTaskParams,
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return getVideoTask(client, request, options);
}

/** Polls {@link getVideos} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideos(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTask>,
): Promise<VideoTask> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideos(client, { path: { task_id: taskId } }, requestOptions),
    { statusField: ['status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
    options,
  );
}
