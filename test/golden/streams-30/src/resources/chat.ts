// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ChatCompletionChunk } from '../models.js';

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

/**
 * `POST /chat/completions`
 *
 * @example
 * const result = await createChatCompletion(client, {
 *   model: "string",
 *   messages: [],
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createChatCompletion(
  client: APIClient,
  params: CreateChatCompletionBody & { stream: true },
  options?: RequestOptions,
): APIPromise<Stream<ChatCompletionChunk>>;
/**
 * `POST /chat/completions`
 *
 * @example
 * const result = await createChatCompletion(client, {
 *   model: "string",
 *   messages: [],
 * });
 */
export function createChatCompletion(
  client: APIClient,
  params: CreateChatCompletionBody & { stream?: false | null },
  options?: RequestOptions,
): APIPromise<ChatCompletion>;
/**
 * `POST /chat/completions`
 *
 * @example
 * const result = await createChatCompletion(client, {
 *   model: "string",
 *   messages: [],
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createChatCompletion(
  client: APIClient,
  params: CreateChatCompletionBody,
  options?: RequestOptions,
): APIPromise<ChatCompletion | Stream<ChatCompletionChunk>>;
export function createChatCompletion(
  client: APIClient,
  params: CreateChatCompletionBody,
  options?: RequestOptions,
): APIPromise<ChatCompletion | Stream<ChatCompletionChunk>> {
  return client.request<ChatCompletion | Stream<ChatCompletionChunk>>(
    {
      operation: 'createChatCompletion',
      method: 'POST',
      path: '/chat/completions',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
      stream: (params as { stream?: unknown } | undefined)?.stream === true,
      streamData: 'json',
    },
    options,
  );
}

export interface ChatCompletion {
  id: string;
  content: string;
}

export interface CreateChatCompletionBody {
  model: string;
  messages: {
    role: string;
    content: string;
  }[];
  /** @default false */
  stream?: boolean | null;
}
