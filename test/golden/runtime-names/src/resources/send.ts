// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Send_ } from '../models.js';
import { send } from '../operations/things.js';

export class Send2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Send/{Send}`
   *
   * Standalone: `send(client, …)`; errors: `isAPIError(error, 'send')`.
   *
   * @example
   * const result = await client.send.retrieve("abc123");
   */
  retrieve(send_: string, options?: RequestOptions): APIPromise<Send_> {
    return send(this.client, send_, options);
  }
}
