// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class OperationInfo2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /OperationInfo/{OperationInfo}`
   *
   * Standalone: `operationInfo(client, …)`; errors: `isAPIError(error, 'operationInfo')`.
   *
   * @example
   * const result = await client.operationInfo.retrieve("abc123");
   */
  retrieve(operationInfo_: string, options?: RequestOptions): APIPromise<OperationInfo_> {
    return operationInfo(this.client, operationInfo_, options);
  }
}

/**
 * `GET /OperationInfo/{OperationInfo}`
 *
 * @example
 * const result = await operationInfo(client, "abc123");
 */
export function operationInfo(
  client: APIClient,
  operationInfo_: string,
  options?: RequestOptions,
): APIPromise<OperationInfo_> {
  return client.request<OperationInfo_>(
    {
      operation: 'operationInfo',
      method: 'GET',
      path: '/OperationInfo/{OperationInfo}',
      pathParams: { OperationInfo: operationInfo_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface OperationInfo_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
