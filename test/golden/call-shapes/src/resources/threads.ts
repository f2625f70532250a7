// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /threads/{thread_id}/runs`
 *
 * @example
 * const result = await listRuns(client, "abc123");
 */
export function listRuns(
  client: APIClient,
  threadId: string,
  params?: ListRunsParams,
  options?: RequestOptions,
): APIPromise<RunList> {
  const { limit: $0 } = (params ?? {}) as Partial<ListRunsParams>;
  return client.request<RunList>(
    {
      operation: 'listRuns',
      method: 'GET',
      path: '/threads/{thread_id}/runs',
      pathParams: { thread_id: threadId },
      query: { limit: $0 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /threads/{thread_id}/runs`
 *
 * @example
 * const result = await createRun(client, "abc123", {
 *   assistant_id: "string",
 * });
 */
export function createRun(
  client: APIClient,
  threadId: string,
  params: CreateRunBody,
  options?: RequestOptions,
): APIPromise<Run> {
  return client.request<Run>(
    {
      operation: 'createRun',
      method: 'POST',
      path: '/threads/{thread_id}/runs',
      pathParams: { thread_id: threadId },
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /threads/{thread_id}/runs/{run_id}`
 *
 * @example
 * const result = await getRun(client, "abc123", {
 *   thread_id: "string",
 * });
 */
export function getRun(
  client: APIClient,
  runId: string,
  params: GetRunParams,
  options?: RequestOptions,
): APIPromise<Run> {
  const { thread_id: $0 } = params;
  return client.request<Run>(
    {
      operation: 'getRun',
      method: 'GET',
      path: '/threads/{thread_id}/runs/{run_id}',
      pathParams: { thread_id: $0, run_id: runId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /threads/{thread_id}/runs/{run_id}`
 *
 * @example
 * const result = await modifyRun(client, "abc123", {
 *   thread_id: "string",
 * });
 */
export function modifyRun(
  client: APIClient,
  runId: string,
  params: ModifyRunParams,
  options?: RequestOptions,
): APIPromise<Run> {
  const { thread_id: $0, ...body } = params;
  return client.request<Run>(
    {
      operation: 'modifyRun',
      method: 'POST',
      path: '/threads/{thread_id}/runs/{run_id}',
      pathParams: { thread_id: $0, run_id: runId },
      body: Object.keys(body).length ? body : undefined,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `DELETE /threads/{thread_id}/runs/{run_id}`
 *
 * @example
 * const result = await deleteRun(client, "abc123", {
 *   thread_id: "string",
 * });
 */
export function deleteRun(
  client: APIClient,
  runId: string,
  params: DeleteRunParams,
  options?: RequestOptions,
): APIPromise<void> {
  const { thread_id: $0 } = params;
  return client.request<void>(
    {
      operation: 'deleteRun',
      method: 'DELETE',
      path: '/threads/{thread_id}/runs/{run_id}',
      pathParams: { thread_id: $0, run_id: runId },
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/**
 * `POST /threads/{thread_id}/runs/{run_id}/cancel`
 *
 * @example
 * const result = await cancelRun(client, "abc123", {
 *   thread_id: "string",
 * });
 */
export function cancelRun(
  client: APIClient,
  runId: string,
  params: CancelRunParams,
  options?: RequestOptions,
): APIPromise<Run> {
  const { thread_id: $0 } = params;
  return client.request<Run>(
    {
      operation: 'cancelRun',
      method: 'POST',
      path: '/threads/{thread_id}/runs/{run_id}/cancel',
      pathParams: { thread_id: $0, run_id: runId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`
 *
 * @example
 * const result = await submitToolOuputsToRun(client, "abc123", {
 *   tool_outputs: [],
 *   thread_id: "string",
 * });
 */
export function submitToolOuputsToRun(
  client: APIClient,
  runId: string,
  params: SubmitToolOuputsToRunParams,
  options?: RequestOptions,
): APIPromise<Run> {
  const { thread_id: $0, ...body } = params;
  return client.request<Run>(
    {
      operation: 'submitToolOuputsToRun',
      method: 'POST',
      path: '/threads/{thread_id}/runs/{run_id}/submit_tool_outputs',
      pathParams: { thread_id: $0, run_id: runId },
      body: body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Run {
  id: string;
  status: string;
}

export interface RunList {
  data: Run[];
}

export interface CreateRunBody {
  assistant_id: string;
}

export interface ModifyRunBody {
  metadata?: {
    [key: string]: string;
  };
}

export interface SubmitToolOuputsToRunBody {
  tool_outputs: string[];
}

/** The params object of {@link listRuns}: body fields and parameters in one object. */
export type ListRunsParams = {
  limit?: number;
};

/** The params object of {@link getRun}: body fields and parameters in one object. */
export type GetRunParams = {
  thread_id: string;
};

/** The params object of {@link modifyRun}: body fields and parameters in one object. */
export type ModifyRunParams = ModifyRunBody & {
  thread_id: string;
};

/** The params object of {@link deleteRun}: body fields and parameters in one object. */
export type DeleteRunParams = {
  thread_id: string;
};

/** The params object of {@link cancelRun}: body fields and parameters in one object. */
export type CancelRunParams = {
  thread_id: string;
};

/** The params object of {@link submitToolOuputsToRun}: body fields and parameters in one object. */
export type SubmitToolOuputsToRunParams = SubmitToolOuputsToRunBody & {
  thread_id: string;
};
