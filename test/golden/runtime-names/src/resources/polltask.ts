// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class PollTask2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /pollTask/{pollTask}`
   *
   * Standalone: `pollTask_(client, …)`; errors: `isAPIError(error, 'pollTask_')`.
   *
   * @example
   * const result = await client.pollTask.retrieve("abc123");
   */
  retrieve(pollTask2: string, options?: RequestOptions): APIPromise<PollTask> {
    return pollTask_(this.client, pollTask2, options);
  }
}

/**
 * `GET /pollTask/{pollTask}`
 *
 * @example
 * const result = await pollTask_(client, "abc123");
 */
export function pollTask_(client: APIClient, pollTask2: string, options?: RequestOptions): APIPromise<PollTask> {
  return client.request<PollTask>(
    {
      operation: 'pollTask_',
      method: 'GET',
      path: '/pollTask/{pollTask}',
      pathParams: { pollTask: pollTask2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface PollTask {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
