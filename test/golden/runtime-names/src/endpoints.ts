// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from './core/api-promise.js';
import type { APIClient, OperationRequest, RequestOptions } from './core/http.js';
import type { WaitOptions } from './core/polling.js';
import type { Unlisted } from './core/unlisted.js';
import type { APIClient_, CreateJobsABody, CreateJobsBBody, WithResponse_ } from './models.js';
import { createJobsA, createJobsB } from './operations/jobs.js';
import { createJobsAAndWait, createJobsBAndWait } from './tasks.js';

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
