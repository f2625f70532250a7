// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ChatCompletionChunk, StreamAgentBody } from '../models.js';
import { streamAgent } from '../operations/default_.js';

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
