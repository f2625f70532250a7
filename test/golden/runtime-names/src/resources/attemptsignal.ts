// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class AttemptSignal2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /AttemptSignal/{AttemptSignal}`
   *
   * Standalone: `attemptSignal(client, …)`; errors: `isAPIError(error, 'attemptSignal')`.
   *
   * @example
   * const result = await client.attemptSignal.retrieve("abc123");
   */
  retrieve(attemptSignal_: string, options?: RequestOptions): APIPromise<AttemptSignal_> {
    return attemptSignal(this.client, attemptSignal_, options);
  }
}

/**
 * `GET /AttemptSignal/{AttemptSignal}`
 *
 * @example
 * const result = await attemptSignal(client, "abc123");
 */
export function attemptSignal(
  client: APIClient,
  attemptSignal_: string,
  options?: RequestOptions,
): APIPromise<AttemptSignal_> {
  return client.request<AttemptSignal_>(
    {
      operation: 'attemptSignal',
      method: 'GET',
      path: '/AttemptSignal/{AttemptSignal}',
      pathParams: { AttemptSignal: attemptSignal_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface AttemptSignal_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
