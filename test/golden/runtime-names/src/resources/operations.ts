// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Operations3 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Operations/{Operations}`
   *
   * Standalone: `operations_(client, …)`; errors: `isAPIError(error, 'operations_')`.
   *
   * @example
   * const result = await client.operations.retrieve("abc123");
   */
  retrieve(operations3: string, options?: RequestOptions): APIPromise<Operations_> {
    return operations_(this.client, operations3, options);
  }

  /**
   * `GET /operations/{operations}`
   *
   * Standalone: `operations2(client, …)`; errors: `isAPIError(error, 'operations2')`.
   *
   * @example
   * const result = await client.operations.operations2("abc123");
   */
  operations2(operations3: string, options?: RequestOptions): APIPromise<Operations2> {
    return operations2(this.client, operations3, options);
  }
}

/**
 * `GET /Operations/{Operations}`
 *
 * @example
 * const result = await operations_(client, "abc123");
 */
export function operations_(client: APIClient, operations3: string, options?: RequestOptions): APIPromise<Operations_> {
  return client.request<Operations_>(
    {
      operation: 'operations_',
      method: 'GET',
      path: '/Operations/{Operations}',
      pathParams: { Operations: operations3 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /operations/{operations}`
 *
 * @example
 * const result = await operations2(client, "abc123");
 */
export function operations2(client: APIClient, operations3: string, options?: RequestOptions): APIPromise<Operations2> {
  return client.request<Operations2>(
    {
      operation: 'operations2',
      method: 'GET',
      path: '/operations/{operations}',
      pathParams: { operations: operations3 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Operations_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Operations2 {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
