// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Redactor2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Redactor/{Redactor}`
   *
   * Standalone: `redactor(client, …)`; errors: `isAPIError(error, 'redactor')`.
   *
   * @example
   * const result = await client.redactor.retrieve("abc123");
   */
  retrieve(redactor_: string, options?: RequestOptions): APIPromise<Redactor_> {
    return redactor(this.client, redactor_, options);
  }
}

/**
 * `GET /Redactor/{Redactor}`
 *
 * @example
 * const result = await redactor(client, "abc123");
 */
export function redactor(client: APIClient, redactor_: string, options?: RequestOptions): APIPromise<Redactor_> {
  return client.request<Redactor_>(
    {
      operation: 'redactor',
      method: 'GET',
      path: '/Redactor/{Redactor}',
      pathParams: { Redactor: redactor_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Redactor_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
