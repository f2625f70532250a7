// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
export { NullableAPIClient } from './client.js';
export type { ClientOptions } from './core/base-client.js';
export { APIPromise, type WithResponse, type WithRequestID } from './core/api-promise.js';
export type { RateLimit, RateLimitWindow } from './core/rate-limit.js';
export {
  SDKError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  APIStreamError,
  StreamIdleTimeoutError,
  ResponseTooLargeError,
  RedirectError,
  UnexpectedContentTypeError,
  StreamDataError,
  isAPIError,
} from './core/errors.js';
export type { APIClient, RequestOptions, OperationRequest } from './core/http.js';
export { Page, PagePromise, type PageOptions, type PaginationSpec } from './core/pagination.js';
export { toFile, type Uploadable, type FileSource, type ToFileOptions } from './core/uploads.js';
export { unlisted, type Unlisted } from './core/unlisted.js';
export { Stream, type ServerSentEvent, type StreamFormat } from './core/streaming.js';
export { operations, type Operations, type OperationName, type OperationInfo } from './operation-index.js';
export type * from './models.js';
export * from './resources/profiles.js';
