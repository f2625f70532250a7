// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Completion, CompletionChunk, CreateCompletionBody, CreateEditBody, SummaryRequest } from '../models.js';

/**
 * `POST /completions`
 *
 * @example
 * const result = await createCompletion(client, {
 *   prompt: "string",
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createCompletion(
  client: APIClient,
  params: CreateCompletionBody & { stream: true },
  options?: RequestOptions,
): APIPromise<Stream<CompletionChunk>>;
/**
 * `POST /completions`
 *
 * @example
 * const result = await createCompletion(client, {
 *   prompt: "string",
 * });
 */
export function createCompletion(
  client: APIClient,
  params: CreateCompletionBody & { stream?: false | null },
  options?: RequestOptions,
): APIPromise<Completion>;
/**
 * `POST /completions`
 *
 * @example
 * const result = await createCompletion(client, {
 *   prompt: "string",
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createCompletion(
  client: APIClient,
  params: CreateCompletionBody,
  options?: RequestOptions,
): APIPromise<Completion | Stream<CompletionChunk>>;
export function createCompletion(
  client: APIClient,
  params: CreateCompletionBody,
  options?: RequestOptions,
): APIPromise<Completion | Stream<CompletionChunk>> {
  return client.request<Completion | Stream<CompletionChunk>>(
    {
      operation: 'createCompletion',
      method: 'POST',
      path: '/completions',
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
 * `POST /edits`
 *
 * @example
 * const result = await createEdit(client, {
 *   input: "string",
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createEdit(
  client: APIClient,
  params: CreateEditBody & { stream: true },
  options?: RequestOptions,
): APIPromise<Stream<unknown>>;
/**
 * `POST /edits`
 *
 * @example
 * const result = await createEdit(client, {
 *   input: "string",
 * });
 */
export function createEdit(
  client: APIClient,
  params: CreateEditBody & { stream?: false | null },
  options?: RequestOptions,
): APIPromise<Completion>;
/**
 * `POST /edits`
 *
 * @example
 * const result = await createEdit(client, {
 *   input: "string",
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createEdit(
  client: APIClient,
  params: CreateEditBody,
  options?: RequestOptions,
): APIPromise<Completion | Stream<unknown>>;
export function createEdit(
  client: APIClient,
  params: CreateEditBody,
  options?: RequestOptions,
): APIPromise<Completion | Stream<unknown>> {
  return client.request<Completion | Stream<unknown>>(
    {
      operation: 'createEdit',
      method: 'POST',
      path: '/edits',
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
 * `POST /summaries`
 *
 * @example
 * const result = await createSummary(client, {
 *   text: "string",
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createSummary(
  client: APIClient,
  params: SummaryRequest & { stream: true },
  options?: RequestOptions,
): APIPromise<Stream<unknown>>;
/**
 * `POST /summaries`
 *
 * @example
 * const result = await createSummary(client, {
 *   text: "string",
 * });
 */
export function createSummary(
  client: APIClient,
  params: SummaryRequest & { stream?: false | null },
  options?: RequestOptions,
): APIPromise<Completion>;
/**
 * `POST /summaries`
 *
 * @example
 * const result = await createSummary(client, {
 *   text: "string",
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createSummary(
  client: APIClient,
  params: SummaryRequest,
  options?: RequestOptions,
): APIPromise<Completion | Stream<unknown>>;
export function createSummary(
  client: APIClient,
  params: SummaryRequest,
  options?: RequestOptions,
): APIPromise<Completion | Stream<unknown>> {
  return client.request<Completion | Stream<unknown>>(
    {
      operation: 'createSummary',
      method: 'POST',
      path: '/summaries',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
      stream: (params as { stream?: unknown } | undefined)?.stream === true,
    },
    options,
  );
}
