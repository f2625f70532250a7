// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ChatCompletion, CreateChatCompletionBody, CreateResponseBody } from '../models.js';

/**
 * `POST /chat/completions`
 *
 * With `body.stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const event of stream)`.
 */
export function createChatCompletion(
  client: APIClient,
  request: { body: CreateChatCompletionBody & { stream: true } },
  options?: RequestOptions,
): Promise<Stream<unknown>>;
/** `POST /chat/completions` */
export function createChatCompletion(
  client: APIClient,
  request: { body: CreateChatCompletionBody & { stream?: false | null } },
  options?: RequestOptions,
): Promise<ChatCompletion>;
/**
 * `POST /chat/completions`
 *
 * With `body.stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const event of stream)`.
 */
export function createChatCompletion(
  client: APIClient,
  request: { body: CreateChatCompletionBody },
  options?: RequestOptions,
): Promise<ChatCompletion | Stream<unknown>>;
export function createChatCompletion(
  client: APIClient,
  request: { body: CreateChatCompletionBody },
  options?: RequestOptions,
): Promise<ChatCompletion | Stream<unknown>> {
  return client.request<ChatCompletion | Stream<unknown>>(
    {
      operation: 'createChatCompletion',
      method: 'POST',
      path: '/chat/completions',
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
      stream: request.body.stream === true,
    },
    options,
  );
}

/** `POST /responses` */
export function createResponse(
  client: APIClient,
  request: { body?: CreateResponseBody } = {},
  options?: RequestOptions,
): Promise<string> {
  return client.request<string>(
    {
      operation: 'createResponse',
      method: 'POST',
      path: '/responses',
      body: request.body,
      contentType: 'application/json',
      responseType: 'text',
      security: [],
    },
    options,
  );
}

/** `GET /logs` */
export function tailLogs(
  client: APIClient,
  request: Record<string, never> = {},
  options?: RequestOptions,
): Promise<Blob> {
  return client.request<Blob>(
    { operation: 'tailLogs', method: 'GET', path: '/logs', responseType: 'blob', security: [] },
    options,
  );
}

/** `GET /ticks` */
export function streamTicks(
  client: APIClient,
  request: Record<string, never> = {},
  options?: RequestOptions,
): Promise<string> {
  return client.request<string>(
    { operation: 'streamTicks', method: 'GET', path: '/ticks', responseType: 'text', security: [] },
    options,
  );
}
