// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /OperationName/{OperationName}`
 *
 * @example
 * const result = await operationName(client, "abc123");
 */
export function operationName(
  client: APIClient,
  operationName_: string,
  options?: RequestOptions,
): APIPromise<OperationName_> {
  return client.request<OperationName_>(
    {
      operation: 'operationName',
      method: 'GET',
      path: '/OperationName/{OperationName}',
      pathParams: { OperationName: operationName_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface OperationName_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
