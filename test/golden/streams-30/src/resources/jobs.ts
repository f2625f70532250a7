// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';

export class JobsEvents {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /jobs/{job_id}/events`
   *
   * Standalone: `streamJobEvents(client, …)`; errors: `isAPIError(error, 'streamJobEvents')`.
   *
   * @example
   * const result = await client.jobs.events.retrieve("abc123");
   */
  retrieve(jobId: string, options?: RequestOptions): APIPromise<Stream<JobEvent>> {
    return streamJobEvents(this.client, jobId, options);
  }
}

export class Jobs {
  readonly events: JobsEvents;

  constructor(private readonly client: APIClient) {
    this.events = new JobsEvents(client);
  }
}

/**
 * `GET /jobs/{job_id}/events`
 *
 * @example
 * const result = await streamJobEvents(client, "abc123");
 *
 * It resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function streamJobEvents(
  client: APIClient,
  jobId: string,
  options?: RequestOptions,
): APIPromise<Stream<JobEvent>> {
  return client.request<Stream<JobEvent>>(
    {
      operation: 'streamJobEvents',
      method: 'GET',
      path: '/jobs/{job_id}/events',
      pathParams: { job_id: jobId },
      responseType: 'text',
      security: [],
      stream: true,
      streamData: 'json',
    },
    options,
  );
}

export interface JobEvent {
  id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
}

export type StreamJobEventsResponse = JobEvent[];
