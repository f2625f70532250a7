// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ReadText2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readText/{readText}`
   *
   * Standalone: `readText_(client, …)`; errors: `isAPIError(error, 'readText_')`.
   *
   * @example
   * const result = await client.readText.retrieve("abc123");
   */
  retrieve(readText2: string, options?: RequestOptions): APIPromise<ReadText> {
    return readText_(this.client, readText2, options);
  }
}

/**
 * `GET /readText/{readText}`
 *
 * @example
 * const result = await readText_(client, "abc123");
 */
export function readText_(client: APIClient, readText2: string, options?: RequestOptions): APIPromise<ReadText> {
  return client.request<ReadText>(
    {
      operation: 'readText_',
      method: 'GET',
      path: '/readText/{readText}',
      pathParams: { readText: readText2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ReadText {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
