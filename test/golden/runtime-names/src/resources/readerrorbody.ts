// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ReadErrorBody2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readErrorBody/{readErrorBody}`
   *
   * Standalone: `readErrorBody_(client, …)`; errors: `isAPIError(error, 'readErrorBody_')`.
   *
   * @example
   * const result = await client.readErrorBody.retrieve("abc123");
   */
  retrieve(readErrorBody2: string, options?: RequestOptions): APIPromise<ReadErrorBody> {
    return readErrorBody_(this.client, readErrorBody2, options);
  }
}

/**
 * `GET /readErrorBody/{readErrorBody}`
 *
 * @example
 * const result = await readErrorBody_(client, "abc123");
 */
export function readErrorBody_(
  client: APIClient,
  readErrorBody2: string,
  options?: RequestOptions,
): APIPromise<ReadErrorBody> {
  return client.request<ReadErrorBody>(
    {
      operation: 'readErrorBody_',
      method: 'GET',
      path: '/readErrorBody/{readErrorBody}',
      pathParams: { readErrorBody: readErrorBody2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ReadErrorBody {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
