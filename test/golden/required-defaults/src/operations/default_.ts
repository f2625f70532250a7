// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient, RequestOptions } from '../core/http.js';
import type { CreateMessageParams, MessageRequest } from '../models.js';

/** `POST /messages` */
export function createMessage(
  client: APIClient,
  request: CreateMessageParams & { body: MessageRequest },
  options?: RequestOptions,
): Promise<MessageRequest> {
  return client.request<MessageRequest>(
    {
      operation: 'createMessage',
      method: 'POST',
      path: '/messages',
      headers: request.header,
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}
