// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type {
  AnthropicMessageStreamEvent,
  AnthropicMessagesRequest,
  AnthropicMessagesResponse,
  ChatCompletionChunk,
  ChatCompletionRequest,
  ChatCompletionResponse,
  EmbeddingRequest,
  EmbeddingResponse,
  ResponseStreamEvent,
  ResponsesRequest,
  ResponsesResponse,
} from '../models.js';

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

/**
 * Create Responses
 *
 * Compatible with OpenAI Responses API format.
 *
 * Only models with the `openai-response` endpoint capability enabled are supported.
 * **Current verified models (2026-05-04):** `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5`
 *
 * `POST /v1/responses`
 *
 * @example
 * const result = await createResponses(client, {
 *   model: "gpt-5.2",
 *   input: "Hello, what can you help me with?",
 *   max_output_tokens: 8192,
 *   temperature: 1,
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createResponses(
  client: APIClient,
  params: ResponsesRequest & { stream: true },
  options?: RequestOptions,
): APIPromise<Stream<ResponseStreamEvent>>;
/**
 * Create Responses
 *
 * Compatible with OpenAI Responses API format.
 *
 * Only models with the `openai-response` endpoint capability enabled are supported.
 * **Current verified models (2026-05-04):** `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5`
 *
 * `POST /v1/responses`
 *
 * @example
 * const result = await createResponses(client, {
 *   model: "gpt-5.2",
 *   input: "Hello, what can you help me with?",
 *   max_output_tokens: 8192,
 *   temperature: 1,
 * });
 */
export function createResponses(
  client: APIClient,
  params: ResponsesRequest & { stream?: false | null },
  options?: RequestOptions,
): APIPromise<ResponsesResponse>;
/**
 * Create Responses
 *
 * Compatible with OpenAI Responses API format.
 *
 * Only models with the `openai-response` endpoint capability enabled are supported.
 * **Current verified models (2026-05-04):** `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5`
 *
 * `POST /v1/responses`
 *
 * @example
 * const result = await createResponses(client, {
 *   model: "gpt-5.2",
 *   input: "Hello, what can you help me with?",
 *   max_output_tokens: 8192,
 *   temperature: 1,
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createResponses(
  client: APIClient,
  params: ResponsesRequest,
  options?: RequestOptions,
): APIPromise<ResponsesResponse | Stream<ResponseStreamEvent>>;
export function createResponses(
  client: APIClient,
  params: ResponsesRequest,
  options?: RequestOptions,
): APIPromise<ResponsesResponse | Stream<ResponseStreamEvent>> {
  return client.request<ResponsesResponse | Stream<ResponseStreamEvent>>(
    {
      operation: 'createResponses',
      method: 'POST',
      path: '/v1/responses',
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

/**
 * Create text embeddings
 *
 * Convert text into a vector representation suitable for semantic search, clustering, and RAG retrieval.
 *
 * **Supported models:**
 * - `text-embedding-3-large` (recommended, 3072 dims, supports `dimensions` parameter for truncation)
 * - `text-embedding-3-small` (lightweight embedding model for cost-sensitive retrieval)
 *
 * **Parameters:**
 * - `input`: string or array of strings; batching is more efficient than per-item calls.
 * - `dimensions`: optional integer (1 ~ 3072); explicitly truncate the output vector. Omit to use the model default.
 * - `encoding_format`: `float` (default) returns a JSON number array; `base64` returns a compact encoded string.
 * - `user`: optional end-user identifier for upstream abuse monitoring.
 *
 *
 * `POST /v1/embeddings`
 *
 * @example
 * const result = await createEmbeddings(client, {
 *   model: "text-embedding-3-large",
 *   input: "API gateways simplify routing, auth, and rate limits.",
 * });
 */
export function createEmbeddings(
  client: APIClient,
  params: EmbeddingRequest,
  options?: RequestOptions,
): APIPromise<EmbeddingResponse> {
  return client.request<EmbeddingResponse>(
    {
      operation: 'createEmbeddings',
      method: 'POST',
      path: '/v1/embeddings',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}
