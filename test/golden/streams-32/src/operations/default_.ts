// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ChatCompletion, CreateChatCompletionBody, CreateResponseBody } from '../models.js';

/**
 * `POST /chat/completions`
 *
 * @example
 * const result = await createChatCompletion(client, {
 *   model: "string",
 *   messages: [],
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const event of stream)`.
 */
export function createChatCompletion(
  client: APIClient,
  params: CreateChatCompletionBody & { stream: true },
  options?: RequestOptions,
): APIPromise<Stream<unknown>>;
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
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const event of stream)`.
 */
export function createChatCompletion(
  client: APIClient,
  params: CreateChatCompletionBody,
  options?: RequestOptions,
): APIPromise<ChatCompletion | Stream<unknown>>;
export function createChatCompletion(
  client: APIClient,
  params: CreateChatCompletionBody,
  options?: RequestOptions,
): APIPromise<ChatCompletion | Stream<unknown>> {
  return client.request<ChatCompletion | Stream<unknown>>(
    {
      operation: 'createChatCompletion',
      method: 'POST',
      path: '/chat/completions',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
      stream: (params as { stream?: unknown } | undefined)?.stream === true,
    },
    options,
  );
}

/**
 * `POST /responses`
 *
 * @example
 * const result = await createResponse(client);
 */
export function createResponse(
  client: APIClient,
  params?: CreateResponseBody,
  options?: RequestOptions,
): APIPromise<string> {
  return client.request<string>(
    {
      operation: 'createResponse',
      method: 'POST',
      path: '/responses',
      body: params,
      contentType: 'application/json',
      responseType: 'text',
      security: [],
    },
    options,
  );
}

/**
 * `GET /logs`
 *
 * @example
 * const result = await tailLogs(client);
 */
export function tailLogs(client: APIClient, options?: RequestOptions): APIPromise<Blob> {
  return client.request<Blob>(
    { operation: 'tailLogs', method: 'GET', path: '/logs', responseType: 'blob', security: [] },
    options,
  );
}

/**
 * `GET /ticks`
 *
 * @example
 * const result = await streamTicks(client);
 */
export function streamTicks(client: APIClient, options?: RequestOptions): APIPromise<string> {
  return client.request<string>(
    { operation: 'streamTicks', method: 'GET', path: '/ticks', responseType: 'text', security: [] },
    options,
  );
}
