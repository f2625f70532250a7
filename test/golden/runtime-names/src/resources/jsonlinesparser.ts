// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class JSONLinesParser2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /JSONLinesParser/{JSONLinesParser}`
   *
   * Standalone: `jSONLinesParser(client, …)`; errors: `isAPIError(error, 'jSONLinesParser')`.
   *
   * @example
   * const result = await client.jSONLinesParser.retrieve("abc123");
   */
  retrieve(jSONLinesParser_: string, options?: RequestOptions): APIPromise<JSONLinesParser_> {
    return jSONLinesParser(this.client, jSONLinesParser_, options);
  }
}

/**
 * `GET /JSONLinesParser/{JSONLinesParser}`
 *
 * @example
 * const result = await jSONLinesParser(client, "abc123");
 */
export function jSONLinesParser(
  client: APIClient,
  jSONLinesParser_: string,
  options?: RequestOptions,
): APIPromise<JSONLinesParser_> {
  return client.request<JSONLinesParser_>(
    {
      operation: 'jSONLinesParser',
      method: 'GET',
      path: '/JSONLinesParser/{JSONLinesParser}',
      pathParams: { JSONLinesParser: jSONLinesParser_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface JSONLinesParser_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
