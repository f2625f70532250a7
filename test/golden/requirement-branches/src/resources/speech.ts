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
   *   input: "string",
   *   voice: "string",
   * });
   */
  create(params: SpeechRequest, options?: RequestOptions): APIPromise<void> {
    return createSpeech(this.client, params, options);
  }
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

/** One of input|text, and one of voice|speaker. */
export type SpeechRequest = {
  input?: string;
  text?: string;
  voice?: string;
  speaker?: string;
} & (
  | {
      input: string;
    }
  | {
      text: string;
    }
) &
  (
    | {
        voice: string;
      }
    | {
        speaker: string;
      }
  );
