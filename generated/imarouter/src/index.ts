// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
export { ImaRouter } from './client.js';
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
export * from './operations/usage.js';
export * from './operations/music.js';
export * from './operations/seed-tts-speech.js';
export * from './operations/gemini-images.js';
export * from './operations/gpt-image.js';
export * from './operations/doubao-seedream.js';
export * from './operations/wan-images.js';
export * from './operations/prunaai-images.js';
export * from './operations/seedance-video.js';
export * from './operations/wan2-6-video.js';
export * from './operations/happyhorse-video.js';
export * from './operations/kling-video.js';
export * from './operations/vidu-video.js';
export * from './operations/pixverse-video.js';
export * from './operations/veo-video.js';
export * from './operations/doubao-subtitle-erase.js';
export * from './operations/portrait.js';
export * from './operations/midjourney.js';
export * from './operations/chat.js';
export * from './operations/minimax-video.js';
export * from './endpoints.js';
export * from './tasks.js';
export { TaskFailedError, TaskTimeoutError, type WaitOptions } from './core/polling.js';
export { Usage } from './resources/usage.js';
export { Music } from './resources/music.js';
export { Audio } from './resources/audio.js';
export { Images } from './resources/images.js';
export { Videos } from './resources/videos.js';
export { Contents } from './resources/contents.js';
export { Assets } from './resources/assets.js';
export { Mj } from './resources/mj.js';
export { Chat } from './resources/chat.js';
export { Responses } from './resources/responses.js';
export { Messages } from './resources/messages.js';
export { Embeddings } from './resources/embeddings.js';
export { Kling } from './resources/kling.js';
export { Video } from './resources/video.js';
