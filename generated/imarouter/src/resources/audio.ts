// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import type { Unlisted } from '../core/unlisted.js';
import type { JSONValue } from '../models.js';

export class AudioSpeech {
  constructor(private readonly client: APIClient) {}

  /**
   * Create a Seed TTS speech task
   *
   * Submit a `seed-tts-2.0` speech synthesis task through the OpenAI-compatible `POST /v1/audio/speech` endpoint.
   *
   * **Actual request path:** `POST /v1/audio/speech`
   *
   * **Supported model:**
   * - `seed-tts-2.0`
   *
   * **Parameters:**
   * - `input` / `text` / `prompt` / `ssml`: provide at least one text input, up to 10000 characters
   * - `voice` / `speaker`: one is required
   * - `response_format`: optional, defaults to `mp3`
   * - `speed`: optional speech speed multiplier
   *
   * **Result lookup:**
   * - After successful submission, the response returns a task ID. Use `GET /v1/audio/speech/{task_id}` to query status and audio results.
   *
   *
   * `POST /v1/audio/speech`
   *
   * Standalone: `createSeedTtsSpeechTask(client, …)`; errors: `isAPIError(error, 'createSeedTtsSpeechTask')`.
   *
   * @example
   * const result = await client.audio.speech.create({
   *   model: "seed-tts-2.0",
   *   input: "你好，欢迎使用异步语音合成。",
   *   voice: "zh_female_shuangkuaisisi_uranus",
   *   response_format: "mp3",
   * });
   */
  create(params: SeedTtsSpeechCreateRequest, options?: RequestOptions): APIPromise<SeedTtsSpeechCreateResponse> {
    return createSeedTtsSpeechTask(this.client, params, options);
  }

  /**
   * Query a Seed TTS speech task
   *
   * Query the `seed-tts-2.0` speech task submitted through `POST /v1/audio/speech`.
   *
   * A successful response returns task status, audio format, audio URL, and usage information when available.
   *
   * `GET /v1/audio/speech/{task_id}`
   *
   * Standalone: `getSeedTtsSpeechTask(client, …)`; errors: `isAPIError(error, 'getSeedTtsSpeechTask')`.
   *
   * @example
   * const result = await client.audio.speech.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<SeedTtsSpeechFetchResponse> {
    return getSeedTtsSpeechTask(this.client, taskId, options);
  }

  /** Creates the task and waits until it ends. Standalone: `createSeedTtsSpeechTaskAndWait(client, …)`. */
  createAndWait(
    params: SeedTtsSpeechCreateRequest,
    options?: WaitOptions<SeedTtsSpeechFetchResponse>,
  ): Promise<SeedTtsSpeechFetchResponse> {
    return createSeedTtsSpeechTaskAndWait(this.client, params, options);
  }

  /** Polls until the task ends. Standalone: `waitForGetSeedTtsSpeechTask(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<SeedTtsSpeechFetchResponse>): Promise<SeedTtsSpeechFetchResponse> {
    return waitForGetSeedTtsSpeechTask(this.client, taskId, options);
  }
}

export class Audio {
  readonly speech: AudioSpeech;

  constructor(private readonly client: APIClient) {
    this.speech = new AudioSpeech(client);
  }
}

/**
 * Create a Seed TTS speech task
 *
 * Submit a `seed-tts-2.0` speech synthesis task through the OpenAI-compatible `POST /v1/audio/speech` endpoint.
 *
 * **Actual request path:** `POST /v1/audio/speech`
 *
 * **Supported model:**
 * - `seed-tts-2.0`
 *
 * **Parameters:**
 * - `input` / `text` / `prompt` / `ssml`: provide at least one text input, up to 10000 characters
 * - `voice` / `speaker`: one is required
 * - `response_format`: optional, defaults to `mp3`
 * - `speed`: optional speech speed multiplier
 *
 * **Result lookup:**
 * - After successful submission, the response returns a task ID. Use `GET /v1/audio/speech/{task_id}` to query status and audio results.
 *
 *
 * `POST /v1/audio/speech`
 *
 * @example
 * const result = await createSeedTtsSpeechTask(client, {
 *   model: "seed-tts-2.0",
 *   input: "你好，欢迎使用异步语音合成。",
 *   voice: "zh_female_shuangkuaisisi_uranus",
 *   response_format: "mp3",
 * });
 */
export function createSeedTtsSpeechTask(
  client: APIClient,
  params: SeedTtsSpeechCreateRequest,
  options?: RequestOptions,
): APIPromise<SeedTtsSpeechCreateResponse> {
  return client.request<SeedTtsSpeechCreateResponse>(
    {
      operation: 'createSeedTtsSpeechTask',
      method: 'POST',
      path: '/v1/audio/speech',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query a Seed TTS speech task
 *
 * Query the `seed-tts-2.0` speech task submitted through `POST /v1/audio/speech`.
 *
 * A successful response returns task status, audio format, audio URL, and usage information when available.
 *
 * `GET /v1/audio/speech/{task_id}`
 *
 * @example
 * const result = await getSeedTtsSpeechTask(client, "abc123");
 */
export function getSeedTtsSpeechTask(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<SeedTtsSpeechFetchResponse> {
  return client.request<SeedTtsSpeechFetchResponse>(
    {
      operation: 'getSeedTtsSpeechTask',
      method: 'GET',
      path: '/v1/audio/speech/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Calls {@link createSeedTtsSpeechTask}, then polls {@link getSeedTtsSpeechTask} until the task's `data.status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createSeedTtsSpeechTaskAndWait(
  client: APIClient,
  params: SeedTtsSpeechCreateRequest,
  options: WaitOptions<SeedTtsSpeechFetchResponse> = {},
): Promise<SeedTtsSpeechFetchResponse> {
  const created = await createSeedTtsSpeechTask(client, params, options);
  return waitForGetSeedTtsSpeechTask(
    client,
    taskIdOf(created, ['task_id'], 'createSeedTtsSpeechTask') as string,
    options,
  );
}

/** Polls {@link getSeedTtsSpeechTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetSeedTtsSpeechTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<SeedTtsSpeechFetchResponse>,
): Promise<SeedTtsSpeechFetchResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => getSeedTtsSpeechTask(client, taskId, requestOptions),
    { statusField: ['data', 'status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/** Seed TTS 2.0 speech synthesis request body. */
export type SeedTtsSpeechCreateRequest = {
  /**
   * Speech model name. Currently only `seed-tts-2.0` is supported.
   */
  model: 'seed-tts-2.0' | Unlisted;
  /**
   * Text input. Provide at least one of `input`, `text`, `prompt`, or `ssml`.
   * @minLength 1
   * @maxLength 10000
   */
  input?: string;
  /**
   * Text input alias.
   * @minLength 1
   * @maxLength 10000
   */
  text?: string;
  /**
   * Text input alias.
   * @minLength 1
   * @maxLength 10000
   */
  prompt?: string;
  /**
   * SSML input.
   * @minLength 1
   * @maxLength 10000
   */
  ssml?: string;
  /**
   * OpenAI-compatible voice field.
   */
  voice?: string;
  /**
   * Speech speaker field.
   */
  speaker?: string;
  /**
   * Audio format, defaults to `mp3`.
   * @default "mp3"
   */
  response_format?: string;
  /**
   * Speech speed multiplier.
   * @format double
   */
  speed?: number;
  /**
   * Optional metadata.
   */
  metadata?: {
    [key: string]: JSONValue;
  };
} & (
  | {
      /**
       * Text input. Provide at least one of `input`, `text`, `prompt`, or `ssml`.
       * @minLength 1
       * @maxLength 10000
       */
      input: string;
    }
  | {
      /**
       * Text input alias.
       * @minLength 1
       * @maxLength 10000
       */
      text: string;
    }
  | {
      /**
       * Text input alias.
       * @minLength 1
       * @maxLength 10000
       */
      prompt: string;
    }
  | {
      /**
       * SSML input.
       * @minLength 1
       * @maxLength 10000
       */
      ssml: string;
    }
) &
  (
    | {
        /**
         * OpenAI-compatible voice field.
         */
        voice: string;
      }
    | {
        /**
         * Speech speaker field.
         */
        speaker: string;
      }
  );

/** Seed TTS task submission response. */
export type SeedTtsSpeechCreateResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Public task ID.
   */
  task_id?: string;
  /**
   * @example "audio.speech"
   */
  object?: string;
  /**
   * @example "seed-tts-2.0"
   */
  model?: string;
  /**
   * @example "submitted"
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

/** Seed TTS task fetch response. */
export type SeedTtsSpeechFetchResponse = {
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
     * Audio format.
     */
    format?: string;
    /**
     * Audio URL after terminal success.
     */
    url?: string;
    /**
     * USD amount for the completed task, when returned.
     * @format double
     * @minimum 0
     */
    amount_usd?: number;
    /**
     * Terminal usage.
     */
    usage?: {
      /**
       * Character usage count.
       * @minimum 0
       */
      count?: number;
      [key: string]: unknown;
    };
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
