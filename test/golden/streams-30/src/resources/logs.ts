// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';

export class Logs {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /logs`
   *
   * Standalone: `tailLogs(client, …)`; errors: `isAPIError(error, 'tailLogs')`.
   *
   * @example
   * const result = await client.logs.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<Stream<TailLogsResponse>> {
    return tailLogs(this.client, options);
  }
}

/**
 * `GET /logs`
 *
 * @example
 * const result = await tailLogs(client);
 *
 * It resolves to a {@link Stream} of JSON lines: `for await (const item of stream)` yields the value of each line.
 */
export function tailLogs(client: APIClient, options?: RequestOptions): APIPromise<Stream<TailLogsResponse>> {
  return client.request<Stream<TailLogsResponse>>(
    { operation: 'tailLogs', method: 'GET', path: '/logs', responseType: 'blob', security: [], stream: 'jsonl' },
    options,
  );
}

export interface TailLogsResponse {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}
