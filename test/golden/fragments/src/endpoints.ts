// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from './core/api-promise.js';
import type { APIClient, OperationRequest, RequestOptions } from './core/http.js';
import { pollTask } from './core/polling.js';
import type { WaitOptions } from './core/polling.js';
import type { Unlisted } from './core/unlisted.js';
import type { DefaultVideoRequest, KlingVideoRequest, VeoVideoRequest, VideoTask } from './models.js';
import { createVideo, createVideosKling, createVideosVeo, getVideoTask } from './operations/default_.js';
import { createVideoAndWait, createVideosKlingAndWait, createVideosVeoAndWait } from './tasks.js';

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

/** Every `model` value `POST /v1/videos` lists, in spec order (for pickers and validation). */
export const createVideosModels = [
  'sora-2',
  'sora-2-pro',
  'veo-3',
  'veo-3-fast',
  'kling-v2-master',
  'kling-v2-1',
] as const;

export type CreateVideosModel = (typeof createVideosModels)[number];

/** The params of each `model` value of `POST /v1/videos`: its variant's. */
export interface CreateVideosRequestByModel {
  'sora-2': DefaultVideoRequest & { model: 'sora-2' };
  'sora-2-pro': DefaultVideoRequest & { model: 'sora-2-pro' };
  'veo-3': VeoVideoRequest & { model: 'veo-3' };
  'veo-3-fast': VeoVideoRequest & { model: 'veo-3-fast' };
  'kling-v2-master': KlingVideoRequest & { model: 'kling-v2-master' };
  'kling-v2-1': KlingVideoRequest & { model: 'kling-v2-1' };
}

/** What each `model` value of `POST /v1/videos` resolves to. */
export interface CreateVideosResponseByModel {
  'sora-2': VideoTask;
  'sora-2-pro': VideoTask;
  'veo-3': VideoTask;
  'veo-3-fast': VideoTask;
  'kling-v2-master': VideoTask;
  'kling-v2-1': VideoTask;
}

/** The params fields each `model` value of `POST /v1/videos` requires beside `model`: a list of names, or a union of lists where the value takes one of several sets of fields (`['prompt', 'image'] | ['prompt', 'images']`: params need every field of one of them). */
export interface CreateVideosRequiredFieldsByModel {
  'sora-2': ['prompt'];
  'sora-2-pro': ['prompt'];
  'veo-3': ['prompt'];
  'veo-3-fast': ['prompt'];
  'kling-v2-master': ['prompt'];
  'kling-v2-1': ['prompt'];
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
  'sora-2': { required: [['prompt']], accepts: ['model', 'prompt'] },
  'sora-2-pro': { required: [['prompt']], accepts: ['model', 'prompt'] },
  'veo-3': { required: [['prompt']], accepts: ['model', 'prompt', 'generate_audio'] },
  'veo-3-fast': { required: [['prompt']], accepts: ['model', 'prompt', 'generate_audio'] },
  'kling-v2-master': { required: [['prompt']], accepts: ['model', 'prompt', 'duration'] },
  'kling-v2-1': { required: [['prompt']], accepts: ['model', 'prompt', 'duration'] },
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
  'sora-2': createVideo,
  'sora-2-pro': createVideo,
  'veo-3': createVideosVeo,
  'veo-3-fast': createVideosVeo,
  'kling-v2-master': createVideosKling,
  'kling-v2-1': createVideosKling,
};

/**
 * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideo} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
 * - {@link createVideo} (Create a video with the default model family): `sora-2`, `sora-2-pro`
 * - {@link createVideosVeo} (Create a video with a Veo model): `veo-3`, `veo-3-fast`
 * - {@link createVideosKling} (Create a video with a Kling model): `kling-v2-master`, `kling-v2-1`
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideosByModel(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: RequestOptions,
): APIPromise<VideoTask>;
/**
 * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideo} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
 * - {@link createVideo} (Create a video with the default model family): `sora-2`, `sora-2-pro`
 * - {@link createVideosVeo} (Create a video with a Veo model): `veo-3`, `veo-3-fast`
 * - {@link createVideosKling} (Create a video with a Kling model): `kling-v2-master`, `kling-v2-1`
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
  return routeOf(createVideosByModelRoutes, params.model, createVideo)(
    named(client, 'createVideosByModel'),
    params as never,
    options as never,
  );
}

/** What `createVideosByModelAndWait` resolves to for each `model` value: the finished task of its variant. */
export interface CreateVideosTaskByModel {
  'sora-2': VideoTask;
  'sora-2-pro': VideoTask;
  'veo-3': VideoTask;
  'veo-3-fast': VideoTask;
  'kling-v2-master': VideoTask;
  'kling-v2-1': VideoTask;
}

const createVideosByModelAndWaitRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => Promise<unknown>>
> = {
  'sora-2': createVideoAndWait,
  'sora-2-pro': createVideoAndWait,
  'veo-3': createVideosVeoAndWait,
  'veo-3-fast': createVideosVeoAndWait,
  'kling-v2-master': createVideosKlingAndWait,
  'kling-v2-1': createVideosKlingAndWait,
};

/**
 * Like {@link createVideosByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses).
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createVideosByModelAndWait(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: WaitOptions<VideoTask>,
): Promise<VideoTask>;
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
  return routeOf(createVideosByModelAndWaitRoutes, params.model, createVideoAndWait)(
    named(client, 'createVideosByModel'),
    params as never,
    options as never,
  );
}

/** One call for every variant of `GET /v1/videos/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getVideos')`. */
export function getVideos(client: APIClient, taskId: string, options?: RequestOptions): APIPromise<VideoTask> {
  return getVideoTask(named(client, 'getVideos'), taskId, options);
}

/** Polls {@link getVideos} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideos(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTask>,
): Promise<VideoTask> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideos(client, taskId, requestOptions),
    { statusField: ['status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
    options,
  );
}
