// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import type { ImaMusicCreateTaskRequest, ImaMusicCreateTaskResponse, ImaMusicTaskFetchResponse } from '../models.js';
import { createMusicGenerationTask, fetchMusicGenerationTask } from '../operations/music.js';
import { createMusicGenerationTaskAndWait, waitForFetchMusicGenerationTask } from '../tasks.js';

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
