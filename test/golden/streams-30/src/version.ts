// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** This package's version, sent in the User-Agent. */
export const VERSION = '1.0.0';
