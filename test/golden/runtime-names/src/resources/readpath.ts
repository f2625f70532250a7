// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ReadPath2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readPath/{readPath}`
   *
   * Standalone: `readPath_(client, …)`; errors: `isAPIError(error, 'readPath_')`.
   *
   * @example
   * const result = await client.readPath.retrieve("abc123");
   */
  retrieve(readPath2: string, options?: RequestOptions): APIPromise<ReadPath> {
    return readPath_(this.client, readPath2, options);
  }
}

/**
 * `GET /readPath/{readPath}`
 *
 * @example
 * const result = await readPath_(client, "abc123");
 */
export function readPath_(client: APIClient, readPath2: string, options?: RequestOptions): APIPromise<ReadPath> {
  return client.request<ReadPath>(
    {
      operation: 'readPath_',
      method: 'GET',
      path: '/readPath/{readPath}',
      pathParams: { readPath: readPath2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ReadPath {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
