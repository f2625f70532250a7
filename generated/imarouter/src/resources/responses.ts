// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { Unlisted } from '../core/unlisted.js';

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

export interface ResponsesRequest {
  model: 'gpt-5.2' | 'gpt-5.3-codex' | 'gpt-5.4' | 'gpt-5.5' | Unlisted;
  /** Enter text */
  input: string;
  /** Maximum number of output tokens */
  max_output_tokens?: number;
  /**
   * @minimum 0
   * @maximum 2
   */
  temperature?: number;
  /** @default false */
  stream?: boolean;
}

export interface ResponsesResponse {
  id?: string;
  /** @example "response" */
  object?: string;
  model?: string;
  /** @example "completed" */
  status?: string;
  output?: {
    type?: string;
    role?: string;
    content?: {
      type?: string;
      text?: string;
    }[];
  }[];
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
    total_tokens?: number;
  };
}

/** One server-sent event of a Responses stream; its `event` name is its data's `type`. */
export interface ResponseStreamEventSSE {
  event?: string;
  id?: string;
  data: string;
}

/** An event of a Responses stream, told apart by `type`. */
export type ResponseStreamEvent =
  | ResponseLifecycleEvent
  | ResponseOutputItemEvent
  | ResponseContentPartEvent
  | ResponseTextDeltaEvent
  | ResponseTextDoneEvent
  | ResponseRefusalDeltaEvent
  | ResponseFunctionCallArgumentsDeltaEvent
  | ResponseFunctionCallArgumentsDoneEvent
  | ResponseReasoningSummaryTextDeltaEvent;

/** The response was created, is in progress, or ended (completed, failed or incomplete); `response` is its state then. */
export interface ResponseLifecycleEvent {
  type: 'response.created' | 'response.in_progress' | 'response.completed' | 'response.failed' | 'response.incomplete';
  sequence_number?: number;
  response: ResponsesResponse;
}

/** An output item (a message, a function call, reasoning) was added, or is done. */
export interface ResponseOutputItemEvent {
  type: 'response.output_item.added' | 'response.output_item.done';
  sequence_number?: number;
  output_index: number;
  item: {
    id?: string;
    /**
     * `message`, `function_call`, `reasoning`, …
     */
    type: string;
    status?: string;
    role?: string;
    /**
     * The function's name, for a function call.
     */
    name?: string;
    call_id?: string;
    arguments?: string;
    content?: ResponseContentPart[];
  };
}

export interface ResponseContentPart {
  /** `output_text` or `refusal` */
  type: string;
  text?: string;
  refusal?: string;
}

/** A content part of an output message was added, or is done. */
export interface ResponseContentPartEvent {
  type: 'response.content_part.added' | 'response.content_part.done';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  content_index: number;
  part: ResponseContentPart;
}

/** The next piece of an output text. */
export interface ResponseTextDeltaEvent {
  type: 'response.output_text.delta';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  content_index: number;
  delta: string;
}

/** An output text is complete. */
export interface ResponseTextDoneEvent {
  type: 'response.output_text.done';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  content_index: number;
  text: string;
}

/** The next piece of a refusal. */
export interface ResponseRefusalDeltaEvent {
  type: 'response.refusal.delta';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  content_index: number;
  delta: string;
}

/** The next piece of a function call's arguments (JSON text). */
export interface ResponseFunctionCallArgumentsDeltaEvent {
  type: 'response.function_call_arguments.delta';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  delta: string;
}

/** A function call's arguments are complete. */
export interface ResponseFunctionCallArgumentsDoneEvent {
  type: 'response.function_call_arguments.done';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  arguments: string;
}

/** The next piece of a reasoning summary. */
export interface ResponseReasoningSummaryTextDeltaEvent {
  type: 'response.reasoning_summary_text.delta';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  summary_index: number;
  delta: string;
}
