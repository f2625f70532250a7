// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ToFile2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /toFile/{toFile}`
   *
   * Standalone: `toFile_(client, …)`; errors: `isAPIError(error, 'toFile_')`.
   *
   * @example
   * const result = await client.toFile.retrieve("abc123");
   */
  retrieve(toFile2: string, options?: RequestOptions): APIPromise<ToFile> {
    return toFile_(this.client, toFile2, options);
  }
}

/**
 * `GET /toFile/{toFile}`
 *
 * @example
 * const result = await toFile_(client, "abc123");
 */
export function toFile_(client: APIClient, toFile2: string, options?: RequestOptions): APIPromise<ToFile> {
  return client.request<ToFile>(
    {
      operation: 'toFile_',
      method: 'GET',
      path: '/toFile/{toFile}',
      pathParams: { toFile: toFile2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ToFile {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
