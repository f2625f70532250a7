// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
export type * from './models.js';
