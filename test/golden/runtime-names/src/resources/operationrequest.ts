// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /OperationRequest/{OperationRequest}`
 *
 * @example
 * const result = await operationRequest(client, "abc123");
 */
export function operationRequest(
  client: APIClient,
  operationRequest_: string,
  options?: RequestOptions,
): APIPromise<OperationRequest_> {
  return client.request<OperationRequest_>(
    {
      operation: 'operationRequest',
      method: 'GET',
      path: '/OperationRequest/{OperationRequest}',
      pathParams: { OperationRequest: operationRequest_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface OperationRequest_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
