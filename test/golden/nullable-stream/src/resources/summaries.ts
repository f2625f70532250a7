// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Completion, SummaryRequest } from '../models.js';
import { createSummary } from '../operations/default_.js';

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
