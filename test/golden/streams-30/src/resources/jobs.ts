// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { JobEvent } from '../models.js';
import { streamJobEvents } from '../operations/default_.js';

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
