// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  AddUploadPartBody,
  AddUploadPartResponse,
  CancelRunParams,
  CompleteUploadResponse,
  CreateRunBody,
  DeleteRunParams,
  GetBetaResponseParams,
  GetResponseParams,
  GetRunParams,
  ListRunsParams,
  ModifyRunParams,
  Response_,
  Run,
  RunList,
  Settings,
  SubmitToolOuputsToRunParams,
} from '../models.js';

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

/**
 * `POST /uploads/{upload_id}/complete`
 *
 * @example
 * const result = await completeUpload(client, "abc123");
 */
export function completeUpload(
  client: APIClient,
  uploadId: string,
  options?: RequestOptions,
): APIPromise<CompleteUploadResponse> {
  return client.request<CompleteUploadResponse>(
    {
      operation: 'completeUpload',
      method: 'POST',
      path: '/uploads/{upload_id}/complete',
      pathParams: { upload_id: uploadId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /uploads/{upload_id}/parts`
 *
 * @example
 * const result = await addUploadPart(client, "abc123", {
 *   data: "string",
 * });
 */
export function addUploadPart(
  client: APIClient,
  uploadId: string,
  params: AddUploadPartBody,
  options?: RequestOptions,
): APIPromise<AddUploadPartResponse> {
  return client.request<AddUploadPartResponse>(
    {
      operation: 'addUploadPart',
      method: 'POST',
      path: '/uploads/{upload_id}/parts',
      pathParams: { upload_id: uploadId },
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /settings`
 *
 * @example
 * const result = await getSettings(client);
 */
export function getSettings(client: APIClient, options?: RequestOptions): APIPromise<Settings> {
  return client.request<Settings>(
    { operation: 'getSettings', method: 'GET', path: '/settings', responseType: 'json', security: [] },
    options,
  );
}

/**
 * `POST /settings`
 *
 * @example
 * const result = await updateSettings(client, {});
 */
export function updateSettings(client: APIClient, params: Settings, options?: RequestOptions): APIPromise<Settings> {
  return client.request<Settings>(
    {
      operation: 'updateSettings',
      method: 'POST',
      path: '/settings',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /responses/{response_id}`
 *
 * @example
 * const result = await getResponse(client, "abc123");
 */
export function getResponse(
  client: APIClient,
  responseId: string,
  params?: GetResponseParams,
  options?: RequestOptions,
): APIPromise<Response_> {
  const { include: $0 } = (params ?? {}) as Partial<GetResponseParams>;
  return client.request<Response_>(
    {
      operation: 'getResponse',
      method: 'GET',
      path: '/responses/{response_id}',
      pathParams: { response_id: responseId },
      query: { include: $0 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /responses/{response_id}`
 *
 * @example
 * const result = await getBetaResponse(client, "abc123");
 */
export function getBetaResponse(
  client: APIClient,
  responseId: string,
  params?: GetBetaResponseParams,
  options?: RequestOptions,
): APIPromise<Response_> {
  const { include: $0 } = (params ?? {}) as Partial<GetBetaResponseParams>;
  return client.request<Response_>(
    {
      operation: 'getBetaResponse',
      method: 'GET',
      path: '/responses/{response_id}',
      pathParams: { response_id: responseId },
      query: { include: $0, beta: 'true' },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
