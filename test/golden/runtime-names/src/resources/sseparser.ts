// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class SSEParser2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /SSEParser/{SSEParser}`
   *
   * Standalone: `sSEParser(client, …)`; errors: `isAPIError(error, 'sSEParser')`.
   *
   * @example
   * const result = await client.sSEParser.retrieve("abc123");
   */
  retrieve(sSEParser_: string, options?: RequestOptions): APIPromise<SSEParser_> {
    return sSEParser(this.client, sSEParser_, options);
  }
}

/**
 * `GET /SSEParser/{SSEParser}`
 *
 * @example
 * const result = await sSEParser(client, "abc123");
 */
export function sSEParser(client: APIClient, sSEParser_: string, options?: RequestOptions): APIPromise<SSEParser_> {
  return client.request<SSEParser_>(
    {
      operation: 'sSEParser',
      method: 'GET',
      path: '/SSEParser/{SSEParser}',
      pathParams: { SSEParser: sSEParser_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface SSEParser_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
