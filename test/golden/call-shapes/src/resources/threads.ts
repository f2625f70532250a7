// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  CancelRunParams,
  CreateRunBody,
  DeleteRunParams,
  GetRunParams,
  ListRunsParams,
  ModifyRunParams,
  Run,
  RunList,
  SubmitToolOuputsToRunParams,
} from '../models.js';
import {
  cancelRun,
  createRun,
  deleteRun,
  getRun,
  listRuns,
  modifyRun,
  submitToolOuputsToRun,
} from '../operations/default_.js';

export class ThreadsRuns {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /threads/{thread_id}/runs`
   *
   * Standalone: `listRuns(client, …)`; errors: `isAPIError(error, 'listRuns')`.
   *
   * @example
   * const result = await client.threads.runs.list("abc123");
   */
  list(threadId: string, params?: ListRunsParams, options?: RequestOptions): APIPromise<RunList> {
    return listRuns(this.client, threadId, params, options);
  }

  /**
   * `POST /threads/{thread_id}/runs`
   *
   * Standalone: `createRun(client, …)`; errors: `isAPIError(error, 'createRun')`.
   *
   * @example
   * const result = await client.threads.runs.create("abc123", {
   *   assistant_id: "string",
   * });
   */
  create(threadId: string, params: CreateRunBody, options?: RequestOptions): APIPromise<Run> {
    return createRun(this.client, threadId, params, options);
  }

  /**
   * `GET /threads/{thread_id}/runs/{run_id}`
   *
   * Standalone: `getRun(client, …)`; errors: `isAPIError(error, 'getRun')`.
   *
   * @example
   * const result = await client.threads.runs.retrieve("abc123", {
   *   thread_id: "string",
   * });
   */
  retrieve(runId: string, params: GetRunParams, options?: RequestOptions): APIPromise<Run> {
    return getRun(this.client, runId, params, options);
  }

  /**
   * `POST /threads/{thread_id}/runs/{run_id}`
   *
   * Standalone: `modifyRun(client, …)`; errors: `isAPIError(error, 'modifyRun')`.
   *
   * @example
   * const result = await client.threads.runs.update("abc123", {
   *   thread_id: "string",
   * });
   */
  update(runId: string, params: ModifyRunParams, options?: RequestOptions): APIPromise<Run> {
    return modifyRun(this.client, runId, params, options);
  }

  /**
   * `DELETE /threads/{thread_id}/runs/{run_id}`
   *
   * Standalone: `deleteRun(client, …)`; errors: `isAPIError(error, 'deleteRun')`.
   *
   * @example
   * const result = await client.threads.runs.delete("abc123", {
   *   thread_id: "string",
   * });
   */
  delete(runId: string, params: DeleteRunParams, options?: RequestOptions): APIPromise<void> {
    return deleteRun(this.client, runId, params, options);
  }

  /**
   * `POST /threads/{thread_id}/runs/{run_id}/cancel`
   *
   * Standalone: `cancelRun(client, …)`; errors: `isAPIError(error, 'cancelRun')`.
   *
   * @example
   * const result = await client.threads.runs.cancel("abc123", {
   *   thread_id: "string",
   * });
   */
  cancel(runId: string, params: CancelRunParams, options?: RequestOptions): APIPromise<Run> {
    return cancelRun(this.client, runId, params, options);
  }

  /**
   * `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`
   *
   * Standalone: `submitToolOuputsToRun(client, …)`; errors: `isAPIError(error, 'submitToolOuputsToRun')`.
   *
   * @example
   * const result = await client.threads.runs.submitToolOutputs("abc123", {
   *   tool_outputs: [],
   *   thread_id: "string",
   * });
   */
  submitToolOutputs(runId: string, params: SubmitToolOuputsToRunParams, options?: RequestOptions): APIPromise<Run> {
    return submitToolOuputsToRun(this.client, runId, params, options);
  }
}

export class Threads {
  readonly runs: ThreadsRuns;

  constructor(private readonly client: APIClient) {
    this.runs = new ThreadsRuns(client);
  }
}
