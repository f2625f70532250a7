// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Event, GetEventParams, GetEventResponse } from '../models.js';

/** `POST /events` */
export function createEvent(client: APIClient, request: { body: Event }, options?: RequestOptions): APIPromise<Event> {
  return client.request<Event>(
    {
      operation: 'createEvent',
      method: 'POST',
      path: '/events',
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** `GET /events/{id}` */
export function getEvent(
  client: APIClient,
  request: GetEventParams,
  options?: RequestOptions,
): APIPromise<GetEventResponse> {
  return client.request<GetEventResponse>(
    {
      operation: 'getEvent',
      method: 'GET',
      path: '/events/{id}',
      pathParams: request.path,
      responseType: 'json',
      security: [],
    },
    options,
  );
}
