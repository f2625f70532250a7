// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WaitOptions } from '../core/polling.js';
import type { SeedTtsSpeechCreateRequest, SeedTtsSpeechCreateResponse, SeedTtsSpeechFetchResponse } from '../models.js';
import { createSeedTtsSpeechTask, getSeedTtsSpeechTask } from '../operations/seed-tts-speech.js';
import { createSeedTtsSpeechTaskAndWait, waitForGetSeedTtsSpeechTask } from '../tasks.js';

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
