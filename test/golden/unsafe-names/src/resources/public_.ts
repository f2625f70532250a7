// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { readPublic } from '../operations/public_.js';

export class Public {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /public`
   *
   * Standalone: `readPublic(client, …)`; errors: `isAPIError(error, 'readPublic')`.
   *
   * @example
   * const result = await client.public.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<void> {
    return readPublic(this.client, options);
  }
}
