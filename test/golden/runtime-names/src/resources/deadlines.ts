// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Deadlines2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Deadlines/{Deadlines}`
   *
   * Standalone: `deadlines(client, …)`; errors: `isAPIError(error, 'deadlines')`.
   *
   * @example
   * const result = await client.deadlines.retrieve("abc123");
   */
  retrieve(deadlines_: string, options?: RequestOptions): APIPromise<Deadlines_> {
    return deadlines(this.client, deadlines_, options);
  }
}

/**
 * `GET /Deadlines/{Deadlines}`
 *
 * @example
 * const result = await deadlines(client, "abc123");
 */
export function deadlines(client: APIClient, deadlines_: string, options?: RequestOptions): APIPromise<Deadlines_> {
  return client.request<Deadlines_>(
    {
      operation: 'deadlines',
      method: 'GET',
      path: '/Deadlines/{Deadlines}',
      pathParams: { Deadlines: deadlines_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Deadlines_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
