// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { AnthropicMessageStreamEvent, AnthropicMessagesRequest, AnthropicMessagesResponse } from '../models.js';

export class Messages {
  constructor(private readonly client: APIClient) {}

  /**
   * Create an Anthropic Messages response
   *
   * Compatible with Anthropic Messages API format.
   *
   * Only models with the `anthropic` endpoint capability enabled are supported.
   * **Current verified models (2026-05-22):** `claude-sonnet-4-6`, `claude-opus-4-6`, `glm-5.1`, `deepseek-v4-flash`
   *
   * `POST /v1/messages`
   *
   * Standalone: `createMessages(client, …)`; errors: `isAPIError(error, 'createMessages')`.
   *
   * @example
   * const result = await client.messages.create({
   *   model: "claude-sonnet-4-5-20250929",
   *   anthropic_version: "bedrock-2023-05-31",
   *   max_tokens: 4096,
   *   temperature: 1,
   *   system: "You are a helpful assistant.",
   *   messages: [
   *     {
   *       role: "user",
   *       content: "Hello, what can you help me with?",
   *     },
   *   ],
   * });
   */
  create(
    params: AnthropicMessagesRequest & { stream: true },
    options?: RequestOptions,
  ): APIPromise<Stream<AnthropicMessageStreamEvent>>;
  /**
   * Create an Anthropic Messages response
   *
   * Compatible with Anthropic Messages API format.
   *
   * Only models with the `anthropic` endpoint capability enabled are supported.
   * **Current verified models (2026-05-22):** `claude-sonnet-4-6`, `claude-opus-4-6`, `glm-5.1`, `deepseek-v4-flash`
   *
   * `POST /v1/messages`
   *
   * Standalone: `createMessages(client, …)`; errors: `isAPIError(error, 'createMessages')`.
   *
   * @example
   * const result = await client.messages.create({
   *   model: "claude-sonnet-4-5-20250929",
   *   anthropic_version: "bedrock-2023-05-31",
   *   max_tokens: 4096,
   *   temperature: 1,
   *   system: "You are a helpful assistant.",
   *   messages: [
   *     {
   *       role: "user",
   *       content: "Hello, what can you help me with?",
   *     },
   *   ],
   * });
   */
  create(
    params: AnthropicMessagesRequest & { stream?: false | null },
    options?: RequestOptions,
  ): APIPromise<AnthropicMessagesResponse>;
  /**
   * Create an Anthropic Messages response
   *
   * Compatible with Anthropic Messages API format.
   *
   * Only models with the `anthropic` endpoint capability enabled are supported.
   * **Current verified models (2026-05-22):** `claude-sonnet-4-6`, `claude-opus-4-6`, `glm-5.1`, `deepseek-v4-flash`
   *
   * `POST /v1/messages`
   *
   * Standalone: `createMessages(client, …)`; errors: `isAPIError(error, 'createMessages')`.
   *
   * @example
   * const result = await client.messages.create({
   *   model: "claude-sonnet-4-5-20250929",
   *   anthropic_version: "bedrock-2023-05-31",
   *   max_tokens: 4096,
   *   temperature: 1,
   *   system: "You are a helpful assistant.",
   *   messages: [
   *     {
   *       role: "user",
   *       content: "Hello, what can you help me with?",
   *     },
   *   ],
   * });
   */
  create(
    params: AnthropicMessagesRequest,
    options?: RequestOptions,
  ): APIPromise<AnthropicMessagesResponse | Stream<AnthropicMessageStreamEvent>>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createMessages as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(this.client, ...args);
  }
}

/**
 * Create an Anthropic Messages response
 *
 * Compatible with Anthropic Messages API format.
 *
 * Only models with the `anthropic` endpoint capability enabled are supported.
 * **Current verified models (2026-05-22):** `claude-sonnet-4-6`, `claude-opus-4-6`, `glm-5.1`, `deepseek-v4-flash`
 *
 * `POST /v1/messages`
 *
 * @example
 * const result = await createMessages(client, {
 *   model: "claude-sonnet-4-5-20250929",
 *   anthropic_version: "bedrock-2023-05-31",
 *   max_tokens: 4096,
 *   temperature: 1,
 *   system: "You are a helpful assistant.",
 *   messages: [
 *     {
 *       role: "user",
 *       content: "Hello, what can you help me with?",
 *     },
 *   ],
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createMessages(
  client: APIClient,
  params: AnthropicMessagesRequest & { stream: true },
  options?: RequestOptions,
): APIPromise<Stream<AnthropicMessageStreamEvent>>;
/**
 * Create an Anthropic Messages response
 *
 * Compatible with Anthropic Messages API format.
 *
 * Only models with the `anthropic` endpoint capability enabled are supported.
 * **Current verified models (2026-05-22):** `claude-sonnet-4-6`, `claude-opus-4-6`, `glm-5.1`, `deepseek-v4-flash`
 *
 * `POST /v1/messages`
 *
 * @example
 * const result = await createMessages(client, {
 *   model: "claude-sonnet-4-5-20250929",
 *   anthropic_version: "bedrock-2023-05-31",
 *   max_tokens: 4096,
 *   temperature: 1,
 *   system: "You are a helpful assistant.",
 *   messages: [
 *     {
 *       role: "user",
 *       content: "Hello, what can you help me with?",
 *     },
 *   ],
 * });
 */
export function createMessages(
  client: APIClient,
  params: AnthropicMessagesRequest & { stream?: false | null },
  options?: RequestOptions,
): APIPromise<AnthropicMessagesResponse>;
/**
 * Create an Anthropic Messages response
 *
 * Compatible with Anthropic Messages API format.
 *
 * Only models with the `anthropic` endpoint capability enabled are supported.
 * **Current verified models (2026-05-22):** `claude-sonnet-4-6`, `claude-opus-4-6`, `glm-5.1`, `deepseek-v4-flash`
 *
 * `POST /v1/messages`
 *
 * @example
 * const result = await createMessages(client, {
 *   model: "claude-sonnet-4-5-20250929",
 *   anthropic_version: "bedrock-2023-05-31",
 *   max_tokens: 4096,
 *   temperature: 1,
 *   system: "You are a helpful assistant.",
 *   messages: [
 *     {
 *       role: "user",
 *       content: "Hello, what can you help me with?",
 *     },
 *   ],
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createMessages(
  client: APIClient,
  params: AnthropicMessagesRequest,
  options?: RequestOptions,
): APIPromise<AnthropicMessagesResponse | Stream<AnthropicMessageStreamEvent>>;
export function createMessages(
  client: APIClient,
  params: AnthropicMessagesRequest,
  options?: RequestOptions,
): APIPromise<AnthropicMessagesResponse | Stream<AnthropicMessageStreamEvent>> {
  return client.request<AnthropicMessagesResponse | Stream<AnthropicMessageStreamEvent>>(
    {
      operation: 'createMessages',
      method: 'POST',
      path: '/v1/messages',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
      stream: (params as { stream?: unknown } | undefined)?.stream === true,
      streamData: 'json',
    },
    options,
  );
}
