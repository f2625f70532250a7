// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ChatRequest, ChatResponse, CreateSpeechBody, ListFilesParams } from '../models.js';

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

/**
 * `POST /speech`
 *
 * @example
 * const result = await createSpeech(client, {
 *   model: "fast-1",
 *   text: "string",
 * });
 */
export function createSpeech(client: APIClient, params: CreateSpeechBody, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'createSpeech',
      method: 'POST',
      path: '/speech',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/**
 * `GET /files`
 *
 * @example
 * const result = await listFiles(client);
 */
export function listFiles(client: APIClient, params?: ListFilesParams, options?: RequestOptions): APIPromise<void> {
  const { purpose: $0, embedding_model: $1 } = (params ?? {}) as Partial<ListFilesParams>;
  return client.request<void>(
    {
      operation: 'listFiles',
      method: 'GET',
      path: '/files',
      query: { purpose: $0, embedding_model: $1 },
      responseType: 'void',
      security: [],
    },
    options,
  );
}
