// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Event, GetEventResponse } from '../models.js';
import { createEvent, getEvent } from '../operations/default_.js';

export class Events {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /events`
   *
   * Standalone: `createEvent(client, …)`; errors: `isAPIError(error, 'createEvent')`.
   *
   * @example
   * const result = await client.events.create({
   *   id: 1,
   *   title: "Launch party",
   *   version: 2,
   *   external_ref: null,
   * });
   */
  create(params: Event, options?: RequestOptions): APIPromise<Event> {
    return createEvent(this.client, params, options);
  }

  /**
   * `GET /events/{id}`
   *
   * Standalone: `getEvent(client, …)`; errors: `isAPIError(error, 'getEvent')`.
   *
   * @example
   * const result = await client.events.retrieve("abc123");
   */
  retrieve(id: number | string, options?: RequestOptions): APIPromise<GetEventResponse> {
    return getEvent(this.client, id, options);
  }
}
