// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ResponseTooLargeError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /ResponseTooLargeError/{ResponseTooLargeError}`
   *
   * Standalone: `responseTooLargeError(client, …)`; errors: `isAPIError(error, 'responseTooLargeError')`.
   *
   * @example
   * const result = await client.responseTooLargeError.retrieve("abc123");
   */
  retrieve(responseTooLargeError_: string, options?: RequestOptions): APIPromise<ResponseTooLargeError_> {
    return responseTooLargeError(this.client, responseTooLargeError_, options);
  }
}

/**
 * `GET /ResponseTooLargeError/{ResponseTooLargeError}`
 *
 * @example
 * const result = await responseTooLargeError(client, "abc123");
 */
export function responseTooLargeError(
  client: APIClient,
  responseTooLargeError_: string,
  options?: RequestOptions,
): APIPromise<ResponseTooLargeError_> {
  return client.request<ResponseTooLargeError_>(
    {
      operation: 'responseTooLargeError',
      method: 'GET',
      path: '/ResponseTooLargeError/{ResponseTooLargeError}',
      pathParams: { ResponseTooLargeError: responseTooLargeError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ResponseTooLargeError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
