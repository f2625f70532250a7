// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Completion } from '../models.js';

export class Summaries {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /summaries`
   *
   * Standalone: `createSummary(client, …)`; errors: `isAPIError(error, 'createSummary')`.
   *
   * @example
   * const result = await client.summaries.create({
   *   text: "string",
   * });
   */
  create(params: SummaryRequest & { stream: true }, options?: RequestOptions): APIPromise<Stream<unknown>>;
  /**
   * `POST /summaries`
   *
   * Standalone: `createSummary(client, …)`; errors: `isAPIError(error, 'createSummary')`.
   *
   * @example
   * const result = await client.summaries.create({
   *   text: "string",
   * });
   */
  create(params: SummaryRequest & { stream?: false | null }, options?: RequestOptions): APIPromise<Completion>;
  /**
   * `POST /summaries`
   *
   * Standalone: `createSummary(client, …)`; errors: `isAPIError(error, 'createSummary')`.
   *
   * @example
   * const result = await client.summaries.create({
   *   text: "string",
   * });
   */
  create(params: SummaryRequest, options?: RequestOptions): APIPromise<Completion | Stream<unknown>>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createSummary as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(this.client, ...args);
  }
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

export interface SummaryRequest {
  text: string;
  stream?: boolean | null;
}
