// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ReadResponse2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readResponse/{readResponse}`
   *
   * Standalone: `readResponse_(client, …)`; errors: `isAPIError(error, 'readResponse_')`.
   *
   * @example
   * const result = await client.readResponse.retrieve("abc123");
   */
  retrieve(readResponse2: string, options?: RequestOptions): APIPromise<ReadResponse> {
    return readResponse_(this.client, readResponse2, options);
  }
}

/**
 * `GET /readResponse/{readResponse}`
 *
 * @example
 * const result = await readResponse_(client, "abc123");
 */
export function readResponse_(
  client: APIClient,
  readResponse2: string,
  options?: RequestOptions,
): APIPromise<ReadResponse> {
  return client.request<ReadResponse>(
    {
      operation: 'readResponse_',
      method: 'GET',
      path: '/readResponse/{readResponse}',
      pathParams: { readResponse: readResponse2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ReadResponse {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
