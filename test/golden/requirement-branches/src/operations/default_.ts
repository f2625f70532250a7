// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { EditRequest, SpeechRequest, VideoRequest } from '../models.js';

/** `POST /videos` */
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

/** `POST /edits` */
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

/** `POST /speech` */
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
