// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class FileSource2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /FileSource/{FileSource}`
   *
   * Standalone: `fileSource(client, …)`; errors: `isAPIError(error, 'fileSource')`.
   *
   * @example
   * const result = await client.fileSource.retrieve("abc123");
   */
  retrieve(fileSource_: string, options?: RequestOptions): APIPromise<FileSource_> {
    return fileSource(this.client, fileSource_, options);
  }
}

/**
 * `GET /FileSource/{FileSource}`
 *
 * @example
 * const result = await fileSource(client, "abc123");
 */
export function fileSource(client: APIClient, fileSource_: string, options?: RequestOptions): APIPromise<FileSource_> {
  return client.request<FileSource_>(
    {
      operation: 'fileSource',
      method: 'GET',
      path: '/FileSource/{FileSource}',
      pathParams: { FileSource: fileSource_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface FileSource_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
