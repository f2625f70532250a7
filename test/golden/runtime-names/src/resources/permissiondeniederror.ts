// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class PermissionDeniedError2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /PermissionDeniedError/{PermissionDeniedError}`
   *
   * Standalone: `permissionDeniedError(client, …)`; errors: `isAPIError(error, 'permissionDeniedError')`.
   *
   * @example
   * const result = await client.permissionDeniedError.retrieve("abc123");
   */
  retrieve(permissionDeniedError_: string, options?: RequestOptions): APIPromise<PermissionDeniedError_> {
    return permissionDeniedError(this.client, permissionDeniedError_, options);
  }
}

/**
 * `GET /PermissionDeniedError/{PermissionDeniedError}`
 *
 * @example
 * const result = await permissionDeniedError(client, "abc123");
 */
export function permissionDeniedError(
  client: APIClient,
  permissionDeniedError_: string,
  options?: RequestOptions,
): APIPromise<PermissionDeniedError_> {
  return client.request<PermissionDeniedError_>(
    {
      operation: 'permissionDeniedError',
      method: 'GET',
      path: '/PermissionDeniedError/{PermissionDeniedError}',
      pathParams: { PermissionDeniedError: permissionDeniedError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface PermissionDeniedError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
