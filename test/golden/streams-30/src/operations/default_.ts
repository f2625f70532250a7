// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  CreateChatCompletionBody,
  JobEvent,
  StreamAgentBody,
  TailLogsResponse,
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
 * `POST /agents/completions`
 *
 * @example
 * const result = await streamAgent(client, {
 *   input: "string",
 * });
 *
 * It resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function streamAgent(
  client: APIClient,
  params: StreamAgentBody,
  options?: RequestOptions,
): APIPromise<Stream<ChatCompletionChunk>> {
  return client.request<Stream<ChatCompletionChunk>>(
    {
      operation: 'streamAgent',
      method: 'POST',
      path: '/agents/completions',
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
 * `GET /jobs/{job_id}/events`
 *
 * @example
 * const result = await streamJobEvents(client, "abc123");
 *
 * It resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function streamJobEvents(
  client: APIClient,
  jobId: string,
  options?: RequestOptions,
): APIPromise<Stream<JobEvent>> {
  return client.request<Stream<JobEvent>>(
    {
      operation: 'streamJobEvents',
      method: 'GET',
      path: '/jobs/{job_id}/events',
      pathParams: { job_id: jobId },
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
export function tailLogs(client: APIClient, options?: RequestOptions): APIPromise<Stream<TailLogsResponse>> {
  return client.request<Stream<TailLogsResponse>>(
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
