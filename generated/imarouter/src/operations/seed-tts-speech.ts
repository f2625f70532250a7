// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { SeedTtsSpeechCreateRequest, SeedTtsSpeechCreateResponse, SeedTtsSpeechFetchResponse } from '../models.js';

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
