// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ReadUploads2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readUploads/{readUploads}`
   *
   * Standalone: `readUploads_(client, …)`; errors: `isAPIError(error, 'readUploads_')`.
   *
   * @example
   * const result = await client.readUploads.retrieve("abc123");
   */
  retrieve(readUploads2: string, options?: RequestOptions): APIPromise<ReadUploads> {
    return readUploads_(this.client, readUploads2, options);
  }
}

/**
 * `GET /readUploads/{readUploads}`
 *
 * @example
 * const result = await readUploads_(client, "abc123");
 */
export function readUploads_(
  client: APIClient,
  readUploads2: string,
  options?: RequestOptions,
): APIPromise<ReadUploads> {
  return client.request<ReadUploads>(
    {
      operation: 'readUploads_',
      method: 'GET',
      path: '/readUploads/{readUploads}',
      pathParams: { readUploads: readUploads2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ReadUploads {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
