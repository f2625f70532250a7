// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class UnprocessableEntityError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /UnprocessableEntityError/{UnprocessableEntityError}`
   *
   * Standalone: `unprocessableEntityError(client, …)`; errors: `isAPIError(error, 'unprocessableEntityError')`.
   *
   * @example
   * const result = await client.unprocessableEntityError.retrieve("abc123");
   */
  retrieve(unprocessableEntityError_: string, options?: RequestOptions): APIPromise<UnprocessableEntityError_> {
    return unprocessableEntityError(this.client, unprocessableEntityError_, options);
  }
}

/**
 * `GET /UnprocessableEntityError/{UnprocessableEntityError}`
 *
 * @example
 * const result = await unprocessableEntityError(client, "abc123");
 */
export function unprocessableEntityError(
  client: APIClient,
  unprocessableEntityError_: string,
  options?: RequestOptions,
): APIPromise<UnprocessableEntityError_> {
  return client.request<UnprocessableEntityError_>(
    {
      operation: 'unprocessableEntityError',
      method: 'GET',
      path: '/UnprocessableEntityError/{UnprocessableEntityError}',
      pathParams: { UnprocessableEntityError: unprocessableEntityError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface UnprocessableEntityError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
