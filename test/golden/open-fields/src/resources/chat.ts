// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Unlisted } from '../core/unlisted.js';

export class ChatCompletions {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /chat/completions`
   *
   * Standalone: `createChatCompletion(client, …)`; errors: `isAPIError(error, 'createChatCompletion')`.
   *
   * @example
   * const result = await client.chat.completions.create({
   *   model: "gpt-a",
   *   messages: [
   *     {
   *       role: "user",
   *       content: "Hello",
   *     },
   *   ],
   * });
   */
  create(params: ChatRequest, options?: RequestOptions): APIPromise<ChatResponse> {
    return createChatCompletion(this.client, params, options);
  }
}

export class Chat {
  readonly completions: ChatCompletions;

  constructor(private readonly client: APIClient) {
    this.completions = new ChatCompletions(client);
  }
}

/**
 * `POST /chat/completions`
 *
 * @example
 * const result = await createChatCompletion(client, {
 *   model: "gpt-a",
 *   messages: [
 *     {
 *       role: "user",
 *       content: "Hello",
 *     },
 *   ],
 * });
 */
export function createChatCompletion(
  client: APIClient,
  params: ChatRequest,
  options?: RequestOptions,
): APIPromise<ChatResponse> {
  return client.request<ChatResponse>(
    {
      operation: 'createChatCompletion',
      method: 'POST',
      path: '/chat/completions',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ChatRequest {
  /** The model to use. */
  model: 'gpt-a' | 'gpt-b' | Unlisted;
  draft_model?: 'gpt-a-mini' | Unlisted;
  /** Speech model name. Currently e1 or e2. */
  engine?: 'e1' | 'e2' | Unlisted;
  voice?: 'alloy' | 'echo' | Unlisted;
  /** Only `high` is supported for this model. */
  reasoning?: 'low' | 'high';
  messages: {
    role: 'user' | 'assistant';
    content: string;
  }[];
}

export interface ChatResponse {
  id: string;
  model?: 'gpt-a' | 'gpt-b';
}
