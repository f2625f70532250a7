// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class NotJson2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /notJson/{notJson}`
   *
   * Standalone: `notJson_(client, …)`; errors: `isAPIError(error, 'notJson_')`.
   *
   * @example
   * const result = await client.notJson.retrieve("abc123");
   */
  retrieve(notJson2: string, options?: RequestOptions): APIPromise<NotJson> {
    return notJson_(this.client, notJson2, options);
  }
}

/**
 * `GET /notJson/{notJson}`
 *
 * @example
 * const result = await notJson_(client, "abc123");
 */
export function notJson_(client: APIClient, notJson2: string, options?: RequestOptions): APIPromise<NotJson> {
  return client.request<NotJson>(
    {
      operation: 'notJson_',
      method: 'GET',
      path: '/notJson/{notJson}',
      pathParams: { notJson: notJson2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface NotJson {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
