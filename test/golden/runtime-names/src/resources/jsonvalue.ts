// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class JSONValue2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /JSONValue/{JSONValue}`
   *
   * Standalone: `jSONValue(client, …)`; errors: `isAPIError(error, 'jSONValue')`.
   *
   * @example
   * const result = await client.jSONValue.retrieve("abc123");
   */
  retrieve(jSONValue_: string, options?: RequestOptions): APIPromise<JSONValue_> {
    return jSONValue(this.client, jSONValue_, options);
  }
}

/**
 * `GET /JSONValue/{JSONValue}`
 *
 * @example
 * const result = await jSONValue(client, "abc123");
 */
export function jSONValue(client: APIClient, jSONValue_: string, options?: RequestOptions): APIPromise<JSONValue_> {
  return client.request<JSONValue_>(
    {
      operation: 'jSONValue',
      method: 'GET',
      path: '/JSONValue/{JSONValue}',
      pathParams: { JSONValue: jSONValue_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface JSONValue_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
