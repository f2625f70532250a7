// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ParseJson } from '../models.js';
import { parseJson_ } from '../operations/things.js';

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
