// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ChatCompletion, CreateChatCompletionBody } from '../models.js';
import { createChatCompletion } from '../operations/default_.js';

export class ChatCompletions {
  constructor(private readonly client: APIClient) {}

  create(
    request: { body: CreateChatCompletionBody & { stream: true } },
    options?: RequestOptions,
  ): Promise<Stream<unknown>>;
  create(
    request: { body: CreateChatCompletionBody & { stream?: false | null } },
    options?: RequestOptions,
  ): Promise<ChatCompletion>;
  create(
    request: { body: CreateChatCompletionBody },
    options?: RequestOptions,
  ): Promise<ChatCompletion | Stream<unknown>>;
  /** `POST /chat/completions` */
  create(request: { body: CreateChatCompletionBody }, options?: RequestOptions): Promise<unknown> {
    return createChatCompletion(this.client, request, options);
  }
}

export class Chat {
  readonly completions: ChatCompletions;

  constructor(private readonly client: APIClient) {
    this.completions = new ChatCompletions(client);
  }
}
