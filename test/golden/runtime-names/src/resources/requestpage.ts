// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RequestPage2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /requestPage/{requestPage}`
   *
   * Standalone: `requestPage_(client, …)`; errors: `isAPIError(error, 'requestPage_')`.
   *
   * @example
   * const result = await client.requestPage.retrieve("abc123");
   */
  retrieve(requestPage2: string, options?: RequestOptions): APIPromise<RequestPage> {
    return requestPage_(this.client, requestPage2, options);
  }
}

/**
 * `GET /requestPage/{requestPage}`
 *
 * @example
 * const result = await requestPage_(client, "abc123");
 */
export function requestPage_(
  client: APIClient,
  requestPage2: string,
  options?: RequestOptions,
): APIPromise<RequestPage> {
  return client.request<RequestPage>(
    {
      operation: 'requestPage_',
      method: 'GET',
      path: '/requestPage/{requestPage}',
      pathParams: { requestPage: requestPage2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RequestPage {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
