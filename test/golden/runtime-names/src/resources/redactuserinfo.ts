// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class RedactUserinfo2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /redactUserinfo/{redactUserinfo}`
   *
   * Standalone: `redactUserinfo_(client, …)`; errors: `isAPIError(error, 'redactUserinfo_')`.
   *
   * @example
   * const result = await client.redactUserinfo.retrieve("abc123");
   */
  retrieve(redactUserinfo2: string, options?: RequestOptions): APIPromise<RedactUserinfo> {
    return redactUserinfo_(this.client, redactUserinfo2, options);
  }
}

/**
 * `GET /redactUserinfo/{redactUserinfo}`
 *
 * @example
 * const result = await redactUserinfo_(client, "abc123");
 */
export function redactUserinfo_(
  client: APIClient,
  redactUserinfo2: string,
  options?: RequestOptions,
): APIPromise<RedactUserinfo> {
  return client.request<RedactUserinfo>(
    {
      operation: 'redactUserinfo_',
      method: 'GET',
      path: '/redactUserinfo/{redactUserinfo}',
      pathParams: { redactUserinfo: redactUserinfo2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface RedactUserinfo {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
