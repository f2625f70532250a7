// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /SecurityScheme/{SecurityScheme}`
 *
 * @example
 * const result = await securityScheme(client, "abc123");
 */
export function securityScheme(
  client: APIClient,
  securityScheme_: string,
  options?: RequestOptions,
): APIPromise<SecurityScheme_> {
  return client.request<SecurityScheme_>(
    {
      operation: 'securityScheme',
      method: 'GET',
      path: '/SecurityScheme/{SecurityScheme}',
      pathParams: { SecurityScheme: securityScheme_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface SecurityScheme_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
