// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class UnexpectedContentTypeError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /UnexpectedContentTypeError/{UnexpectedContentTypeError}`
   *
   * Standalone: `unexpectedContentTypeError(client, …)`; errors: `isAPIError(error, 'unexpectedContentTypeError')`.
   *
   * @example
   * const result = await client.unexpectedContentTypeError.retrieve("abc123");
   */
  retrieve(unexpectedContentTypeError_: string, options?: RequestOptions): APIPromise<UnexpectedContentTypeError_> {
    return unexpectedContentTypeError(this.client, unexpectedContentTypeError_, options);
  }
}

/**
 * `GET /UnexpectedContentTypeError/{UnexpectedContentTypeError}`
 *
 * @example
 * const result = await unexpectedContentTypeError(client, "abc123");
 */
export function unexpectedContentTypeError(
  client: APIClient,
  unexpectedContentTypeError_: string,
  options?: RequestOptions,
): APIPromise<UnexpectedContentTypeError_> {
  return client.request<UnexpectedContentTypeError_>(
    {
      operation: 'unexpectedContentTypeError',
      method: 'GET',
      path: '/UnexpectedContentTypeError/{UnexpectedContentTypeError}',
      pathParams: { UnexpectedContentTypeError: unexpectedContentTypeError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface UnexpectedContentTypeError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
