// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Completion, CreateEditBody } from '../models.js';
import { createEdit } from '../operations/default_.js';

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
