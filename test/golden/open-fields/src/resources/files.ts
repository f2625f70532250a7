// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Unlisted } from '../core/unlisted.js';

export class Files {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /files`
   *
   * Standalone: `listFiles(client, …)`; errors: `isAPIError(error, 'listFiles')`.
   *
   * @example
   * const result = await client.files.retrieve();
   */
  retrieve(params?: ListFilesParams, options?: RequestOptions): APIPromise<void> {
    return listFiles(this.client, params, options);
  }
}

/**
 * `GET /files`
 *
 * @example
 * const result = await listFiles(client);
 */
export function listFiles(client: APIClient, params?: ListFilesParams, options?: RequestOptions): APIPromise<void> {
  const { purpose: $0, embedding_model: $1 } = (params ?? {}) as Partial<ListFilesParams>;
  return client.request<void>(
    {
      operation: 'listFiles',
      method: 'GET',
      path: '/files',
      query: { purpose: $0, embedding_model: $1 },
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/** The params object of {@link listFiles}: body fields and parameters in one object. */
export type ListFilesParams = {
  purpose?: 'fine-tune' | 'assistants' | Unlisted;
  embedding_model?: 'e-small' | 'e-large' | Unlisted;
};
