// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ParseRateLimit2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /parseRateLimit/{parseRateLimit}`
   *
   * Standalone: `parseRateLimit_(client, …)`; errors: `isAPIError(error, 'parseRateLimit_')`.
   *
   * @example
   * const result = await client.parseRateLimit.retrieve("abc123");
   */
  retrieve(parseRateLimit2: string, options?: RequestOptions): APIPromise<ParseRateLimit> {
    return parseRateLimit_(this.client, parseRateLimit2, options);
  }
}

/**
 * `GET /parseRateLimit/{parseRateLimit}`
 *
 * @example
 * const result = await parseRateLimit_(client, "abc123");
 */
export function parseRateLimit_(
  client: APIClient,
  parseRateLimit2: string,
  options?: RequestOptions,
): APIPromise<ParseRateLimit> {
  return client.request<ParseRateLimit>(
    {
      operation: 'parseRateLimit_',
      method: 'GET',
      path: '/parseRateLimit/{parseRateLimit}',
      pathParams: { parseRateLimit: parseRateLimit2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ParseRateLimit {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
