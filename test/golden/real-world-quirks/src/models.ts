// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

/**
 * Differs from `user` only in case.
 * (Defined by the spec; no operation uses it.)
 */
export interface User2 {
  id?: number;
}

/** (Defined by the spec; no operation uses it.) */
export interface SharedLink2 {
  url?: string;
}

/** (Defined by the spec; no operation uses it.) */
export type _1stPartyToken = string;
