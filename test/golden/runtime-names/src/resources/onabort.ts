// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class OnAbort2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /onAbort/{onAbort}`
   *
   * Standalone: `onAbort_(client, …)`; errors: `isAPIError(error, 'onAbort_')`.
   *
   * @example
   * const result = await client.onAbort.retrieve("abc123");
   */
  retrieve(onAbort2: string, options?: RequestOptions): APIPromise<OnAbort> {
    return onAbort_(this.client, onAbort2, options);
  }
}

/**
 * `GET /onAbort/{onAbort}`
 *
 * @example
 * const result = await onAbort_(client, "abc123");
 */
export function onAbort_(client: APIClient, onAbort2: string, options?: RequestOptions): APIPromise<OnAbort> {
  return client.request<OnAbort>(
    {
      operation: 'onAbort_',
      method: 'GET',
      path: '/onAbort/{onAbort}',
      pathParams: { onAbort: onAbort2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface OnAbort {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
