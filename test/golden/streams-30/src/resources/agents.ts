// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ChatCompletionChunk } from '../models.js';

export class AgentsCompletions {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /agents/completions`
   *
   * Standalone: `streamAgent(client, …)`; errors: `isAPIError(error, 'streamAgent')`.
   *
   * @example
   * const result = await client.agents.completions.create({
   *   input: "string",
   * });
   */
  create(params: StreamAgentBody, options?: RequestOptions): APIPromise<Stream<ChatCompletionChunk>> {
    return streamAgent(this.client, params, options);
  }
}

export class Agents {
  readonly completions: AgentsCompletions;

  constructor(private readonly client: APIClient) {
    this.completions = new AgentsCompletions(client);
  }
}

/**
 * `POST /agents/completions`
 *
 * @example
 * const result = await streamAgent(client, {
 *   input: "string",
 * });
 *
 * It resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function streamAgent(
  client: APIClient,
  params: StreamAgentBody,
  options?: RequestOptions,
): APIPromise<Stream<ChatCompletionChunk>> {
  return client.request<Stream<ChatCompletionChunk>>(
    {
      operation: 'streamAgent',
      method: 'POST',
      path: '/agents/completions',
      body: params,
      contentType: 'application/json',
      responseType: 'text',
      security: [],
      stream: true,
      streamData: 'json',
    },
    options,
  );
}

export interface CompletionEvent {
  event?: string;
  data: ChatCompletionChunk;
}

export interface StreamAgentBody {
  input: string;
}
