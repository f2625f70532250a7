// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { WithRequestID_ } from '../models.js';
import { withRequestID } from '../operations/things.js';

export class WithRequestID2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /WithRequestID/{WithRequestID}`
   *
   * Standalone: `withRequestID(client, …)`; errors: `isAPIError(error, 'withRequestID')`.
   *
   * @example
   * const result = await client.withRequestID.retrieve("abc123");
   */
  retrieve(withRequestID_: string, options?: RequestOptions): APIPromise<WithRequestID_> {
    return withRequestID(this.client, withRequestID_, options);
  }
}
