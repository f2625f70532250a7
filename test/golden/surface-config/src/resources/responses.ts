// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { CreateResponseBody, CreateResponseResponse } from '../models.js';
import { createResponse } from '../operations/default_.js';

export class Responses {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /responses`
   *
   * Credential: `apiKey`.
   *
   * Standalone: `createResponse(client, …)`; errors: `isAPIError(error, 'createResponse')`.
   *
   * @example
   * const result = await client.responses.create({
   *   input: "string",
   * });
   */
  create(params: CreateResponseBody, options?: RequestOptions): APIPromise<CreateResponseResponse> {
    return createResponse(this.client, params, options);
  }
}
