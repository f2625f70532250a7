// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient, RequestOptions } from '../core/http.js';
import type { CreateMessageParams, MessageRequest } from '../models.js';
import { createMessage } from '../operations/default_.js';

export class Messages {
  constructor(private readonly client: APIClient) {}

  /** `POST /messages` */
  create(request: CreateMessageParams & { body: MessageRequest }, options?: RequestOptions): Promise<MessageRequest> {
    return createMessage(this.client, request, options);
  }
}
