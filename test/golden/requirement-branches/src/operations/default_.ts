// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { EditRequest, SpeechRequest, VideoRequest } from '../models.js';

/**
 * `POST /videos`
 *
 * @example
 * const result = await createVideo(client, {
 *   image: "string",
 * });
 */
export function createVideo(client: APIClient, params: VideoRequest, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'createVideo',
      method: 'POST',
      path: '/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/**
 * `POST /edits`
 *
 * @example
 * const result = await createEdit(client, {
 *   video_url: "string",
 * });
 */
export function createEdit(client: APIClient, params: EditRequest, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'createEdit',
      method: 'POST',
      path: '/edits',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/**
 * `POST /speech`
 *
 * @example
 * const result = await createSpeech(client, {
 *   input: "string",
 *   voice: "string",
 * });
 */
export function createSpeech(client: APIClient, params: SpeechRequest, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'createSpeech',
      method: 'POST',
      path: '/speech',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}
