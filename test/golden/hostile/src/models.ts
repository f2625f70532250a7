// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };
