// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { OperationName_ } from '../models.js';
import { operationName } from '../operations/things.js';

export class OperationName2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /OperationName/{OperationName}`
   *
   * Standalone: `operationName(client, …)`; errors: `isAPIError(error, 'operationName')`.
   *
   * @example
   * const result = await client.operationName.retrieve("abc123");
   */
  retrieve(operationName_: string, options?: RequestOptions): APIPromise<OperationName_> {
    return operationName(this.client, operationName_, options);
  }
}
