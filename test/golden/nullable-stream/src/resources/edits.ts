// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Completion } from '../models.js';

export class Edits {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /edits`
   *
   * Standalone: `createEdit(client, …)`; errors: `isAPIError(error, 'createEdit')`.
   *
   * @example
   * const result = await client.edits.create({
   *   input: "string",
   * });
   */
  create(params: CreateEditBody & { stream: true }, options?: RequestOptions): APIPromise<Stream<unknown>>;
  /**
   * `POST /edits`
   *
   * Standalone: `createEdit(client, …)`; errors: `isAPIError(error, 'createEdit')`.
   *
   * @example
   * const result = await client.edits.create({
   *   input: "string",
   * });
   */
  create(params: CreateEditBody & { stream?: false | null }, options?: RequestOptions): APIPromise<Completion>;
  /**
   * `POST /edits`
   *
   * Standalone: `createEdit(client, …)`; errors: `isAPIError(error, 'createEdit')`.
   *
   * @example
   * const result = await client.edits.create({
   *   input: "string",
   * });
   */
  create(params: CreateEditBody, options?: RequestOptions): APIPromise<Completion | Stream<unknown>>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createEdit as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(this.client, ...args);
  }
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

export interface CreateEditBody {
  input: string;
  stream?: boolean | null;
}
