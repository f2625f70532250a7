// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ChatCompletion, ChatCompletionChunk, CreateChatCompletionBody } from '../models.js';
import { createChatCompletion } from '../operations/default_.js';

export class ChatCompletions {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /chat/completions`
   *
   * Standalone: `createChatCompletion(client, …)`; errors: `isAPIError(error, 'createChatCompletion')`.
   *
   * @example
   * const result = await client.chat.completions.create({
   *   model: "string",
   *   messages: [],
   * });
   */
  create(
    params: CreateChatCompletionBody & { stream: true },
    options?: RequestOptions,
  ): APIPromise<Stream<ChatCompletionChunk>>;
  /**
   * `POST /chat/completions`
   *
   * Standalone: `createChatCompletion(client, …)`; errors: `isAPIError(error, 'createChatCompletion')`.
   *
   * @example
   * const result = await client.chat.completions.create({
   *   model: "string",
   *   messages: [],
   * });
   */
  create(
    params: CreateChatCompletionBody & { stream?: false | null },
    options?: RequestOptions,
  ): APIPromise<ChatCompletion>;
  /**
   * `POST /chat/completions`
   *
   * Standalone: `createChatCompletion(client, …)`; errors: `isAPIError(error, 'createChatCompletion')`.
   *
   * @example
   * const result = await client.chat.completions.create({
   *   model: "string",
   *   messages: [],
   * });
   */
  create(
    params: CreateChatCompletionBody,
    options?: RequestOptions,
  ): APIPromise<ChatCompletion | Stream<ChatCompletionChunk>>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createChatCompletion as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(
      this.client,
      ...args,
    );
  }
}

export class Chat {
  readonly completions: ChatCompletions;

  constructor(private readonly client: APIClient) {
    this.completions = new ChatCompletions(client);
  }
}
