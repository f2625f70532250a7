// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Completion } from '../models.js';

export class Completions {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /completions`
   *
   * Standalone: `createCompletion(client, …)`; errors: `isAPIError(error, 'createCompletion')`.
   *
   * @example
   * const result = await client.completions.create({
   *   prompt: "string",
   * });
   */
  create(
    params: CreateCompletionBody & { stream: true },
    options?: RequestOptions,
  ): APIPromise<Stream<CompletionChunk>>;
  /**
   * `POST /completions`
   *
   * Standalone: `createCompletion(client, …)`; errors: `isAPIError(error, 'createCompletion')`.
   *
   * @example
   * const result = await client.completions.create({
   *   prompt: "string",
   * });
   */
  create(params: CreateCompletionBody & { stream?: false | null }, options?: RequestOptions): APIPromise<Completion>;
  /**
   * `POST /completions`
   *
   * Standalone: `createCompletion(client, …)`; errors: `isAPIError(error, 'createCompletion')`.
   *
   * @example
   * const result = await client.completions.create({
   *   prompt: "string",
   * });
   */
  create(params: CreateCompletionBody, options?: RequestOptions): APIPromise<Completion | Stream<CompletionChunk>>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createCompletion as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(this.client, ...args);
  }
}

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

export interface CompletionChunk {
  id: string;
  delta: string;
}

export interface CreateCompletionBody {
  prompt: string;
  /** @default false */
  stream?: boolean | null;
}
