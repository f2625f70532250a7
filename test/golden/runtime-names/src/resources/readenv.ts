// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ReadEnv2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /readEnv/{readEnv}`
   *
   * Standalone: `readEnv_(client, …)`; errors: `isAPIError(error, 'readEnv_')`.
   *
   * @example
   * const result = await client.readEnv.retrieve("abc123");
   */
  retrieve(readEnv2: string, options?: RequestOptions): APIPromise<ReadEnv> {
    return readEnv_(this.client, readEnv2, options);
  }
}

/**
 * `GET /readEnv/{readEnv}`
 *
 * @example
 * const result = await readEnv_(client, "abc123");
 */
export function readEnv_(client: APIClient, readEnv2: string, options?: RequestOptions): APIPromise<ReadEnv> {
  return client.request<ReadEnv>(
    {
      operation: 'readEnv_',
      method: 'GET',
      path: '/readEnv/{readEnv}',
      pathParams: { readEnv: readEnv2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ReadEnv {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
