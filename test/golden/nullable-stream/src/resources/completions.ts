// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Completion, CompletionChunk, CreateCompletionBody } from '../models.js';
import { createCompletion } from '../operations/default_.js';

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
