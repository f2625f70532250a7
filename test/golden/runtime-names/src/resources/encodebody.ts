// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { EncodeBody } from '../models.js';
import { encodeBody_ } from '../operations/things.js';

export class EncodeBody2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /encodeBody/{encodeBody}`
   *
   * Standalone: `encodeBody_(client, …)`; errors: `isAPIError(error, 'encodeBody_')`.
   *
   * @example
   * const result = await client.encodeBody.retrieve("abc123");
   */
  retrieve(encodeBody2: string, options?: RequestOptions): APIPromise<EncodeBody> {
    return encodeBody_(this.client, encodeBody2, options);
  }
}
