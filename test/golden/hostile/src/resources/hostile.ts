// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Class, Promise_ } from '../models.js';

export class Hostile {
  constructor(private readonly client: APIClient) {}

  /**
   * Summary *\/ process.exit(1) /\* with `${x}` and <script>
   *
   * Line one
   * Line two
   * after LS
   * after PS
   * Windows path C:\users\x\new and \u0041 and a trailing backslash \
   *
   * `POST /v1/hostile`
   *
   * Standalone: `xProcessExit1(client, …)`; errors: `isAPIError(error, 'xProcessExit1')`.
   *
   * @example
   * const result = await client.hostile.create({});
   */
  create(params: Class, options?: RequestOptions): APIPromise<Promise_> {
    return xProcessExit1(this.client, params, options);
  }
}

/**
 * Summary *\/ process.exit(1) /\* with `${x}` and <script>
 *
 * Line one
 * Line two
 * after LS
 * after PS
 * Windows path C:\users\x\new and \u0041 and a trailing backslash \
 *
 * `POST /v1/hostile`
 *
 * @example
 * const result = await xProcessExit1(client, {});
 */
export function xProcessExit1(client: APIClient, params: Class, options?: RequestOptions): APIPromise<Promise_> {
  return client.request<Promise_>(
    {
      operation: 'xProcessExit1',
      method: 'POST',
      path: '/v1/hostile',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}
