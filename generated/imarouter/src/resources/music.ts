// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import type { Unlisted } from '../core/unlisted.js';

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

/**
 * sonic music generation request.
 * @example {"model":"sonic","prompt":"Bright synth-pop with a catchy chorus","custom_mode":false,"model_version":"sonic-v5","tags":"electronic, cinematic","title":"Neon Skyline","vocal_gender":"f","style_weight":0,"weirdness_constraint":0}
 */
export interface ImaMusicCreateTaskRequest {
  /** Music model ID. Currently supports `sonic`. */
  model: 'sonic' | Unlisted;
  /**
   * Music prompt (required).
   * @minLength 1
   * @maxLength 5000
   */
  prompt: string;
  /**
   * Whether to auto-generate lyrics. Explicit `false` is preserved.
   * @default false
   */
  auto_lyrics?: boolean;
  /**
   * Whether to use custom mode. Defaults to `true`; explicit `false` is preserved.
   * @default true
   */
  custom_mode?: boolean;
  /**
   * Prompt used to generate the song description, up to 400 characters.
   * @maxLength 400
   */
  gpt_description_prompt?: string;
  /**
   * Whether to generate an instrumental track. Explicit `false` is preserved.
   * @default false
   */
  make_instrumental?: boolean;
  /**
   * Sonic model version. Defaults to `sonic-v4` when omitted.
   * @default "sonic-v4"
   */
  model_version?: 'sonic-v3-5' | 'sonic-v4' | 'sonic-v4-5' | 'sonic-v4-5-plus' | 'sonic-v5' | Unlisted;
  /** Negative tags. */
  negative_tags?: string;
  /**
   * Style weight from 0 to 1. Explicit `0` is preserved.
   * @minimum 0
   * @maximum 1
   */
  style_weight?: number;
  /**
   * Style or music tags, up to 1000 characters.
   * @maxLength 1000
   */
  tags?: string;
  /**
   * Song title, up to 120 characters.
   * @maxLength 120
   */
  title?: string;
  /** Vocal gender hint, usually `m` or `f`. */
  vocal_gender?: string;
  /**
   * Creativity/weirdness constraint from 0 to 1. Explicit `0` is preserved.
   * @minimum 0
   * @maximum 1
   */
  weirdness_constraint?: number;
}

/** Music task submission response. */
export type ImaMusicCreateTaskResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Same as `id`.
   */
  task_id?: string;
  /**
   * @example "music"
   */
  object?: string;
  /**
   * @example "sonic"
   */
  model?: string;
  /**
   * Initial task status.
   */
  status?: string;
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  /**
   * @format int64
   */
  created_at?: number;
  [key: string]: unknown;
};

/** Music task fetch response. */
export type ImaMusicTaskFetchResponse = {
  /**
   * @example "success"
   */
  code?: string;
  data?: {
    /**
     * Public task ID.
     */
    task_id?: string;
    /**
     * Task status.
     */
    status?: 'queued' | 'processing' | 'succeeded' | 'failed';
    /**
     * Music result array. A successful terminal response usually returns two items; queued, processing, or failed states may return an empty array.
     */
    data?: ImaMusicResult[];
    /**
     * USD amount for the completed task, when returned.
     * @format double
     * @minimum 0
     */
    amount_usd?: number;
    error?:
      | (
          | {
              [key: string]: unknown;
            }
          | string
        )
      | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/** Single music result. Clients should prefer `url` or `audio_url` for the audio address. */
export type ImaMusicResult = {
  /**
   * Music result URL. Download and persist it promptly after receiving it.
   * @format uri
   */
  url?: string;
  /**
   * Music audio URL.
   * @format uri
   */
  audio_url?: string;
  /**
   * Song title.
   */
  title?: string;
  /**
   * Lyrics text.
   */
  lyrics?: string;
  /**
   * Audio duration in seconds.
   * @minimum 0
   */
  duration?: number;
  /**
   * Music result metadata.
   */
  metadata?: {
    [key: string]: unknown;
  };
  [key: string]: unknown;
};
