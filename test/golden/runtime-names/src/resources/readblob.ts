// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ReadBlob2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readBlob/{readBlob}`
   *
   * Standalone: `readBlob_(client, …)`; errors: `isAPIError(error, 'readBlob_')`.
   *
   * @example
   * const result = await client.readBlob.retrieve("abc123");
   */
  retrieve(readBlob2: string, options?: RequestOptions): APIPromise<ReadBlob> {
    return readBlob_(this.client, readBlob2, options);
  }
}

/**
 * `GET /readBlob/{readBlob}`
 *
 * @example
 * const result = await readBlob_(client, "abc123");
 */
export function readBlob_(client: APIClient, readBlob2: string, options?: RequestOptions): APIPromise<ReadBlob> {
  return client.request<ReadBlob>(
    {
      operation: 'readBlob_',
      method: 'GET',
      path: '/readBlob/{readBlob}',
      pathParams: { readBlob: readBlob2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ReadBlob {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
