// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Named2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /named/{named}`
   *
   * Standalone: `named_(client, …)`; errors: `isAPIError(error, 'named_')`.
   *
   * @example
   * const result = await client.named.retrieve("abc123");
   */
  retrieve(named2: string, options?: RequestOptions): APIPromise<Named> {
    return named_(this.client, named2, options);
  }
}

/**
 * `GET /named/{named}`
 *
 * @example
 * const result = await named_(client, "abc123");
 */
export function named_(client: APIClient, named2: string, options?: RequestOptions): APIPromise<Named> {
  return client.request<Named>(
    {
      operation: 'named_',
      method: 'GET',
      path: '/named/{named}',
      pathParams: { named: named2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Named {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
