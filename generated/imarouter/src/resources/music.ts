// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import type { ImaMusicCreateTaskRequest, ImaMusicCreateTaskResponse, ImaMusicTaskFetchResponse } from '../models.js';

export class MusicGenerations {
  constructor(private readonly client: APIClient) {}

  /**
   * Create a music generation task
   *
   * Submit a `sonic` text-to-music task through the generic music endpoint.
   *
   * **Actual request path:** `POST /v1/music/generations`
   *
   * **Supported model:**
   * - `sonic`
   *
   * **Parameters:**
   * - `prompt`: required, up to 5000 characters
   * - `custom_mode`: optional, defaults to `true`
   * - `model_version`: optional, defaults to `sonic-v4`; supported values are `sonic-v3-5`, `sonic-v4`, `sonic-v4-5`, `sonic-v4-5-plus`, and `sonic-v5`
   * - `auto_lyrics`, `make_instrumental`, `gpt_description_prompt`, `negative_tags`, `style_weight`, `tags`, `title`, `vocal_gender`, and `weirdness_constraint`: optional extended parameters
   *
   * **Result lookup:**
   * - After successful submission, the response returns a task ID. Use `GET /v1/music/generations/{task_id}` to query status and music results.
   *
   *
   * `POST /v1/music/generations`
   *
   * Standalone: `createMusicGenerationTask(client, …)`; errors: `isAPIError(error, 'createMusicGenerationTask')`.
   *
   * @example
   * const result = await client.music.generations.create({
   *   model: "sonic",
   *   prompt: "Bright synth-pop with a catchy chorus",
   * });
   */
  create(params: ImaMusicCreateTaskRequest, options?: RequestOptions): APIPromise<ImaMusicCreateTaskResponse> {
    return createMusicGenerationTask(this.client, params, options);
  }

  /**
   * Query music task status and results
   *
   * Query a music task submitted with `POST /v1/music/generations`. On success, `data.data` returns an array of music results.
   *
   * If music result URLs are returned, download and persist them promptly.
   *
   * `GET /v1/music/generations/{task_id}`
   *
   * Standalone: `fetchMusicGenerationTask(client, …)`; errors: `isAPIError(error, 'fetchMusicGenerationTask')`.
   *
   * @example
   * const result = await client.music.generations.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<ImaMusicTaskFetchResponse> {
    return fetchMusicGenerationTask(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends. Standalone: `createMusicGenerationTaskAndWait(client, …)`. */
  createAndWait(
    params: ImaMusicCreateTaskRequest,
    options?: WaitOptions<ImaMusicTaskFetchResponse>,
  ): Promise<ImaMusicTaskFetchResponse> {
    return createMusicGenerationTaskAndWait(this.client, params, options);
  }

  /** Polls until the task ends. Standalone: `waitForFetchMusicGenerationTask(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<ImaMusicTaskFetchResponse>): Promise<ImaMusicTaskFetchResponse> {
    return waitForFetchMusicGenerationTask(this.client, taskId, options);
  }
}

export class Music {
  readonly generations: MusicGenerations;

  constructor(private readonly client: APIClient) {
    this.generations = new MusicGenerations(client);
  }
}

/**
 * Create a music generation task
 *
 * Submit a `sonic` text-to-music task through the generic music endpoint.
 *
 * **Actual request path:** `POST /v1/music/generations`
 *
 * **Supported model:**
 * - `sonic`
 *
 * **Parameters:**
 * - `prompt`: required, up to 5000 characters
 * - `custom_mode`: optional, defaults to `true`
 * - `model_version`: optional, defaults to `sonic-v4`; supported values are `sonic-v3-5`, `sonic-v4`, `sonic-v4-5`, `sonic-v4-5-plus`, and `sonic-v5`
 * - `auto_lyrics`, `make_instrumental`, `gpt_description_prompt`, `negative_tags`, `style_weight`, `tags`, `title`, `vocal_gender`, and `weirdness_constraint`: optional extended parameters
 *
 * **Result lookup:**
 * - After successful submission, the response returns a task ID. Use `GET /v1/music/generations/{task_id}` to query status and music results.
 *
 *
 * `POST /v1/music/generations`
 *
 * @example
 * const result = await createMusicGenerationTask(client, {
 *   model: "sonic",
 *   prompt: "Bright synth-pop with a catchy chorus",
 * });
 */
export function createMusicGenerationTask(
  client: APIClient,
  params: ImaMusicCreateTaskRequest,
  options?: RequestOptions,
): APIPromise<ImaMusicCreateTaskResponse> {
  return client.request<ImaMusicCreateTaskResponse>(
    {
      operation: 'createMusicGenerationTask',
      method: 'POST',
      path: '/v1/music/generations',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query music task status and results
 *
 * Query a music task submitted with `POST /v1/music/generations`. On success, `data.data` returns an array of music results.
 *
 * If music result URLs are returned, download and persist them promptly.
 *
 * `GET /v1/music/generations/{task_id}`
 *
 * @example
 * const result = await fetchMusicGenerationTask(client, "abc123");
 */
export function fetchMusicGenerationTask(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<ImaMusicTaskFetchResponse> {
  return client.request<ImaMusicTaskFetchResponse>(
    {
      operation: 'fetchMusicGenerationTask',
      method: 'GET',
      path: '/v1/music/generations/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Calls {@link createMusicGenerationTask}, then polls {@link fetchMusicGenerationTask} until the task's `data.status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createMusicGenerationTaskAndWait(
  client: APIClient,
  params: ImaMusicCreateTaskRequest,
  options: WaitOptions<ImaMusicTaskFetchResponse> = {},
): Promise<ImaMusicTaskFetchResponse> {
  const created = await createMusicGenerationTask(client, params, options);
  return waitForFetchMusicGenerationTask(
    client,
    taskIdOf(created, ['task_id'], 'createMusicGenerationTask') as string,
    options,
  );
}

/** Polls {@link fetchMusicGenerationTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForFetchMusicGenerationTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<ImaMusicTaskFetchResponse>,
): Promise<ImaMusicTaskFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => fetchMusicGenerationTask(client, taskId, requestOptions),
    { statusField: ['data', 'status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
    options,
  );
}
