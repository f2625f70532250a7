// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Unlisted } from '../core/unlisted.js';

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

export interface AnthropicMessagesRequest {
  /** Anthropic Messages model name. */
  model:
    | 'claude-sonnet-4-5-20250929'
    | 'claude-sonnet-4-6'
    | 'claude-haiku-4-5-20251001'
    | 'claude-opus-4-5-20251101'
    | 'claude-opus-4-6'
    | 'claude-opus-4-7'
    | 'glm-5.1'
    | 'deepseek-v4-flash'
    | Unlisted;
  /**
   * Anthropic Bedrock API version. Must be `bedrock-2023-05-31`.
   * @default "bedrock-2023-05-31"
   */
  anthropic_version: 'bedrock-2023-05-31';
  /**
   * Maximum number of output tokens
   * @default 4096
   */
  max_tokens: number;
  messages: {
    role: 'user' | 'assistant';
    content: string;
  }[];
  /** System prompt word */
  system?: string;
  /**
   * @default 1
   * @minimum 0
   * @maximum 1
   */
  temperature?: number;
  /**
   * Whether to stream responses. Playground always sends non-streaming requests.
   * @default false
   */
  stream?: boolean;
}

export interface AnthropicMessagesResponse {
  id?: string;
  /** @example "message" */
  type?: string;
  /** @example "assistant" */
  role?: string;
  model?: string;
  content?: {
    type?: string;
    text?: string;
  }[];
  stop_reason?: string;
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
  };
}

/** One server-sent event of a Messages stream; its `event` name is its data's `type`. */
export interface AnthropicMessageStreamEventSSE {
  event?: string;
  id?: string;
  data: string;
}

/** An event of a Messages stream, told apart by `type`: `message_start`, then for each content block `content_block_start`, its `content_block_delta`s and `content_block_stop`, then `message_delta` and `message_stop`; `ping`s may come at any time. */
export type AnthropicMessageStreamEvent =
  | AnthropicMessageStartEvent
  | AnthropicContentBlockStartEvent
  | AnthropicContentBlockDeltaEvent
  | AnthropicContentBlockStopEvent
  | AnthropicMessageDeltaEvent
  | AnthropicMessageStopEvent
  | AnthropicPingEvent;

/** The message begins; its `content` is still empty. */
export interface AnthropicMessageStartEvent {
  type: 'message_start';
  message: AnthropicMessagesResponse;
}

/** A content block begins at `index`. */
export interface AnthropicContentBlockStartEvent {
  type: 'content_block_start';
  index: number;
  content_block: AnthropicStreamContentBlock;
}

/** A content block as it starts (`text`, `tool_use`, `thinking`, …), empty or nearly so. */
export interface AnthropicStreamContentBlock {
  type: string;
  text?: string;
  /** The tool use's id. */
  id?: string;
  /** The tool's name. */
  name?: string;
  /** The tool's input (its JSON arrives in `input_json_delta`s). */
  input?: { [key: string]: unknown };
  thinking?: string;
}

/** The next piece of the content block at `index`. */
export interface AnthropicContentBlockDeltaEvent {
  type: 'content_block_delta';
  index: number;
  delta: AnthropicContentBlockDelta;
}

/** A piece of text, of a tool's input JSON, of thinking, or the thinking's signature. */
export type AnthropicContentBlockDelta =
  AnthropicTextDelta | AnthropicInputJsonDelta | AnthropicThinkingDelta | AnthropicSignatureDelta;

export interface AnthropicTextDelta {
  type: 'text_delta';
  text: string;
}

export interface AnthropicInputJsonDelta {
  type: 'input_json_delta';
  partial_json: string;
}

export interface AnthropicThinkingDelta {
  type: 'thinking_delta';
  thinking: string;
}

export interface AnthropicSignatureDelta {
  type: 'signature_delta';
  signature: string;
}

/** The content block at `index` is complete. */
export interface AnthropicContentBlockStopEvent {
  type: 'content_block_stop';
  index: number;
}

/** The message's final fields, and its output token count so far. */
export interface AnthropicMessageDeltaEvent {
  type: 'message_delta';
  delta: {
    /**
     * `end_turn`, `max_tokens`, `stop_sequence`, `tool_use`, …
     */
    stop_reason?: string | null;
    stop_sequence?: string | null;
  };
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
  };
}

/** The message is complete. */
export interface AnthropicMessageStopEvent {
  type: 'message_stop';
}

/** Keeps the connection alive; carries nothing. */
export interface AnthropicPingEvent {
  type: 'ping';
}
