// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Credentials_ } from '../models.js';
import { credentials } from '../operations/things.js';

export class Credentials2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Credentials/{Credentials}`
   *
   * Standalone: `credentials(client, …)`; errors: `isAPIError(error, 'credentials')`.
   *
   * @example
   * const result = await client.credentials.retrieve("abc123");
   */
  retrieve(credentials_: string, options?: RequestOptions): APIPromise<Credentials_> {
    return credentials(this.client, credentials_, options);
  }
}
