// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { OperationRequest_ } from '../models.js';
import { operationRequest } from '../operations/things.js';

export class OperationRequest2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /OperationRequest/{OperationRequest}`
   *
   * Standalone: `operationRequest(client, …)`; errors: `isAPIError(error, 'operationRequest')`.
   *
   * @example
   * const result = await client.operationRequest.retrieve("abc123");
   */
  retrieve(operationRequest_: string, options?: RequestOptions): APIPromise<OperationRequest_> {
    return operationRequest(this.client, operationRequest_, options);
  }
}
