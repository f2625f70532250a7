// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Folders {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /folders/{id}`
   *
   * Standalone: `getFolder(client, …)`; errors: `isAPIError(error, 'getFolder')`.
   *
   * @example
   * const result = await client.folders.retrieve("abc123");
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Folder> {
    return getFolder(this.client, id, options);
  }
}

/**
 * `GET /folders/{id}`
 *
 * @example
 * const result = await getFolder(client, "abc123");
 */
export function getFolder(client: APIClient, id: string, options?: RequestOptions): APIPromise<Folder> {
  return client.request<Folder>(
    {
      operation: 'getFolder',
      method: 'GET',
      path: '/folders/{id}',
      pathParams: { id: id },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Folder {
  name: string;
  files?: File_[];
}

export interface File_ {
  name: string;
  parent?: Folder;
}
