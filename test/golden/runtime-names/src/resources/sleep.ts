// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Sleep2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /sleep/{sleep}`
   *
   * Standalone: `sleep_(client, …)`; errors: `isAPIError(error, 'sleep_')`.
   *
   * @example
   * const result = await client.sleep.retrieve("abc123");
   */
  retrieve(sleep2: string, options?: RequestOptions): APIPromise<Sleep> {
    return sleep_(this.client, sleep2, options);
  }
}

/**
 * `GET /sleep/{sleep}`
 *
 * @example
 * const result = await sleep_(client, "abc123");
 */
export function sleep_(client: APIClient, sleep2: string, options?: RequestOptions): APIPromise<Sleep> {
  return client.request<Sleep>(
    {
      operation: 'sleep_',
      method: 'GET',
      path: '/sleep/{sleep}',
      pathParams: { sleep: sleep2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Sleep {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
