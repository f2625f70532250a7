// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Nul {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /nul`
   *
   * Standalone: `sendNul(client, …)`; errors: `isAPIError(error, 'sendNul')`.
   *
   * @example
   * const result = await client.nul.create();
   */
  create(options?: RequestOptions): APIPromise<void> {
    return sendNul(this.client, options);
  }
}

/**
 * `POST /nul`
 *
 * @example
 * const result = await sendNul(client);
 */
export function sendNul(client: APIClient, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    { operation: 'sendNul', method: 'POST', path: '/nul', responseType: 'void', security: [['__proto__']] },
    options,
  );
}
