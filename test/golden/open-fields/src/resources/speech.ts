// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Speech {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /speech`
   *
   * Standalone: `createSpeech(client, …)`; errors: `isAPIError(error, 'createSpeech')`.
   *
   * @example
   * const result = await client.speech.create({
   *   model: "fast-1",
   *   text: "string",
   * });
   */
  create(params: CreateSpeechBody, options?: RequestOptions): APIPromise<void> {
    return createSpeech(this.client, params, options);
  }
}

/**
 * `POST /speech`
 *
 * @example
 * const result = await createSpeech(client, {
 *   model: "fast-1",
 *   text: "string",
 * });
 */
export function createSpeech(client: APIClient, params: CreateSpeechBody, options?: RequestOptions): APIPromise<void> {
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

export interface FastSpeech {
  model: 'fast-1';
  text: string;
}

export interface SlowSpeech {
  model: 'slow-1';
  text: string;
  depth?: number;
}

export type CreateSpeechBody = FastSpeech | SlowSpeech;
