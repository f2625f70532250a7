// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ParameterStyle2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ParameterStyle/{ParameterStyle}`
   *
   * Standalone: `parameterStyle(client, …)`; errors: `isAPIError(error, 'parameterStyle')`.
   *
   * @example
   * const result = await client.parameterStyle.retrieve("abc123");
   */
  retrieve(parameterStyle_: string, options?: RequestOptions): APIPromise<ParameterStyle_> {
    return parameterStyle(this.client, parameterStyle_, options);
  }
}

/**
 * `GET /ParameterStyle/{ParameterStyle}`
 *
 * @example
 * const result = await parameterStyle(client, "abc123");
 */
export function parameterStyle(
  client: APIClient,
  parameterStyle_: string,
  options?: RequestOptions,
): APIPromise<ParameterStyle_> {
  return client.request<ParameterStyle_>(
    {
      operation: 'parameterStyle',
      method: 'GET',
      path: '/ParameterStyle/{ParameterStyle}',
      pathParams: { ParameterStyle: parameterStyle_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ParameterStyle_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
