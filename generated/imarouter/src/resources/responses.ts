// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ResponseStreamEvent, ResponsesRequest, ResponsesResponse } from '../models.js';

export class Responses {
  constructor(private readonly client: APIClient) {}

  /**
   * Create Responses
   *
   * Compatible with OpenAI Responses API format.
   *
   * Only models with the `openai-response` endpoint capability enabled are supported.
   * **Current verified models (2026-05-04):** `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5`
   *
   * `POST /v1/responses`
   *
   * Standalone: `createResponses(client, …)`; errors: `isAPIError(error, 'createResponses')`.
   *
   * @example
   * const result = await client.responses.create({
   *   model: "gpt-5.2",
   *   input: "Hello, what can you help me with?",
   *   max_output_tokens: 8192,
   *   temperature: 1,
   * });
   */
  create(
    params: ResponsesRequest & { stream: true },
    options?: RequestOptions,
  ): APIPromise<Stream<ResponseStreamEvent>>;
  /**
   * Create Responses
   *
   * Compatible with OpenAI Responses API format.
   *
   * Only models with the `openai-response` endpoint capability enabled are supported.
   * **Current verified models (2026-05-04):** `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5`
   *
   * `POST /v1/responses`
   *
   * Standalone: `createResponses(client, …)`; errors: `isAPIError(error, 'createResponses')`.
   *
   * @example
   * const result = await client.responses.create({
   *   model: "gpt-5.2",
   *   input: "Hello, what can you help me with?",
   *   max_output_tokens: 8192,
   *   temperature: 1,
   * });
   */
  create(params: ResponsesRequest & { stream?: false | null }, options?: RequestOptions): APIPromise<ResponsesResponse>;
  /**
   * Create Responses
   *
   * Compatible with OpenAI Responses API format.
   *
   * Only models with the `openai-response` endpoint capability enabled are supported.
   * **Current verified models (2026-05-04):** `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5`
   *
   * `POST /v1/responses`
   *
   * Standalone: `createResponses(client, …)`; errors: `isAPIError(error, 'createResponses')`.
   *
   * @example
   * const result = await client.responses.create({
   *   model: "gpt-5.2",
   *   input: "Hello, what can you help me with?",
   *   max_output_tokens: 8192,
   *   temperature: 1,
   * });
   */
  create(
    params: ResponsesRequest,
    options?: RequestOptions,
  ): APIPromise<ResponsesResponse | Stream<ResponseStreamEvent>>;
  create(...args: unknown[]): APIPromise<unknown> {
    return (createResponses as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(this.client, ...args);
  }
}

/**
 * Create Responses
 *
 * Compatible with OpenAI Responses API format.
 *
 * Only models with the `openai-response` endpoint capability enabled are supported.
 * **Current verified models (2026-05-04):** `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5`
 *
 * `POST /v1/responses`
 *
 * @example
 * const result = await createResponses(client, {
 *   model: "gpt-5.2",
 *   input: "Hello, what can you help me with?",
 *   max_output_tokens: 8192,
 *   temperature: 1,
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createResponses(
  client: APIClient,
  params: ResponsesRequest & { stream: true },
  options?: RequestOptions,
): APIPromise<Stream<ResponseStreamEvent>>;
/**
 * Create Responses
 *
 * Compatible with OpenAI Responses API format.
 *
 * Only models with the `openai-response` endpoint capability enabled are supported.
 * **Current verified models (2026-05-04):** `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5`
 *
 * `POST /v1/responses`
 *
 * @example
 * const result = await createResponses(client, {
 *   model: "gpt-5.2",
 *   input: "Hello, what can you help me with?",
 *   max_output_tokens: 8192,
 *   temperature: 1,
 * });
 */
export function createResponses(
  client: APIClient,
  params: ResponsesRequest & { stream?: false | null },
  options?: RequestOptions,
): APIPromise<ResponsesResponse>;
/**
 * Create Responses
 *
 * Compatible with OpenAI Responses API format.
 *
 * Only models with the `openai-response` endpoint capability enabled are supported.
 * **Current verified models (2026-05-04):** `gpt-5.2`, `gpt-5.3-codex`, `gpt-5.5`
 *
 * `POST /v1/responses`
 *
 * @example
 * const result = await createResponses(client, {
 *   model: "gpt-5.2",
 *   input: "Hello, what can you help me with?",
 *   max_output_tokens: 8192,
 *   temperature: 1,
 * });
 *
 * With `stream: true` it resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createResponses(
  client: APIClient,
  params: ResponsesRequest,
  options?: RequestOptions,
): APIPromise<ResponsesResponse | Stream<ResponseStreamEvent>>;
export function createResponses(
  client: APIClient,
  params: ResponsesRequest,
  options?: RequestOptions,
): APIPromise<ResponsesResponse | Stream<ResponseStreamEvent>> {
  return client.request<ResponsesResponse | Stream<ResponseStreamEvent>>(
    {
      operation: 'createResponses',
      method: 'POST',
      path: '/v1/responses',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
      stream: (params as { stream?: unknown } | undefined)?.stream === true,
      streamData: 'json',
    },
    options,
  );
}
