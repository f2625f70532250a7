// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { PermissionDeniedError_ } from '../models.js';
import { permissionDeniedError } from '../operations/things.js';

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
