// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class DescribeCause2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /describeCause/{describeCause}`
   *
   * Standalone: `describeCause_(client, …)`; errors: `isAPIError(error, 'describeCause_')`.
   *
   * @example
   * const result = await client.describeCause.retrieve("abc123");
   */
  retrieve(describeCause2: string, options?: RequestOptions): APIPromise<DescribeCause> {
    return describeCause_(this.client, describeCause2, options);
  }
}

/**
 * `GET /describeCause/{describeCause}`
 *
 * @example
 * const result = await describeCause_(client, "abc123");
 */
export function describeCause_(
  client: APIClient,
  describeCause2: string,
  options?: RequestOptions,
): APIPromise<DescribeCause> {
  return client.request<DescribeCause>(
    {
      operation: 'describeCause_',
      method: 'GET',
      path: '/describeCause/{describeCause}',
      pathParams: { describeCause: describeCause2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface DescribeCause {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
