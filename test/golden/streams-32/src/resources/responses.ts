// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient, RequestOptions } from '../core/http.js';
import type { CreateResponseBody } from '../models.js';
import { createResponse } from '../operations/default_.js';

export class Responses {
  constructor(private readonly client: APIClient) {}

  /** `POST /responses` */
  create(request: { body?: CreateResponseBody } = {}, options?: RequestOptions): Promise<string> {
    return createResponse(this.client, request, options);
  }
}
