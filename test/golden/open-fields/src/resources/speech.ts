// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { CreateSpeechBody } from '../models.js';
import { createSpeech } from '../operations/default_.js';

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
