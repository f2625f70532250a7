// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import { named, routeOf } from '../core/routing.js';
import type { Unlisted } from '../core/unlisted.js';
import type { APIClient_, RequestOptions_, WaitOptions_, WithResponse_ } from '../models.js';

export class Jobs {
  constructor(private readonly client: APIClient) {}

  /**
   * One call for every variant of `POST /jobs`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createJobsA} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createJobsByModel')`.
   * - {@link createJobsA}: `a`
   * - {@link createJobsB}: `b`
   *
   * @example
   * const result = await client.jobs.create({
   *   id: "string",
   *   model: "a",
   * });
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  create(params: { model: Unlisted } & Record<string, unknown>, options?: RequestOptions): APIPromise<WithResponse_>;
  /**
   * One call for every variant of `POST /jobs`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createJobsA} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createJobsByModel')`.
   * - {@link createJobsA}: `a`
   * - {@link createJobsB}: `b`
   *
   * @example
   * const result = await client.jobs.create({
   *   id: "string",
   *   model: "a",
   * });
   */
  create<TModel extends CreateJobsModel>(
    params: CreateJobsRequestByModel[TModel] & { model: TModel },
    options?: RequestOptions,
  ): APIPromise<CreateJobsResponseByModel[TModel]>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createJobsByModel as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(this.client, ...args);
  }

  /**
   * Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createJobsByModelAndWait(client, …)`.
   *
   * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
   */
  createAndWait(
    params: { model: Unlisted } & Record<string, unknown>,
    options?: WaitOptions<APIClient_>,
  ): Promise<APIClient_>;
  /** Creates the task with the variant its `model` selects, then waits until it ends: `onProgress` gets each state of the task. Standalone: `createJobsByModelAndWait(client, …)`. */
  createAndWait<TModel extends CreateJobsModel>(
    params: CreateJobsRequestByModel[TModel] & { model: TModel },
    options?: WaitOptions<CreateJobsTaskByModel[TModel]>,
  ): Promise<CreateJobsTaskByModel[TModel]>;
  createAndWait(...args: unknown[]): Promise<unknown> {
    return (createJobsByModelAndWait as (client: APIClient, ...args: unknown[]) => Promise<unknown>)(
      this.client,
      ...args,
    );
  }

  /**
   * `GET /jobs/{id}`
   *
   * Standalone: `getJobs(client, …)`; errors: `isAPIError(error, 'getJobs')`.
   *
   * @example
   * const result = await client.jobs.retrieve("abc123");
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<APIClient_> {
    return getJobs(this.client, id, options);
  }

  /** Polls until the task ends. Standalone: `waitForGetJobs(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<APIClient_>): Promise<APIClient_> {
    return waitForGetJobs(this.client, taskId, options);
  }
}

/**
 * `POST /jobs` (variant `#a` of this endpoint)
 *
 * @example
 * const result = await createJobsA(client, {
 *   id: "string",
 *   model: "a",
 * });
 */
export function createJobsA(
  client: APIClient,
  params: CreateJobsABody,
  options?: RequestOptions,
): APIPromise<WithResponse_> {
  return client.request<WithResponse_>(
    {
      operation: 'createJobsA',
      method: 'POST',
      path: '/jobs',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /jobs` (variant `#b` of this endpoint)
 *
 * @example
 * const result = await createJobsB(client, {
 *   id: "string",
 *   model: "b",
 * });
 */
export function createJobsB(
  client: APIClient,
  params: CreateJobsBBody,
  options?: RequestOptions,
): APIPromise<WithResponse_> {
  return client.request<WithResponse_>(
    {
      operation: 'createJobsB',
      method: 'POST',
      path: '/jobs',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /jobs/{id}`
 *
 * @example
 * const result = await getJobs(client, "abc123");
 */
export function getJobs(client: APIClient, id: string, options?: RequestOptions): APIPromise<APIClient_> {
  return client.request<APIClient_>(
    {
      operation: 'getJobs',
      method: 'GET',
      path: '/jobs/{id}',
      pathParams: { id: id },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** Every `model` value `POST /jobs` lists, in spec order (for pickers and validation). */
export const createJobsModels = ['a', 'b'] as const;

export type CreateJobsModel = (typeof createJobsModels)[number];

/** The params of each `model` value of `POST /jobs`: its variant's. */
export interface CreateJobsRequestByModel {
  a: CreateJobsABody & { model: 'a' };
  b: CreateJobsBBody & { model: 'b' };
}

/** What each `model` value of `POST /jobs` resolves to. */
export interface CreateJobsResponseByModel {
  a: WithResponse_;
  b: WithResponse_;
}

/** The params fields each `model` value of `POST /jobs` requires beside `model`: a list of names, or a union of lists where the value takes one of several sets of fields (`['prompt', 'image'] | ['prompt', 'images']`: params need every field of one of them). */
export interface CreateJobsRequiredFieldsByModel {
  a: ['id'];
  b: ['id'];
}

/** The `model` values params with the fields `Fields` (beside `model`) suit: each has a set of required fields all among `Fields`, and takes every one of `Fields`. `CreateJobsModelsAccepting<'prompt'>` leaves out the values that need more than a prompt. (The call also checks each field's type, which this does not.) */
export type CreateJobsModelsAccepting<Fields extends string> = {
  [Value in CreateJobsModel]: [
    Exclude<
      Fields,
      CreateJobsRequestByModel[Value] extends infer Variant ? (Variant extends unknown ? keyof Variant : never) : never
    >,
  ] extends [never]
    ? CreateJobsRequiredFieldsByModel[Value] extends infer Choice
      ? Choice extends readonly (infer Field)[]
        ? [Field] extends [Fields]
          ? Value
          : never
        : never
      : never
    : never;
}[CreateJobsModel];

/** Each `model` value's params fields at run time: `required`, one list per way of calling it (see {@link CreateJobsRequiredFieldsByModel}); `accepts`, every field it takes (`undefined`: any). What {@link createJobsModelsAccepting} filters by. */
export const createJobsModelFields: {
  readonly [Value in CreateJobsModel]: {
    readonly required: readonly (readonly string[])[];
    readonly accepts?: readonly string[];
  };
} = {
  a: { required: [['id']], accepts: ['id', 'status', 'model'] },
  b: { required: [['id']], accepts: ['id', 'status', 'model'] },
};

/** The `model` values, in spec order, that `params` (without `model`) suits by its fields: each has a set of required fields that `params` all has (none `undefined`), and takes every field `params` sets. Typed {@link CreateJobsModelsAccepting} of the params' keys, for a picker. */
export function createJobsModelsAccepting<P extends object>(
  params: P,
): CreateJobsModelsAccepting<Extract<keyof P, string>>[] {
  const present = Object.keys(params).filter((field) => (params as Record<string, unknown>)[field] !== undefined);
  return createJobsModels.filter((value) => {
    const { required, accepts } = createJobsModelFields[value];
    return (
      required.some((set) => set.every((field) => present.includes(field))) &&
      (!accepts || present.every((field) => accepts.includes(field)))
    );
  }) as CreateJobsModelsAccepting<Extract<keyof P, string>>[];
}

const createJobsByModelRoutes: Readonly<Record<string, (client: APIClient, ...args: never[]) => APIPromise<unknown>>> =
  { a: createJobsA, b: createJobsB };

/**
 * One call for every variant of `POST /jobs`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createJobsA} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createJobsByModel')`.
 * - {@link createJobsA}: `a`
 * - {@link createJobsB}: `b`
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createJobsByModel(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: RequestOptions,
): APIPromise<WithResponse_>;
/**
 * One call for every variant of `POST /jobs`, routed by `model`: each value takes its variant's params and returns its result. A value this SDK does not list is sent as is through {@link createJobsA} (write it `unlisted('…')`). Errors carry this call's name: `isAPIError(error, 'createJobsByModel')`.
 * - {@link createJobsA}: `a`
 * - {@link createJobsB}: `b`
 */
export function createJobsByModel<TModel extends CreateJobsModel>(
  client: APIClient,
  params: CreateJobsRequestByModel[TModel] & { model: TModel },
  options?: RequestOptions,
): APIPromise<CreateJobsResponseByModel[TModel]>;
export function createJobsByModel(
  client: APIClient,
  params: { model?: unknown },
  options?: RequestOptions,
): APIPromise<unknown> {
  return routeOf(createJobsByModelRoutes, params.model, createJobsA)(
    named(client, 'createJobsByModel'),
    params as never,
    options as never,
  );
}

/** What `createJobsByModelAndWait` resolves to for each `model` value: the finished task of its variant. */
export interface CreateJobsTaskByModel {
  a: APIClient_;
  b: APIClient_;
}

const createJobsByModelAndWaitRoutes: Readonly<
  Record<string, (client: APIClient, ...args: never[]) => Promise<unknown>>
> = { a: createJobsAAndWait, b: createJobsBAndWait };

/**
 * Like {@link createJobsByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses).
 *
 * A `model` this SDK does not list (added after it was generated), written `unlisted('…')`: sent as it is.
 */
export function createJobsByModelAndWait(
  client: APIClient,
  params: { model: Unlisted } & Record<string, unknown>,
  options?: WaitOptions<APIClient_>,
): Promise<APIClient_>;
/** Like {@link createJobsByModel}, then waits until the task ends: resolves with the finished task of the variant the `model` selects (see its `…AndWait` function for the statuses). */
export function createJobsByModelAndWait<TModel extends CreateJobsModel>(
  client: APIClient,
  params: CreateJobsRequestByModel[TModel] & { model: TModel },
  options?: WaitOptions<CreateJobsTaskByModel[TModel]>,
): Promise<CreateJobsTaskByModel[TModel]>;
export function createJobsByModelAndWait(
  client: APIClient,
  params: { model?: unknown },
  options?: WaitOptions<never>,
): Promise<unknown> {
  return routeOf(createJobsByModelAndWaitRoutes, params.model, createJobsAAndWait)(
    named(client, 'createJobsByModel'),
    params as never,
    options as never,
  );
}

/**
 * Calls {@link createJobsA}, then polls {@link getJobs} until the task's `status` is one of `done`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createJobsAAndWait(
  client: APIClient,
  params: CreateJobsABody,
  options: WaitOptions<APIClient_> = {},
): Promise<APIClient_> {
  const created = await createJobsA(client, params, options);
  return waitForGetJobs(client, taskIdOf(created, ['id'], 'createJobsA') as string, options);
}

/** Polls {@link getJobs} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetJobs(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<APIClient_>,
): Promise<APIClient_> {
  return pollTask(
    String(taskId),
    (requestOptions) => getJobs(client, taskId, requestOptions),
    { statusField: ['status'], success: ['done'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createJobsB}, then polls {@link getJobs} until the task's `status` is one of `done`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createJobsBAndWait(
  client: APIClient,
  params: CreateJobsBBody,
  options: WaitOptions<APIClient_> = {},
): Promise<APIClient_> {
  const created = await createJobsB(client, params, options);
  return waitForGetJobs(client, taskIdOf(created, ['id'], 'createJobsB') as string, options);
}

export type CreateJobsABody = RequestOptions_ & {
  model: 'a';
};

export type CreateJobsBBody = WaitOptions_ & {
  model: 'b';
};
