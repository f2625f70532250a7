// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { SecurityScheme_ } from '../models.js';
import { securityScheme } from '../operations/things.js';

export class SecurityScheme2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /SecurityScheme/{SecurityScheme}`
   *
   * Standalone: `securityScheme(client, …)`; errors: `isAPIError(error, 'securityScheme')`.
   *
   * @example
   * const result = await client.securityScheme.retrieve("abc123");
   */
  retrieve(securityScheme_: string, options?: RequestOptions): APIPromise<SecurityScheme_> {
    return securityScheme(this.client, securityScheme_, options);
  }
}
