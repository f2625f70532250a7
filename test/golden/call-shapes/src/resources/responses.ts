// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { GetResponseParams, Response_ } from '../models.js';
import { getResponse } from '../operations/default_.js';

export class Responses {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /responses/{response_id}`
   *
   * Standalone: `getResponse(client, …)`; errors: `isAPIError(error, 'getResponse')`.
   *
   * @example
   * const result = await client.responses.retrieve("abc123");
   */
  retrieve(responseId: string, params?: GetResponseParams, options?: RequestOptions): APIPromise<Response_> {
    return getResponse(this.client, responseId, params, options);
  }
}
