// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
export { UnsafeNamesClient } from './client.js';
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
export * from './operations/pet.js';
export * from './operations/pet2.js';
export * from './operations/pet3.js';
export * from './operations/con_.js';
export * from './operations/aux_.js';
export * from './operations/nul_.js';
export * from './operations/com.js';
export * from './operations/com10.js';
export * from './operations/lpt9_.js';
export * from './operations/archived-reports-of-region-1-of-region-2-of-region-3-of-752a584e.js';
export * from './operations/archived-reports-of-region-1-of-region-2-of-region-3-of-ee19b20a.js';
export * from './operations/public_.js';
export { Pets } from './resources/pets.js';
export { PetStore } from './resources/petstore.js';
export { Petstore } from './resources/petstore2.js';
export { Con } from './resources/con_.js';
export { Aux } from './resources/aux_.js';
export { Nul } from './resources/nul_.js';
export { Com1 } from './resources/com1_.js';
export { Com } from './resources/com.js';
export { Lpt9 } from './resources/lpt9_.js';
export { Segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36 } from './resources/segment1segment2segment3segment4segment5segment6segment-c864b54e.js';
export { Public } from './resources/public_.js';
