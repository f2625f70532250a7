// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Uploadable2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Uploadable/{Uploadable}`
   *
   * Standalone: `uploadable(client, …)`; errors: `isAPIError(error, 'uploadable')`.
   *
   * @example
   * const result = await client.uploadable.retrieve("abc123");
   */
  retrieve(uploadable_: string, options?: RequestOptions): APIPromise<Uploadable_> {
    return uploadable(this.client, uploadable_, options);
  }
}

/**
 * `GET /Uploadable/{Uploadable}`
 *
 * @example
 * const result = await uploadable(client, "abc123");
 */
export function uploadable(client: APIClient, uploadable_: string, options?: RequestOptions): APIPromise<Uploadable_> {
  return client.request<Uploadable_>(
    {
      operation: 'uploadable',
      method: 'GET',
      path: '/Uploadable/{Uploadable}',
      pathParams: { Uploadable: uploadable_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Uploadable_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
