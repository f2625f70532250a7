// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
export { HostileInputAPIClient, type ClientOptions } from './client.js';
export { SDKError, APIError, APIConnectionError } from './core/errors.js';
export type { APIClient, RequestOptions } from './core/http.js';
export { operations, type Operations, type OperationName, type OperationInfo } from './operation-index.js';
export type * from './models.js';
export * from './operations/video.js';
