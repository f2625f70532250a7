// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class EncodeBody2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /encodeBody/{encodeBody}`
   *
   * Standalone: `encodeBody_(client, …)`; errors: `isAPIError(error, 'encodeBody_')`.
   *
   * @example
   * const result = await client.encodeBody.retrieve("abc123");
   */
  retrieve(encodeBody2: string, options?: RequestOptions): APIPromise<EncodeBody> {
    return encodeBody_(this.client, encodeBody2, options);
  }
}

/**
 * `GET /encodeBody/{encodeBody}`
 *
 * @example
 * const result = await encodeBody_(client, "abc123");
 */
export function encodeBody_(client: APIClient, encodeBody2: string, options?: RequestOptions): APIPromise<EncodeBody> {
  return client.request<EncodeBody>(
    {
      operation: 'encodeBody_',
      method: 'GET',
      path: '/encodeBody/{encodeBody}',
      pathParams: { encodeBody: encodeBody2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface EncodeBody {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
