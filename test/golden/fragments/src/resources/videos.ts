// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import { named, routeOf } from '../core/routing.js';
import type { Unlisted } from '../core/unlisted.js';

export class Videos {
  constructor(private readonly client: APIClient) {}

  /**
   * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideo} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
   * - {@link createVideo} (Create a video with the default model family): `sora-2`, `sora-2-pro`
   * - {@link createVideosVeo} (Create a video with a Veo model): `veo-3`, `veo-3-fast`
   * - {@link createVideosKling} (Create a video with a Kling model): `kling-v2-master`, `kling-v2-1`
   *
   * @example
   * const result = await client.videos.create({
   *   model: "sora-2",
   *   prompt: "string",
   * });
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  create(params: { model: Unlisted } & Record<string, unknown>, options?: RequestOptions): APIPromise<VideoTask>;
  /**
   * One call for every variant of `POST /v1/videos`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createVideo} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createVideosByModel')`.
   * - {@link createVideo} (Create a video with the default model family): `sora-2`, `sora-2-pro`
   * - {@link createVideosVeo} (Create a video with a Veo model): `veo-3`, `veo-3-fast`
   * - {@link createVideosKling} (Create a video with a Kling model): `kling-v2-master`, `kling-v2-1`
   *
   * @example
   * const result = await client.videos.create({
   *   model: "sora-2",
   *   prompt: "string",
   * });
   */
  create<TModel extends CreateVideosModel>(
    params: CreateVideosRequestByModel[TModel] & { model: TModel },
    options?: RequestOptions,
  ): APIPromise<CreateVideosResponseByModel[TModel]>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createVideosByModel as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(
      this.client,
      ...args,
    );
  }

  /**
   * Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createVideosByModelAndWait(client, …)`.
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  createAndWait(
    params: { model: Unlisted } & Record<string, unknown>,
    options?: WaitOptions<VideoTask>,
  ): Promise<VideoTask>;
  /** Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createVideosByModelAndWait(client, …)`. */
  createAndWait<TModel extends CreateVideosModel>(
    params: CreateVideosRequestByModel[TModel] & { model: TModel },
    options?: WaitOptions<CreateVideosTaskByModel[TModel]>,
  ): Promise<CreateVideosTaskByModel[TModel]>;
  createAndWait(...args: unknown[]): Promise<unknown> {
    return (createVideosByModelAndWait as (client: APIClient, ...args: unknown[]) => Promise<unknown>)(
      this.client,
      ...args,
    );
  }

  /**
   * One call for every variant of `GET /v1/videos/{task_id}`: the variants take the same parameters, so any of them serves. Errors carry this call's name: `isAPIError(error, 'getVideos')`.
   *
   * @example
   * const result = await client.videos.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<VideoTask> {
    return getVideos(this.client, taskId, options);
  }

  /** Polls until the task ends: resolves with its final state. Standalone: `waitForGetVideos(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<VideoTask>): Promise<VideoTask> {
    return waitForGetVideos(this.client, taskId, options);
  }
}

/**
 * Create a video with the default model family
 *
 * `POST /v1/videos`
 *
 * @example
 * const result = await createVideo(client, {
 *   model: "sora-2",
 *   prompt: "string",
 * });
 */
export function createVideo(
  client: APIClient,
  params: DefaultVideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'createVideo',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}

/**
 * Create a video with a Veo model
 *
 * `POST /v1/videos` (variant `#veo` of this endpoint)
 *
 * @example
 * const result = await createVideosVeo(client, {
 *   model: "veo-3",
 *   prompt: "string",
 * });
 */
export function createVideosVeo(
  client: APIClient,
  params: VeoVideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'createVideosVeo',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}

/**
 * Create a video with a Kling model
 *
 * `POST /v1/videos` (variant `#kling` of this endpoint)
 *
 * @example
 * const result = await createVideosKling(client, {
 *   model: "kling-v2-master",
 *   prompt: "string",
 * });
 */
export function createVideosKling(
  client: APIClient,
  params: KlingVideoRequest,
  options?: RequestOptions,
): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'createVideosKling',
      method: 'POST',
      path: '/v1/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}

/**
 * Poll a video task
 *
 * `GET /v1/videos/{task_id}`
 *
 * @example
 * const result = await getVideoTask(client, "abc123");
 */
export function getVideoTask(client: APIClient, taskId: string, options?: RequestOptions): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'getVideoTask',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
}

/**
 * Poll a Veo video task
 *
 * `GET /v1/videos/{task_id}` (variant `#veo` of this endpoint)
 *
 * @example
 * const result = await getVideosVeo(client, "abc123");
 */
export function getVideosVeo(client: APIClient, taskId: string, options?: RequestOptions): APIPromise<VideoTask> {
  return client.request<VideoTask>(
    {
      operation: 'getVideosVeo',
      method: 'GET',
      path: '/v1/videos/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['bearerAuth']],
    },
    options,
  );
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

/**
 * Calls {@link createVideo}, then polls {@link getVideoTask} until the task's `status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideoAndWait(
  client: APIClient,
  params: DefaultVideoRequest,
  options: WaitOptions<VideoTask> = {},
): Promise<VideoTask> {
  const created = await createVideo(client, params, options);
  return waitForGetVideoTask(client, taskIdOf(created, ['task_id'], 'createVideo') as string, options);
}

/** Polls {@link getVideoTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideoTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTask>,
): Promise<VideoTask> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideoTask(client, taskId, requestOptions),
    { statusField: ['status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createVideosVeo}, then polls {@link getVideosVeo} until the task's `status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosVeoAndWait(
  client: APIClient,
  params: VeoVideoRequest,
  options: WaitOptions<VideoTask> = {},
): Promise<VideoTask> {
  const created = await createVideosVeo(client, params, options);
  return waitForGetVideosVeo(client, taskIdOf(created, ['task_id'], 'createVideosVeo') as string, options);
}

/** Polls {@link getVideosVeo} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosVeo(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTask>,
): Promise<VideoTask> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosVeo(client, taskId, requestOptions),
    { statusField: ['status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createVideosKling}, then polls {@link getVideoTask} until the task's `status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosKlingAndWait(
  client: APIClient,
  params: KlingVideoRequest,
  options: WaitOptions<VideoTask> = {},
): Promise<VideoTask> {
  const created = await createVideosKling(client, params, options);
  return waitForGetVideoTask(client, taskIdOf(created, ['task_id'], 'createVideosKling') as string, options);
}

export interface DefaultVideoRequest {
  model: 'sora-2' | 'sora-2-pro';
  prompt: string;
}

export interface VeoVideoRequest {
  model: 'veo-3' | 'veo-3-fast';
  prompt: string;
  generate_audio?: boolean;
}

export interface KlingVideoRequest {
  model: 'kling-v2-master' | 'kling-v2-1';
  prompt: string;
  duration?: 5 | 10;
}

export interface VideoTask {
  task_id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  /** @format uri */
  video_url?: string;
}
