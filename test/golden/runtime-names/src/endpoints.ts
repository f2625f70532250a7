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
