// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `POST /events`
 *
 * @example
 * const result = await createEvent(client, {
 *   id: 1,
 *   title: "Launch party",
 *   version: 2,
 *   external_ref: null,
 * });
 */
export function createEvent(client: APIClient, params: Event, options?: RequestOptions): APIPromise<Event> {
  return client.request<Event>(
    {
      operation: 'createEvent',
      method: 'POST',
      path: '/events',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /events/{id}`
 *
 * @example
 * const result = await getEvent(client, "abc123");
 */
export function getEvent(
  client: APIClient,
  id: number | string,
  options?: RequestOptions,
): APIPromise<GetEventResponse> {
  return client.request<GetEventResponse>(
    {
      operation: 'getEvent',
      method: 'GET',
      path: '/events/{id}',
      pathParams: { id: id },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Location {
  lat: number;
  lng: number;
}

export interface Event {
  /**
   * Either a numeric or a string identifier.
   * @example 42
   * @example "evt_8f3a"
   */
  id: number | string;
  /**
   * @example "Launch party"
   * @example "Quarterly review"
   */
  title: string;
  /**
   * Optional and nullable.
   * @example null
   * @example "An evening of demos"
   */
  subtitle?: string | null;
  /** Always the literal value 2. */
  version: 2;
  source?: 'webhook';
  /** @format date-time */
  cancelled_at?: string | null;
  /** Must be present and must be null (reserved field). */
  external_ref: null;
  /** Where the event takes place (description next to $ref). */
  location?: Location;
  attendees?: (string | null)[];
  /** @example 1 */
  priority?: 1 | 2 | 3 | null;
}

export type GetEventResponse = Event | null;
