// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { CookieHeader } from '../models.js';
import { cookieHeader_ } from '../operations/things.js';

export class CookieHeader2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /cookieHeader/{cookieHeader}`
   *
   * Standalone: `cookieHeader_(client, …)`; errors: `isAPIError(error, 'cookieHeader_')`.
   *
   * @example
   * const result = await client.cookieHeader.retrieve("abc123");
   */
  retrieve(cookieHeader2: string, options?: RequestOptions): APIPromise<CookieHeader> {
    return cookieHeader_(this.client, cookieHeader2, options);
  }
}
