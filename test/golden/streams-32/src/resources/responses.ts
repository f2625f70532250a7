// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ChatCompletion, CreateResponseBody, ResponseDelta } from '../models.js';
import { createResponse } from '../operations/default_.js';

export class Responses {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /responses`
   *
   * Standalone: `createResponse(client, …)`; errors: `isAPIError(error, 'createResponse')`.
   *
   * @example
   * const result = await client.responses.create();
   */
  create(params?: CreateResponseBody, options?: RequestOptions): APIPromise<Stream<ResponseDelta | ChatCompletion>> {
    return createResponse(this.client, params, options);
  }
}
