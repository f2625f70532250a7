// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { JSONLinesParser_ } from '../models.js';
import { jSONLinesParser } from '../operations/things.js';

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
