// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ParameterStyle_ } from '../models.js';
import { parameterStyle } from '../operations/things.js';

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
