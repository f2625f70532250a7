// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class ParseJson2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /parseJson/{parseJson}`
   *
   * Standalone: `parseJson_(client, …)`; errors: `isAPIError(error, 'parseJson_')`.
   *
   * @example
   * const result = await client.parseJson.retrieve("abc123");
   */
  retrieve(parseJson2: string, options?: RequestOptions): APIPromise<ParseJson> {
    return parseJson_(this.client, parseJson2, options);
  }
}

/**
 * `GET /parseJson/{parseJson}`
 *
 * @example
 * const result = await parseJson_(client, "abc123");
 */
export function parseJson_(client: APIClient, parseJson2: string, options?: RequestOptions): APIPromise<ParseJson> {
  return client.request<ParseJson>(
    {
      operation: 'parseJson_',
      method: 'GET',
      path: '/parseJson/{parseJson}',
      pathParams: { parseJson: parseJson2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface ParseJson {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
