// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  CreateChatCompletionBody,
  CreateResponseBody,
  ResponseDelta,
  TailLogsResponseItem,
} from '../models.js';

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

/**
 * `POST /responses`
 *
 * @example
 * const result = await createResponse(client);
 *
 * It resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createResponse(
  client: APIClient,
  params?: CreateResponseBody,
  options?: RequestOptions,
): APIPromise<Stream<ResponseDelta | ChatCompletion>> {
  return client.request<Stream<ResponseDelta | ChatCompletion>>(
    {
      operation: 'createResponse',
      method: 'POST',
      path: '/responses',
      body: params,
      contentType: 'application/json',
      responseType: 'text',
      security: [],
      stream: true,
      streamData: 'json',
    },
    options,
  );
}

/**
 * `GET /logs`
 *
 * @example
 * const result = await tailLogs(client);
 *
 * It resolves to a {@link Stream} of JSON lines: `for await (const item of stream)` yields the value of each line.
 */
export function tailLogs(client: APIClient, options?: RequestOptions): APIPromise<Stream<TailLogsResponseItem>> {
  return client.request<Stream<TailLogsResponseItem>>(
    { operation: 'tailLogs', method: 'GET', path: '/logs', responseType: 'blob', security: [], stream: 'jsonl' },
    options,
  );
}

/**
 * `GET /ticks`
 *
 * @example
 * const result = await streamTicks(client);
 *
 * It resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function streamTicks(client: APIClient, options?: RequestOptions): APIPromise<Stream<unknown>> {
  return client.request<Stream<unknown>>(
    { operation: 'streamTicks', method: 'GET', path: '/ticks', responseType: 'text', security: [], stream: true },
    options,
  );
}
