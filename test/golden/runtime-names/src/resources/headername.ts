// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { HeaderName } from '../models.js';
import { headerName_ } from '../operations/things.js';

export class HeaderName2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /headerName/{headerName}`
   *
   * Standalone: `headerName_(client, …)`; errors: `isAPIError(error, 'headerName_')`.
   *
   * @example
   * const result = await client.headerName.retrieve("abc123");
   */
  retrieve(headerName2: string, options?: RequestOptions): APIPromise<HeaderName> {
    return headerName_(this.client, headerName2, options);
  }
}
