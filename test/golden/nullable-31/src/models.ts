// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

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
