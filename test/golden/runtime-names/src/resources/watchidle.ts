// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class WatchIdle2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /watchIdle/{watchIdle}`
   *
   * Standalone: `watchIdle_(client, …)`; errors: `isAPIError(error, 'watchIdle_')`.
   *
   * @example
   * const result = await client.watchIdle.retrieve("abc123");
   */
  retrieve(watchIdle2: string, options?: RequestOptions): APIPromise<WatchIdle> {
    return watchIdle_(this.client, watchIdle2, options);
  }
}

/**
 * `GET /watchIdle/{watchIdle}`
 *
 * @example
 * const result = await watchIdle_(client, "abc123");
 */
export function watchIdle_(client: APIClient, watchIdle2: string, options?: RequestOptions): APIPromise<WatchIdle> {
  return client.request<WatchIdle>(
    {
      operation: 'watchIdle_',
      method: 'GET',
      path: '/watchIdle/{watchIdle}',
      pathParams: { watchIdle: watchIdle2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface WatchIdle {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
