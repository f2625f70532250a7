// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import type { Unlisted } from '../core/unlisted.js';
import { createJobsByModel, createJobsByModelAndWait } from '../endpoints.js';
import type {
  CreateJobsModel,
  CreateJobsRequestByModel,
  CreateJobsResponseByModel,
  CreateJobsTaskByModel,
} from '../endpoints.js';
import type { APIClient_, WithResponse_ } from '../models.js';
import { getJobs } from '../operations/jobs.js';
import { waitForGetJobs } from '../tasks.js';

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
