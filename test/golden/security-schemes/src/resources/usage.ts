// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Usage {
  constructor(private readonly client: APIClient) {}

  /**
   * Either key may read the usage; the admin key sees the whole organization.
   *
   * `GET /v1/usage`
   *
   * Credential: `adminKey`, else `apiKey`.
   *
   * Standalone: `getUsage(client, …)`; errors: `isAPIError(error, 'getUsage')`.
   *
   * @example
   * const result = await client.usage.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<GetUsageResponse> {
    return getUsage(this.client, options);
  }
}

/**
 * Either key may read the usage; the admin key sees the whole organization.
 *
 * `GET /v1/usage`
 *
 * Credential: `adminKey`, else `apiKey`.
 *
 * @example
 * const result = await getUsage(client);
 */
export function getUsage(client: APIClient, options?: RequestOptions): APIPromise<GetUsageResponse> {
  return client.request<GetUsageResponse>(
    {
      operation: 'getUsage',
      method: 'GET',
      path: '/v1/usage',
      responseType: 'json',
      security: [['AdminKey'], ['BearerAuth']],
    },
    options,
  );
}

export interface GetUsageResponse {
  tokens?: number;
}
