// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Unlisted } from '../core/unlisted.js';
import type { JSONValue } from '../models.js';

export class ChatCompletions {
  constructor(private readonly client: APIClient) {}

  /**
   * Create conversation completion
   *
   * Compatible with OpenAI Chat Completions API format. Supports both streaming and non-streaming responses.
   *
   * **Available models (47):**
   *
   * | Suppliers | Models |
   * |--------|------|
   * | OpenAI | `gpt-4.1`, `gpt-4.1-mini`, `gpt-4.1-nano`, `gpt-4o`, `gpt-4o-mini`, `gpt-5`, `gpt-5-mini`, `gpt-5.1`, `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.4-mini` |
   * | Google | `gemini-3.1-pro-preview`, `gemini-3-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-image-preview`⚡, `gemini-2.5-pro`, `gemini-2.5-flash`, `gemini-2.5-flash-lite`, `gemini-2.5-flash-image`⚡, `gemini-2.0-flash`, `g3-pro-image-preview`⚡, `g2.5-flash-image`⚡ |
   * | Anthropic | `claude-3-haiku-20240307`, `claude-3-5-haiku-20241022`, `claude-sonnet-4-20250514`, `claude-sonnet-4-5-20250929`, `claude-sonnet-4-6`, `claude-haiku-4-5-20251001`, `claude-opus-4-1-20250805`, `claude-opus-4-5-20251101`, `claude-opus-4-6` |
   * | ByteDance | `seed-1-8-251228`, `seed-2-0-mini-260215`, `seed-1-6-flash-250715`, `seed-1-6-250915`, `seed-sc-260215`, `gpt-oss-120b-250805` |
   * | DeepSeek | `deepseek-v4-pro`, `deepseek-v4-flash` |
   * | MiniMax | `MiniMax-Text-01`, `MiniMax-M1`, `MiniMax-M2`, `MiniMax-M2.1`, `MiniMax-M2.1-highspeed`, `MiniMax-M2.5`, `MiniMax-M2.5-highspeed` |
   * | Moonshot | `kimi-for-coding` |
   *
   * **Model endpoint capabilities (verified on 2026-05-22):**
   * | Endpoint ID | Gateway path | Currently available models |
   * |---------|---------|-------------|
   * | `openai` | `/v1/chat/completions` | General chat models, including `deepseek-v4-pro`, `deepseek-v4-flash`, `gpt-5.4-mini`, `seed-sc-260215` |
   * | `openai-response` | `/v1/responses` | `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5` |
   * | `anthropic` | `/v1/messages` | `claude-sonnet-4-6`, `claude-opus-4-6`, `deepseek-v4-flash` |
   *
   * > ⚡ Models marked with ⚡ support conversational image generation and return inline base64 images. `deepseek-v4-pro` and `deepseek-v4-flash` are currently exposed as text-only chat models. MiniMax M series and `kimi-for-coding` are reasoning models whose responses include chain-of-thought content. The Anthropic Claude family is accessed through AWS Bedrock.
   *
   * > ⚠️ **Notes on reasoning models**: MiniMax M series (`MiniMax-M2` to `MiniMax-M2.5-highspeed`) and `kimi-for-coding` will output a thinking chain (`reasoning_content` field) before generating a formal answer, and the thinking chain itself will consume a lot of tokens. **It is recommended that `max_tokens` be set to no less than 1000**, otherwise the token quota may be exhausted during the inference phase, causing `content` to be empty.
   *
   * `POST /v1/chat/completions`
   *
   * Standalone: `createChatCompletions(client, …)`; errors: `isAPIError(error, 'createChatCompletions')`.
   *
   * @example
   * const result = await client.chat.completions.create({
   *   model: "gpt-4.1-mini",
   *   messages: [
   *     {
   *       role: "user",
   *       content: "Hello, how are you?",
   *     },
   *   ],
   * });
   */
  create(
    params: ChatCompletionRequest & { stream: true },
    options?: RequestOptions,
  ): APIPromise<Stream<ChatCompletionChunk>>;
  /**
   * Create conversation completion
   *
   * Compatible with OpenAI Chat Completions API format. Supports both streaming and non-streaming responses.
   *
   * **Available models (47):**
   *
   * | Suppliers | Models |
   * |--------|------|
   * | OpenAI | `gpt-4.1`, `gpt-4.1-mini`, `gpt-4.1-nano`, `gpt-4o`, `gpt-4o-mini`, `gpt-5`, `gpt-5-mini`, `gpt-5.1`, `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.4-mini` |
   * | Google | `gemini-3.1-pro-preview`, `gemini-3-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-image-preview`⚡, `gemini-2.5-pro`, `gemini-2.5-flash`, `gemini-2.5-flash-lite`, `gemini-2.5-flash-image`⚡, `gemini-2.0-flash`, `g3-pro-image-preview`⚡, `g2.5-flash-image`⚡ |
   * | Anthropic | `claude-3-haiku-20240307`, `claude-3-5-haiku-20241022`, `claude-sonnet-4-20250514`, `claude-sonnet-4-5-20250929`, `claude-sonnet-4-6`, `claude-haiku-4-5-20251001`, `claude-opus-4-1-20250805`, `claude-opus-4-5-20251101`, `claude-opus-4-6` |
   * | ByteDance | `seed-1-8-251228`, `seed-2-0-mini-260215`, `seed-1-6-flash-250715`, `seed-1-6-250915`, `seed-sc-260215`, `gpt-oss-120b-250805` |
   * | DeepSeek | `deepseek-v4-pro`, `deepseek-v4-flash` |
   * | MiniMax | `MiniMax-Text-01`, `MiniMax-M1`, `MiniMax-M2`, `MiniMax-M2.1`, `MiniMax-M2.1-highspeed`, `MiniMax-M2.5`, `MiniMax-M2.5-highspeed` |
   * | Moonshot | `kimi-for-coding` |
   *
   * **Model endpoint capabilities (verified on 2026-05-22):**
   * | Endpoint ID | Gateway path | Currently available models |
   * |---------|---------|-------------|
   * | `openai` | `/v1/chat/completions` | General chat models, including `deepseek-v4-pro`, `deepseek-v4-flash`, `gpt-5.4-mini`, `seed-sc-260215` |
   * | `openai-response` | `/v1/responses` | `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5` |
   * | `anthropic` | `/v1/messages` | `claude-sonnet-4-6`, `claude-opus-4-6`, `deepseek-v4-flash` |
   *
   * > ⚡ Models marked with ⚡ support conversational image generation and return inline base64 images. `deepseek-v4-pro` and `deepseek-v4-flash` are currently exposed as text-only chat models. MiniMax M series and `kimi-for-coding` are reasoning models whose responses include chain-of-thought content. The Anthropic Claude family is accessed through AWS Bedrock.
   *
   * > ⚠️ **Notes on reasoning models**: MiniMax M series (`MiniMax-M2` to `MiniMax-M2.5-highspeed`) and `kimi-for-coding` will output a thinking chain (`reasoning_content` field) before generating a formal answer, and the thinking chain itself will consume a lot of tokens. **It is recommended that `max_tokens` be set to no less than 1000**, otherwise the token quota may be exhausted during the inference phase, causing `content` to be empty.
   *
   * `POST /v1/chat/completions`
   *
   * Standalone: `createChatCompletions(client, …)`; errors: `isAPIError(error, 'createChatCompletions')`.
   *
   * @example
   * const result = await client.chat.completions.create({
   *   model: "gpt-4.1-mini",
   *   messages: [
   *     {
   *       role: "user",
   *       content: "Hello, how are you?",
   *     },
   *   ],
   * });
   */
  create(
    params: ChatCompletionRequest & { stream?: false | null },
    options?: RequestOptions,
  ): APIPromise<ChatCompletionResponse>;
  /**
   * Create conversation completion
   *
   * Compatible with OpenAI Chat Completions API format. Supports both streaming and non-streaming responses.
   *
   * **Available models (47):**
   *
   * | Suppliers | Models |
   * |--------|------|
   * | OpenAI | `gpt-4.1`, `gpt-4.1-mini`, `gpt-4.1-nano`, `gpt-4o`, `gpt-4o-mini`, `gpt-5`, `gpt-5-mini`, `gpt-5.1`, `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.4-mini` |
   * | Google | `gemini-3.1-pro-preview`, `gemini-3-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-image-preview`⚡, `gemini-2.5-pro`, `gemini-2.5-flash`, `gemini-2.5-flash-lite`, `gemini-2.5-flash-image`⚡, `gemini-2.0-flash`, `g3-pro-image-preview`⚡, `g2.5-flash-image`⚡ |
   * | Anthropic | `claude-3-haiku-20240307`, `claude-3-5-haiku-20241022`, `claude-sonnet-4-20250514`, `claude-sonnet-4-5-20250929`, `claude-sonnet-4-6`, `claude-haiku-4-5-20251001`, `claude-opus-4-1-20250805`, `claude-opus-4-5-20251101`, `claude-opus-4-6` |
   * | ByteDance | `seed-1-8-251228`, `seed-2-0-mini-260215`, `seed-1-6-flash-250715`, `seed-1-6-250915`, `seed-sc-260215`, `gpt-oss-120b-250805` |
   * | DeepSeek | `deepseek-v4-pro`, `deepseek-v4-flash` |
   * | MiniMax | `MiniMax-Text-01`, `MiniMax-M1`, `MiniMax-M2`, `MiniMax-M2.1`, `MiniMax-M2.1-highspeed`, `MiniMax-M2.5`, `MiniMax-M2.5-highspeed` |
   * | Moonshot | `kimi-for-coding` |
   *
   * **Model endpoint capabilities (verified on 2026-05-22):**
   * | Endpoint ID | Gateway path | Currently available models |
   * |---------|---------|-------------|
   * | `openai` | `/v1/chat/completions` | General chat models, including `deepseek-v4-pro`, `deepseek-v4-flash`, `gpt-5.4-mini`, `seed-sc-260215` |
   * | `openai-response` | `/v1/responses` | `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5` |
   * | `anthropic` | `/v1/messages` | `claude-sonnet-4-6`, `claude-opus-4-6`, `deepseek-v4-flash` |
   *
   * > ⚡ Models marked with ⚡ support conversational image generation and return inline base64 images. `deepseek-v4-pro` and `deepseek-v4-flash` are currently exposed as text-only chat models. MiniMax M series and `kimi-for-coding` are reasoning models whose responses include chain-of-thought content. The Anthropic Claude family is accessed through AWS Bedrock.
   *
   * > ⚠️ **Notes on reasoning models**: MiniMax M series (`MiniMax-M2` to `MiniMax-M2.5-highspeed`) and `kimi-for-coding` will output a thinking chain (`reasoning_content` field) before generating a formal answer, and the thinking chain itself will consume a lot of tokens. **It is recommended that `max_tokens` be set to no less than 1000**, otherwise the token quota may be exhausted during the inference phase, causing `content` to be empty.
   *
   * `POST /v1/chat/completions`
   *
   * Standalone: `createChatCompletions(client, …)`; errors: `isAPIError(error, 'createChatCompletions')`.
   *
   * @example
   * const result = await client.chat.completions.create({
   *   model: "gpt-4.1-mini",
   *   messages: [
   *     {
   *       role: "user",
   *       content: "Hello, how are you?",
   *     },
   *   ],
   * });
   */
  create(
    params: ChatCompletionRequest,
    options?: RequestOptions,
  ): APIPromise<ChatCompletionResponse | Stream<ChatCompletionChunk>>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createChatCompletions as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(
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
 * Create conversation completion
 *
 * Compatible with OpenAI Chat Completions API format. Supports both streaming and non-streaming responses.
 *
 * **Available models (47):**
 *
 * | Suppliers | Models |
 * |--------|------|
 * | OpenAI | `gpt-4.1`, `gpt-4.1-mini`, `gpt-4.1-nano`, `gpt-4o`, `gpt-4o-mini`, `gpt-5`, `gpt-5-mini`, `gpt-5.1`, `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.4-mini` |
 * | Google | `gemini-3.1-pro-preview`, `gemini-3-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-image-preview`⚡, `gemini-2.5-pro`, `gemini-2.5-flash`, `gemini-2.5-flash-lite`, `gemini-2.5-flash-image`⚡, `gemini-2.0-flash`, `g3-pro-image-preview`⚡, `g2.5-flash-image`⚡ |
 * | Anthropic | `claude-3-haiku-20240307`, `claude-3-5-haiku-20241022`, `claude-sonnet-4-20250514`, `claude-sonnet-4-5-20250929`, `claude-sonnet-4-6`, `claude-haiku-4-5-20251001`, `claude-opus-4-1-20250805`, `claude-opus-4-5-20251101`, `claude-opus-4-6` |
 * | ByteDance | `seed-1-8-251228`, `seed-2-0-mini-260215`, `seed-1-6-flash-250715`, `seed-1-6-250915`, `seed-sc-260215`, `gpt-oss-120b-250805` |
 * | DeepSeek | `deepseek-v4-pro`, `deepseek-v4-flash` |
 * | MiniMax | `MiniMax-Text-01`, `MiniMax-M1`, `MiniMax-M2`, `MiniMax-M2.1`, `MiniMax-M2.1-highspeed`, `MiniMax-M2.5`, `MiniMax-M2.5-highspeed` |
 * | Moonshot | `kimi-for-coding` |
 *
 * **Model endpoint capabilities (verified on 2026-05-22):**
 * | Endpoint ID | Gateway path | Currently available models |
 * |---------|---------|-------------|
 * | `openai` | `/v1/chat/completions` | General chat models, including `deepseek-v4-pro`, `deepseek-v4-flash`, `gpt-5.4-mini`, `seed-sc-260215` |
 * | `openai-response` | `/v1/responses` | `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5` |
 * | `anthropic` | `/v1/messages` | `claude-sonnet-4-6`, `claude-opus-4-6`, `deepseek-v4-flash` |
 *
 * > ⚡ Models marked with ⚡ support conversational image generation and return inline base64 images. `deepseek-v4-pro` and `deepseek-v4-flash` are currently exposed as text-only chat models. MiniMax M series and `kimi-for-coding` are reasoning models whose responses include chain-of-thought content. The Anthropic Claude family is accessed through AWS Bedrock.
 *
 * > ⚠️ **Notes on reasoning models**: MiniMax M series (`MiniMax-M2` to `MiniMax-M2.5-highspeed`) and `kimi-for-coding` will output a thinking chain (`reasoning_content` field) before generating a formal answer, and the thinking chain itself will consume a lot of tokens. **It is recommended that `max_tokens` be set to no less than 1000**, otherwise the token quota may be exhausted during the inference phase, causing `content` to be empty.
 *
 * `POST /v1/chat/completions`
 *
 * @example
 * const result = await createChatCompletions(client, {
 *   model: "gpt-4.1-mini",
 *   messages: [
 *     {
 *       role: "user",
 *       content: "Hello, how are you?",
 *     },
 *   ],
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createChatCompletions(
  client: APIClient,
  params: ChatCompletionRequest & { stream: true },
  options?: RequestOptions,
): APIPromise<Stream<ChatCompletionChunk>>;
/**
 * Create conversation completion
 *
 * Compatible with OpenAI Chat Completions API format. Supports both streaming and non-streaming responses.
 *
 * **Available models (47):**
 *
 * | Suppliers | Models |
 * |--------|------|
 * | OpenAI | `gpt-4.1`, `gpt-4.1-mini`, `gpt-4.1-nano`, `gpt-4o`, `gpt-4o-mini`, `gpt-5`, `gpt-5-mini`, `gpt-5.1`, `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.4-mini` |
 * | Google | `gemini-3.1-pro-preview`, `gemini-3-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-image-preview`⚡, `gemini-2.5-pro`, `gemini-2.5-flash`, `gemini-2.5-flash-lite`, `gemini-2.5-flash-image`⚡, `gemini-2.0-flash`, `g3-pro-image-preview`⚡, `g2.5-flash-image`⚡ |
 * | Anthropic | `claude-3-haiku-20240307`, `claude-3-5-haiku-20241022`, `claude-sonnet-4-20250514`, `claude-sonnet-4-5-20250929`, `claude-sonnet-4-6`, `claude-haiku-4-5-20251001`, `claude-opus-4-1-20250805`, `claude-opus-4-5-20251101`, `claude-opus-4-6` |
 * | ByteDance | `seed-1-8-251228`, `seed-2-0-mini-260215`, `seed-1-6-flash-250715`, `seed-1-6-250915`, `seed-sc-260215`, `gpt-oss-120b-250805` |
 * | DeepSeek | `deepseek-v4-pro`, `deepseek-v4-flash` |
 * | MiniMax | `MiniMax-Text-01`, `MiniMax-M1`, `MiniMax-M2`, `MiniMax-M2.1`, `MiniMax-M2.1-highspeed`, `MiniMax-M2.5`, `MiniMax-M2.5-highspeed` |
 * | Moonshot | `kimi-for-coding` |
 *
 * **Model endpoint capabilities (verified on 2026-05-22):**
 * | Endpoint ID | Gateway path | Currently available models |
 * |---------|---------|-------------|
 * | `openai` | `/v1/chat/completions` | General chat models, including `deepseek-v4-pro`, `deepseek-v4-flash`, `gpt-5.4-mini`, `seed-sc-260215` |
 * | `openai-response` | `/v1/responses` | `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5` |
 * | `anthropic` | `/v1/messages` | `claude-sonnet-4-6`, `claude-opus-4-6`, `deepseek-v4-flash` |
 *
 * > ⚡ Models marked with ⚡ support conversational image generation and return inline base64 images. `deepseek-v4-pro` and `deepseek-v4-flash` are currently exposed as text-only chat models. MiniMax M series and `kimi-for-coding` are reasoning models whose responses include chain-of-thought content. The Anthropic Claude family is accessed through AWS Bedrock.
 *
 * > ⚠️ **Notes on reasoning models**: MiniMax M series (`MiniMax-M2` to `MiniMax-M2.5-highspeed`) and `kimi-for-coding` will output a thinking chain (`reasoning_content` field) before generating a formal answer, and the thinking chain itself will consume a lot of tokens. **It is recommended that `max_tokens` be set to no less than 1000**, otherwise the token quota may be exhausted during the inference phase, causing `content` to be empty.
 *
 * `POST /v1/chat/completions`
 *
 * @example
 * const result = await createChatCompletions(client, {
 *   model: "gpt-4.1-mini",
 *   messages: [
 *     {
 *       role: "user",
 *       content: "Hello, how are you?",
 *     },
 *   ],
 * });
 */
export function createChatCompletions(
  client: APIClient,
  params: ChatCompletionRequest & { stream?: false | null },
  options?: RequestOptions,
): APIPromise<ChatCompletionResponse>;
/**
 * Create conversation completion
 *
 * Compatible with OpenAI Chat Completions API format. Supports both streaming and non-streaming responses.
 *
 * **Available models (47):**
 *
 * | Suppliers | Models |
 * |--------|------|
 * | OpenAI | `gpt-4.1`, `gpt-4.1-mini`, `gpt-4.1-nano`, `gpt-4o`, `gpt-4o-mini`, `gpt-5`, `gpt-5-mini`, `gpt-5.1`, `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.4-mini` |
 * | Google | `gemini-3.1-pro-preview`, `gemini-3-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-image-preview`⚡, `gemini-2.5-pro`, `gemini-2.5-flash`, `gemini-2.5-flash-lite`, `gemini-2.5-flash-image`⚡, `gemini-2.0-flash`, `g3-pro-image-preview`⚡, `g2.5-flash-image`⚡ |
 * | Anthropic | `claude-3-haiku-20240307`, `claude-3-5-haiku-20241022`, `claude-sonnet-4-20250514`, `claude-sonnet-4-5-20250929`, `claude-sonnet-4-6`, `claude-haiku-4-5-20251001`, `claude-opus-4-1-20250805`, `claude-opus-4-5-20251101`, `claude-opus-4-6` |
 * | ByteDance | `seed-1-8-251228`, `seed-2-0-mini-260215`, `seed-1-6-flash-250715`, `seed-1-6-250915`, `seed-sc-260215`, `gpt-oss-120b-250805` |
 * | DeepSeek | `deepseek-v4-pro`, `deepseek-v4-flash` |
 * | MiniMax | `MiniMax-Text-01`, `MiniMax-M1`, `MiniMax-M2`, `MiniMax-M2.1`, `MiniMax-M2.1-highspeed`, `MiniMax-M2.5`, `MiniMax-M2.5-highspeed` |
 * | Moonshot | `kimi-for-coding` |
 *
 * **Model endpoint capabilities (verified on 2026-05-22):**
 * | Endpoint ID | Gateway path | Currently available models |
 * |---------|---------|-------------|
 * | `openai` | `/v1/chat/completions` | General chat models, including `deepseek-v4-pro`, `deepseek-v4-flash`, `gpt-5.4-mini`, `seed-sc-260215` |
 * | `openai-response` | `/v1/responses` | `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5` |
 * | `anthropic` | `/v1/messages` | `claude-sonnet-4-6`, `claude-opus-4-6`, `deepseek-v4-flash` |
 *
 * > ⚡ Models marked with ⚡ support conversational image generation and return inline base64 images. `deepseek-v4-pro` and `deepseek-v4-flash` are currently exposed as text-only chat models. MiniMax M series and `kimi-for-coding` are reasoning models whose responses include chain-of-thought content. The Anthropic Claude family is accessed through AWS Bedrock.
 *
 * > ⚠️ **Notes on reasoning models**: MiniMax M series (`MiniMax-M2` to `MiniMax-M2.5-highspeed`) and `kimi-for-coding` will output a thinking chain (`reasoning_content` field) before generating a formal answer, and the thinking chain itself will consume a lot of tokens. **It is recommended that `max_tokens` be set to no less than 1000**, otherwise the token quota may be exhausted during the inference phase, causing `content` to be empty.
 *
 * `POST /v1/chat/completions`
 *
 * @example
 * const result = await createChatCompletions(client, {
 *   model: "gpt-4.1-mini",
 *   messages: [
 *     {
 *       role: "user",
 *       content: "Hello, how are you?",
 *     },
 *   ],
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createChatCompletions(
  client: APIClient,
  params: ChatCompletionRequest,
  options?: RequestOptions,
): APIPromise<ChatCompletionResponse | Stream<ChatCompletionChunk>>;
export function createChatCompletions(
  client: APIClient,
  params: ChatCompletionRequest,
  options?: RequestOptions,
): APIPromise<ChatCompletionResponse | Stream<ChatCompletionChunk>> {
  return client.request<ChatCompletionResponse | Stream<ChatCompletionChunk>>(
    {
      operation: 'createChatCompletions',
      method: 'POST',
      path: '/v1/chat/completions',
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

export interface ChatCompletionRequest {
  /** Model name */
  model:
    | 'gpt-4.1'
    | 'gpt-4.1-mini'
    | 'gpt-4.1-nano'
    | 'gpt-4o'
    | 'gpt-4o-mini'
    | 'gpt-5'
    | 'gpt-5-mini'
    | 'gpt-5.1'
    | 'MiniMax-Text-01'
    | 'MiniMax-M1'
    | 'MiniMax-M2'
    | 'MiniMax-M2.1'
    | 'MiniMax-M2.1-highspeed'
    | 'MiniMax-M2.5'
    | 'MiniMax-M2.5-highspeed'
    | 'claude-sonnet-4-5-20250929'
    | 'claude-sonnet-4-6'
    | 'claude-haiku-4-5-20251001'
    | 'claude-opus-4-5-20251101'
    | 'claude-opus-4-6'
    | 'claude-opus-4-7'
    | 'kimi-for-coding'
    | 'deepseek-v4-pro'
    | 'deepseek-v4-flash'
    | 'gpt-5.4-mini'
    | 'seed-sc-260215'
    | Unlisted;
  messages: {
    role: 'system' | 'user' | 'assistant';
    content: string;
  }[];
  /**
   * Whether to enable streaming responses
   * @default false
   */
  stream?: boolean;
  /**
   * @default 1
   * @minimum 0
   * @maximum 2
   */
  temperature?: number;
  /** Maximum number of generated tokens */
  max_tokens?: number;
  /** Function tool definition (OpenAI compatible) */
  tools?: {
    type: 'function';
    function: {
      name: string;
      description?: string;
      parameters: { [key: string]: JSONValue };
    };
  }[];
  /** Tool selection strategy */
  tool_choice?:
    | ('none' | 'auto' | 'required')
    | {
        type?: 'function';
        function?: {
          name?: string;
        };
      };
}

export interface ChatCompletionResponse {
  id?: string;
  /** @example "chat.completion" */
  object?: string;
  model?: string;
  choices?: {
    index?: number;
    message?: {
      role?: string;
      content?: string;
      tool_calls?: {
        id?: string;
        type?: 'function';
        function?: {
          name?: string;
          arguments?: string;
        };
      }[];
    };
    finish_reason?: string;
  }[];
  usage?: {
    prompt_tokens?: number;
    completion_tokens?: number;
    total_tokens?: number;
  };
}

/** One server-sent event of a chat completion stream; the stream ends with `data: [DONE]`. */
export interface ChatCompletionChunkSSE {
  event?: string;
  id?: string;
  data: string;
}

/** A piece of a streamed chat completion. Joined in order, the `delta`s of one choice make its message; the last chunk may carry `usage` and no choices. */
export interface ChatCompletionChunk {
  /** The completion's id, the same in every chunk. */
  id: string;
  object: 'chat.completion.chunk';
  /** When the completion was created (Unix time in seconds). */
  created: number;
  model: string;
  system_fingerprint?: string | null;
  choices: ChatCompletionChunkChoice[];
  /** Token counts, in the last chunk only (when the request asks for them). */
  usage?: {
    prompt_tokens?: number;
    completion_tokens?: number;
    total_tokens?: number;
  } | null;
}

export interface ChatCompletionChunkChoice {
  index: number;
  delta: ChatCompletionChunkDelta;
  /** Why the choice ended (`stop`, `length`, `tool_calls`, `content_filter`); null until it has. */
  finish_reason?: string | null;
  logprobs?: { [key: string]: unknown } | null;
}

/** What this chunk adds to the choice's message. */
export interface ChatCompletionChunkDelta {
  role?: 'system' | 'user' | 'assistant' | 'tool';
  /** The next piece of the answer's text. */
  content?: string | null;
  /** The next piece of the reasoning text, from reasoning models that send it. */
  reasoning_content?: string | null;
  refusal?: string | null;
  tool_calls?: {
    index: number;
    id?: string;
    type?: 'function';
    function?: {
      name?: string;
      /**
       * The next piece of the arguments' JSON text.
       */
      arguments?: string;
    };
  }[];
}
