// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Messages {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /messages`
   *
   * Standalone: `createMessage(client, …)`; errors: `isAPIError(error, 'createMessage')`.
   *
   * @example
   * const result = await client.messages.create({
   *   model: "string",
   *   anthropic_version: "string",
   *   quality: "standard",
   *   "anthropic-version": "string",
   * });
   */
  create(params: CreateMessageParams, options?: RequestOptions): APIPromise<MessageRequest> {
    return createMessage(this.client, params, options);
  }
}

/**
 * `POST /messages`
 *
 * @example
 * const result = await createMessage(client, {
 *   model: "string",
 *   anthropic_version: "string",
 *   quality: "standard",
 *   "anthropic-version": "string",
 * });
 */
export function createMessage(
  client: APIClient,
  params: CreateMessageParams,
  options?: RequestOptions,
): APIPromise<MessageRequest> {
  const { 'anthropic-version': $0, ...body } = params;
  return client.request<MessageRequest>(
    {
      operation: 'createMessage',
      method: 'POST',
      path: '/messages',
      headers: { 'anthropic-version': $0 },
      body: body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface MessageRequest {
  model: string;
  /** @default "bedrock-2023-05-31" */
  anthropic_version: string;
  /** @default "standard" */
  quality: 'standard' | 'high';
  /** @default 1024 */
  max_tokens?: number;
}

/** The params object of {@link createMessage}: body fields and parameters in one object. */
export type CreateMessageParams = MessageRequest & {
  /**
   * @default "2023-06-01"
   */
  'anthropic-version': string;
};
