// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Event, GetEventParams, GetEventResponse } from '../models.js';
import { createEvent, getEvent } from '../operations/default_.js';

export class Events {
  constructor(private readonly client: APIClient) {}

  /** `POST /events` */
  create(request: { body: Event }, options?: RequestOptions): APIPromise<Event> {
    return createEvent(this.client, request, options);
  }

  /** `GET /events/{id}` */
  retrieve(request: GetEventParams, options?: RequestOptions): APIPromise<GetEventResponse> {
    return getEvent(this.client, request, options);
  }
}
