// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  APIClient_,
  APIConnectionError_,
  APIConnectionTimeoutError_,
  APIError_,
  APIPromise_,
  APIStreamError_,
  APIUserAbortError_,
  AttemptSignal_,
  AuthenticationError_,
  BadRequestError_,
  BaseClient_,
  BuildPath,
  BuildQuery,
  ClientCoreOptions_,
  ClientCore_,
  ClientCredential_,
  ClientDefaults_,
  ClientOptions_,
  ClientSettings_,
  ConflictError_,
  CookieHeader,
  Credentials_,
  DEFAULTMAXRESPONSEBYTES,
  Deadlines_,
  Delivery_,
  DescribeCause,
  EncodeBody,
  Expiring_,
  FetchFollowing,
  FileSource_,
  HasUserinfo,
  HeaderMap_,
  HeaderName,
  HeaderValue,
  InternalServerError_,
  IsAPIError,
  IsConnectionRefused,
  IsIdempotent,
  JSONLinesParser_,
  JSONValue_,
  MAXREDIRECTS,
  MAXRETRYAFTERMS,
  Named,
  NextLink,
  NextPageQuery,
  NotFoundError_,
  NotJson,
  NumberOption,
  OnAbort,
  OperationInfo_,
  OperationName_,
  OperationRequest_,
  Operations2,
  Operations_,
  PageOptions_,
  PagePromise_,
  Page_,
  PaginationSpec_,
  ParameterStyle_,
  ParseJson,
  ParseRateLimit,
  PermissionDeniedError_,
  PollTask,
  RateLimitError_,
  RateLimitWindow_,
  RateLimit_,
  RawEvent_,
  ReadBlob,
  ReadEnv,
  ReadErrorBody,
  ReadPath,
  ReadResponse,
  ReadText,
  ReadUploads,
  RedactUserinfo,
  Redactor_,
  RedirectContext_,
  RedirectError_,
  RequestIdOf,
  RequestOptions_,
  RequestPage,
  ResetDelay,
  ResponseTooLargeError_,
  RetryAfter,
  RetryDelay,
  RetrySettings_,
  RouteOf,
  SDKError_,
  SSEParser_,
  SecurityScheme_,
  Send_,
  ServerSentEvent_,
  ShouldRetry,
  Sleep,
  StreamDataError_,
  StreamFormat_,
  StreamIdleTimeoutError_,
  StreamSource_,
  Stream_,
  TaskFailedError_,
  TaskIdOf,
  TaskStatusSpec_,
  TaskTimeoutError_,
  ToFile,
  ToFileOptions_,
  TransportSettings_,
  Transport_,
  TypeOfName,
  UnexpectedContentTypeError_,
  Unlisted2,
  Unlisted_,
  UnprocessableEntityError_,
  Uploadable_,
  WaitOptions_,
  WatchIdle,
  WithBody,
  WithExtraBody,
  WithRequestID_,
  WithResponse_,
} from '../models.js';

/**
 * `GET /DEFAULT_MAX_RESPONSE_BYTES/{DEFAULT_MAX_RESPONSE_BYTES}`
 *
 * @example
 * const result = await dEFAULTMAXRESPONSEBYTES(client, "abc123");
 */
export function dEFAULTMAXRESPONSEBYTES(
  client: APIClient,
  dEFAULTMAXRESPONSEBYTES_: string,
  options?: RequestOptions,
): APIPromise<DEFAULTMAXRESPONSEBYTES> {
  return client.request<DEFAULTMAXRESPONSEBYTES>(
    {
      operation: 'dEFAULTMAXRESPONSEBYTES',
      method: 'GET',
      path: '/DEFAULT_MAX_RESPONSE_BYTES/{DEFAULT_MAX_RESPONSE_BYTES}',
      pathParams: { DEFAULT_MAX_RESPONSE_BYTES: dEFAULTMAXRESPONSEBYTES_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /readText/{readText}`
 *
 * @example
 * const result = await readText_(client, "abc123");
 */
export function readText_(client: APIClient, readText2: string, options?: RequestOptions): APIPromise<ReadText> {
  return client.request<ReadText>(
    {
      operation: 'readText_',
      method: 'GET',
      path: '/readText/{readText}',
      pathParams: { readText: readText2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ClientCredential/{ClientCredential}`
 *
 * @example
 * const result = await clientCredential(client, "abc123");
 */
export function clientCredential(
  client: APIClient,
  clientCredential_: string,
  options?: RequestOptions,
): APIPromise<ClientCredential_> {
  return client.request<ClientCredential_>(
    {
      operation: 'clientCredential',
      method: 'GET',
      path: '/ClientCredential/{ClientCredential}',
      pathParams: { ClientCredential: clientCredential_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Uploadable/{Uploadable}`
 *
 * @example
 * const result = await uploadable(client, "abc123");
 */
export function uploadable(client: APIClient, uploadable_: string, options?: RequestOptions): APIPromise<Uploadable_> {
  return client.request<Uploadable_>(
    {
      operation: 'uploadable',
      method: 'GET',
      path: '/Uploadable/{Uploadable}',
      pathParams: { Uploadable: uploadable_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /readUploads/{readUploads}`
 *
 * @example
 * const result = await readUploads_(client, "abc123");
 */
export function readUploads_(
  client: APIClient,
  readUploads2: string,
  options?: RequestOptions,
): APIPromise<ReadUploads> {
  return client.request<ReadUploads>(
    {
      operation: 'readUploads_',
      method: 'GET',
      path: '/readUploads/{readUploads}',
      pathParams: { readUploads: readUploads2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /readBlob/{readBlob}`
 *
 * @example
 * const result = await readBlob_(client, "abc123");
 */
export function readBlob_(client: APIClient, readBlob2: string, options?: RequestOptions): APIPromise<ReadBlob> {
  return client.request<ReadBlob>(
    {
      operation: 'readBlob_',
      method: 'GET',
      path: '/readBlob/{readBlob}',
      pathParams: { readBlob: readBlob2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ResponseTooLargeError/{ResponseTooLargeError}`
 *
 * @example
 * const result = await responseTooLargeError(client, "abc123");
 */
export function responseTooLargeError(
  client: APIClient,
  responseTooLargeError_: string,
  options?: RequestOptions,
): APIPromise<ResponseTooLargeError_> {
  return client.request<ResponseTooLargeError_>(
    {
      operation: 'responseTooLargeError',
      method: 'GET',
      path: '/ResponseTooLargeError/{ResponseTooLargeError}',
      pathParams: { ResponseTooLargeError: responseTooLargeError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /RedirectError/{RedirectError}`
 *
 * @example
 * const result = await redirectError(client, "abc123");
 */
export function redirectError(
  client: APIClient,
  redirectError_: string,
  options?: RequestOptions,
): APIPromise<RedirectError_> {
  return client.request<RedirectError_>(
    {
      operation: 'redirectError',
      method: 'GET',
      path: '/RedirectError/{RedirectError}',
      pathParams: { RedirectError: redirectError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /UnexpectedContentTypeError/{UnexpectedContentTypeError}`
 *
 * @example
 * const result = await unexpectedContentTypeError(client, "abc123");
 */
export function unexpectedContentTypeError(
  client: APIClient,
  unexpectedContentTypeError_: string,
  options?: RequestOptions,
): APIPromise<UnexpectedContentTypeError_> {
  return client.request<UnexpectedContentTypeError_>(
    {
      operation: 'unexpectedContentTypeError',
      method: 'GET',
      path: '/UnexpectedContentTypeError/{UnexpectedContentTypeError}',
      pathParams: { UnexpectedContentTypeError: unexpectedContentTypeError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /StreamDataError/{StreamDataError}`
 *
 * @example
 * const result = await streamDataError(client, "abc123");
 */
export function streamDataError(
  client: APIClient,
  streamDataError_: string,
  options?: RequestOptions,
): APIPromise<StreamDataError_> {
  return client.request<StreamDataError_>(
    {
      operation: 'streamDataError',
      method: 'GET',
      path: '/StreamDataError/{StreamDataError}',
      pathParams: { StreamDataError: streamDataError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /redactUserinfo/{redactUserinfo}`
 *
 * @example
 * const result = await redactUserinfo_(client, "abc123");
 */
export function redactUserinfo_(
  client: APIClient,
  redactUserinfo2: string,
  options?: RequestOptions,
): APIPromise<RedactUserinfo> {
  return client.request<RedactUserinfo>(
    {
      operation: 'redactUserinfo_',
      method: 'GET',
      path: '/redactUserinfo/{redactUserinfo}',
      pathParams: { redactUserinfo: redactUserinfo2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /hasUserinfo/{hasUserinfo}`
 *
 * @example
 * const result = await hasUserinfo_(client, "abc123");
 */
export function hasUserinfo_(
  client: APIClient,
  hasUserinfo2: string,
  options?: RequestOptions,
): APIPromise<HasUserinfo> {
  return client.request<HasUserinfo>(
    {
      operation: 'hasUserinfo_',
      method: 'GET',
      path: '/hasUserinfo/{hasUserinfo}',
      pathParams: { hasUserinfo: hasUserinfo2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /MAX_REDIRECTS/{MAX_REDIRECTS}`
 *
 * @example
 * const result = await mAXREDIRECTS(client, "abc123");
 */
export function mAXREDIRECTS(
  client: APIClient,
  mAXREDIRECTS_: string,
  options?: RequestOptions,
): APIPromise<MAXREDIRECTS> {
  return client.request<MAXREDIRECTS>(
    {
      operation: 'mAXREDIRECTS',
      method: 'GET',
      path: '/MAX_REDIRECTS/{MAX_REDIRECTS}',
      pathParams: { MAX_REDIRECTS: mAXREDIRECTS_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Credentials/{Credentials}`
 *
 * @example
 * const result = await credentials(client, "abc123");
 */
export function credentials(
  client: APIClient,
  credentials_: string,
  options?: RequestOptions,
): APIPromise<Credentials_> {
  return client.request<Credentials_>(
    {
      operation: 'credentials',
      method: 'GET',
      path: '/Credentials/{Credentials}',
      pathParams: { Credentials: credentials_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /RedirectContext/{RedirectContext}`
 *
 * @example
 * const result = await redirectContext(client, "abc123");
 */
export function redirectContext(
  client: APIClient,
  redirectContext_: string,
  options?: RequestOptions,
): APIPromise<RedirectContext_> {
  return client.request<RedirectContext_>(
    {
      operation: 'redirectContext',
      method: 'GET',
      path: '/RedirectContext/{RedirectContext}',
      pathParams: { RedirectContext: redirectContext_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /fetchFollowing/{fetchFollowing}`
 *
 * @example
 * const result = await fetchFollowing_(client, "abc123");
 */
export function fetchFollowing_(
  client: APIClient,
  fetchFollowing2: string,
  options?: RequestOptions,
): APIPromise<FetchFollowing> {
  return client.request<FetchFollowing>(
    {
      operation: 'fetchFollowing_',
      method: 'GET',
      path: '/fetchFollowing/{fetchFollowing}',
      pathParams: { fetchFollowing: fetchFollowing2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /notJson/{notJson}`
 *
 * @example
 * const result = await notJson_(client, "abc123");
 */
export function notJson_(client: APIClient, notJson2: string, options?: RequestOptions): APIPromise<NotJson> {
  return client.request<NotJson>(
    {
      operation: 'notJson_',
      method: 'GET',
      path: '/notJson/{notJson}',
      pathParams: { notJson: notJson2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /onAbort/{onAbort}`
 *
 * @example
 * const result = await onAbort_(client, "abc123");
 */
export function onAbort_(client: APIClient, onAbort2: string, options?: RequestOptions): APIPromise<OnAbort> {
  return client.request<OnAbort>(
    {
      operation: 'onAbort_',
      method: 'GET',
      path: '/onAbort/{onAbort}',
      pathParams: { onAbort: onAbort2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /requestIdOf/{requestIdOf}`
 *
 * @example
 * const result = await requestIdOf_(client, "abc123");
 */
export function requestIdOf_(
  client: APIClient,
  requestIdOf2: string,
  options?: RequestOptions,
): APIPromise<RequestIdOf> {
  return client.request<RequestIdOf>(
    {
      operation: 'requestIdOf_',
      method: 'GET',
      path: '/requestIdOf/{requestIdOf}',
      pathParams: { requestIdOf: requestIdOf2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Delivery/{Delivery}`
 *
 * @example
 * const result = await delivery(client, "abc123");
 */
export function delivery(client: APIClient, delivery_: string, options?: RequestOptions): APIPromise<Delivery_> {
  return client.request<Delivery_>(
    {
      operation: 'delivery',
      method: 'GET',
      path: '/Delivery/{Delivery}',
      pathParams: { Delivery: delivery_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /WithResponse/{WithResponse}`
 *
 * @example
 * const result = await withResponse(client, "abc123");
 */
export function withResponse(
  client: APIClient,
  withResponse_: string,
  options?: RequestOptions,
): APIPromise<WithResponse_> {
  return client.request<WithResponse_>(
    {
      operation: 'withResponse',
      method: 'GET',
      path: '/WithResponse/{WithResponse}',
      pathParams: { WithResponse: withResponse_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /WithRequestID/{WithRequestID}`
 *
 * @example
 * const result = await withRequestID(client, "abc123");
 */
export function withRequestID(
  client: APIClient,
  withRequestID_: string,
  options?: RequestOptions,
): APIPromise<WithRequestID_> {
  return client.request<WithRequestID_>(
    {
      operation: 'withRequestID',
      method: 'GET',
      path: '/WithRequestID/{WithRequestID}',
      pathParams: { WithRequestID: withRequestID_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Send/{Send}`
 *
 * @example
 * const result = await send(client, "abc123");
 */
export function send(client: APIClient, send_: string, options?: RequestOptions): APIPromise<Send_> {
  return client.request<Send_>(
    {
      operation: 'send',
      method: 'GET',
      path: '/Send/{Send}',
      pathParams: { Send: send_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /APIPromise/{APIPromise}`
 *
 * @example
 * const result = await aPIPromise(client, "abc123");
 */
export function aPIPromise(client: APIClient, aPIPromise_: string, options?: RequestOptions): APIPromise<APIPromise_> {
  return client.request<APIPromise_>(
    {
      operation: 'aPIPromise',
      method: 'GET',
      path: '/APIPromise/{APIPromise}',
      pathParams: { APIPromise: aPIPromise_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ClientOptions/{ClientOptions}`
 *
 * @example
 * const result = await clientOptions(client, "abc123");
 */
export function clientOptions(
  client: APIClient,
  clientOptions_: string,
  options?: RequestOptions,
): APIPromise<ClientOptions_> {
  return client.request<ClientOptions_>(
    {
      operation: 'clientOptions',
      method: 'GET',
      path: '/ClientOptions/{ClientOptions}',
      pathParams: { ClientOptions: clientOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /BaseClient/{BaseClient}`
 *
 * @example
 * const result = await baseClient(client, "abc123");
 */
export function baseClient(client: APIClient, baseClient_: string, options?: RequestOptions): APIPromise<BaseClient_> {
  return client.request<BaseClient_>(
    {
      operation: 'baseClient',
      method: 'GET',
      path: '/BaseClient/{BaseClient}',
      pathParams: { BaseClient: baseClient_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ClientSettings/{ClientSettings}`
 *
 * @example
 * const result = await clientSettings(client, "abc123");
 */
export function clientSettings(
  client: APIClient,
  clientSettings_: string,
  options?: RequestOptions,
): APIPromise<ClientSettings_> {
  return client.request<ClientSettings_>(
    {
      operation: 'clientSettings',
      method: 'GET',
      path: '/ClientSettings/{ClientSettings}',
      pathParams: { ClientSettings: clientSettings_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ClientCoreOptions/{ClientCoreOptions}`
 *
 * @example
 * const result = await clientCoreOptions(client, "abc123");
 */
export function clientCoreOptions(
  client: APIClient,
  clientCoreOptions_: string,
  options?: RequestOptions,
): APIPromise<ClientCoreOptions_> {
  return client.request<ClientCoreOptions_>(
    {
      operation: 'clientCoreOptions',
      method: 'GET',
      path: '/ClientCoreOptions/{ClientCoreOptions}',
      pathParams: { ClientCoreOptions: clientCoreOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ClientDefaults/{ClientDefaults}`
 *
 * @example
 * const result = await clientDefaults(client, "abc123");
 */
export function clientDefaults(
  client: APIClient,
  clientDefaults_: string,
  options?: RequestOptions,
): APIPromise<ClientDefaults_> {
  return client.request<ClientDefaults_>(
    {
      operation: 'clientDefaults',
      method: 'GET',
      path: '/ClientDefaults/{ClientDefaults}',
      pathParams: { ClientDefaults: clientDefaults_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /readEnv/{readEnv}`
 *
 * @example
 * const result = await readEnv_(client, "abc123");
 */
export function readEnv_(client: APIClient, readEnv2: string, options?: RequestOptions): APIPromise<ReadEnv> {
  return client.request<ReadEnv>(
    {
      operation: 'readEnv_',
      method: 'GET',
      path: '/readEnv/{readEnv}',
      pathParams: { readEnv: readEnv2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ClientCore/{ClientCore}`
 *
 * @example
 * const result = await clientCore(client, "abc123");
 */
export function clientCore(client: APIClient, clientCore_: string, options?: RequestOptions): APIPromise<ClientCore_> {
  return client.request<ClientCore_>(
    {
      operation: 'clientCore',
      method: 'GET',
      path: '/ClientCore/{ClientCore}',
      pathParams: { ClientCore: clientCore_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /SDKError/{SDKError}`
 *
 * @example
 * const result = await sDKError(client, "abc123");
 */
export function sDKError(client: APIClient, sDKError_: string, options?: RequestOptions): APIPromise<SDKError_> {
  return client.request<SDKError_>(
    {
      operation: 'sDKError',
      method: 'GET',
      path: '/SDKError/{SDKError}',
      pathParams: { SDKError: sDKError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /APIError/{APIError}`
 *
 * @example
 * const result = await aPIError(client, "abc123");
 */
export function aPIError(client: APIClient, aPIError_: string, options?: RequestOptions): APIPromise<APIError_> {
  return client.request<APIError_>(
    {
      operation: 'aPIError',
      method: 'GET',
      path: '/APIError/{APIError}',
      pathParams: { APIError: aPIError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /BadRequestError/{BadRequestError}`
 *
 * @example
 * const result = await badRequestError(client, "abc123");
 */
export function badRequestError(
  client: APIClient,
  badRequestError_: string,
  options?: RequestOptions,
): APIPromise<BadRequestError_> {
  return client.request<BadRequestError_>(
    {
      operation: 'badRequestError',
      method: 'GET',
      path: '/BadRequestError/{BadRequestError}',
      pathParams: { BadRequestError: badRequestError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /AuthenticationError/{AuthenticationError}`
 *
 * @example
 * const result = await authenticationError(client, "abc123");
 */
export function authenticationError(
  client: APIClient,
  authenticationError_: string,
  options?: RequestOptions,
): APIPromise<AuthenticationError_> {
  return client.request<AuthenticationError_>(
    {
      operation: 'authenticationError',
      method: 'GET',
      path: '/AuthenticationError/{AuthenticationError}',
      pathParams: { AuthenticationError: authenticationError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /PermissionDeniedError/{PermissionDeniedError}`
 *
 * @example
 * const result = await permissionDeniedError(client, "abc123");
 */
export function permissionDeniedError(
  client: APIClient,
  permissionDeniedError_: string,
  options?: RequestOptions,
): APIPromise<PermissionDeniedError_> {
  return client.request<PermissionDeniedError_>(
    {
      operation: 'permissionDeniedError',
      method: 'GET',
      path: '/PermissionDeniedError/{PermissionDeniedError}',
      pathParams: { PermissionDeniedError: permissionDeniedError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /NotFoundError/{NotFoundError}`
 *
 * @example
 * const result = await notFoundError(client, "abc123");
 */
export function notFoundError(
  client: APIClient,
  notFoundError_: string,
  options?: RequestOptions,
): APIPromise<NotFoundError_> {
  return client.request<NotFoundError_>(
    {
      operation: 'notFoundError',
      method: 'GET',
      path: '/NotFoundError/{NotFoundError}',
      pathParams: { NotFoundError: notFoundError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ConflictError/{ConflictError}`
 *
 * @example
 * const result = await conflictError(client, "abc123");
 */
export function conflictError(
  client: APIClient,
  conflictError_: string,
  options?: RequestOptions,
): APIPromise<ConflictError_> {
  return client.request<ConflictError_>(
    {
      operation: 'conflictError',
      method: 'GET',
      path: '/ConflictError/{ConflictError}',
      pathParams: { ConflictError: conflictError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /UnprocessableEntityError/{UnprocessableEntityError}`
 *
 * @example
 * const result = await unprocessableEntityError(client, "abc123");
 */
export function unprocessableEntityError(
  client: APIClient,
  unprocessableEntityError_: string,
  options?: RequestOptions,
): APIPromise<UnprocessableEntityError_> {
  return client.request<UnprocessableEntityError_>(
    {
      operation: 'unprocessableEntityError',
      method: 'GET',
      path: '/UnprocessableEntityError/{UnprocessableEntityError}',
      pathParams: { UnprocessableEntityError: unprocessableEntityError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /RateLimitError/{RateLimitError}`
 *
 * @example
 * const result = await rateLimitError(client, "abc123");
 */
export function rateLimitError(
  client: APIClient,
  rateLimitError_: string,
  options?: RequestOptions,
): APIPromise<RateLimitError_> {
  return client.request<RateLimitError_>(
    {
      operation: 'rateLimitError',
      method: 'GET',
      path: '/RateLimitError/{RateLimitError}',
      pathParams: { RateLimitError: rateLimitError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /InternalServerError/{InternalServerError}`
 *
 * @example
 * const result = await internalServerError(client, "abc123");
 */
export function internalServerError(
  client: APIClient,
  internalServerError_: string,
  options?: RequestOptions,
): APIPromise<InternalServerError_> {
  return client.request<InternalServerError_>(
    {
      operation: 'internalServerError',
      method: 'GET',
      path: '/InternalServerError/{InternalServerError}',
      pathParams: { InternalServerError: internalServerError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /isAPIError/{isAPIError}`
 *
 * @example
 * const result = await isAPIError_(client, "abc123");
 */
export function isAPIError_(client: APIClient, isAPIError2: string, options?: RequestOptions): APIPromise<IsAPIError> {
  return client.request<IsAPIError>(
    {
      operation: 'isAPIError_',
      method: 'GET',
      path: '/isAPIError/{isAPIError}',
      pathParams: { isAPIError: isAPIError2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /APIConnectionError/{APIConnectionError}`
 *
 * @example
 * const result = await aPIConnectionError(client, "abc123");
 */
export function aPIConnectionError(
  client: APIClient,
  aPIConnectionError_: string,
  options?: RequestOptions,
): APIPromise<APIConnectionError_> {
  return client.request<APIConnectionError_>(
    {
      operation: 'aPIConnectionError',
      method: 'GET',
      path: '/APIConnectionError/{APIConnectionError}',
      pathParams: { APIConnectionError: aPIConnectionError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /APIConnectionTimeoutError/{APIConnectionTimeoutError}`
 *
 * @example
 * const result = await aPIConnectionTimeoutError(client, "abc123");
 */
export function aPIConnectionTimeoutError(
  client: APIClient,
  aPIConnectionTimeoutError_: string,
  options?: RequestOptions,
): APIPromise<APIConnectionTimeoutError_> {
  return client.request<APIConnectionTimeoutError_>(
    {
      operation: 'aPIConnectionTimeoutError',
      method: 'GET',
      path: '/APIConnectionTimeoutError/{APIConnectionTimeoutError}',
      pathParams: { APIConnectionTimeoutError: aPIConnectionTimeoutError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /StreamIdleTimeoutError/{StreamIdleTimeoutError}`
 *
 * @example
 * const result = await streamIdleTimeoutError(client, "abc123");
 */
export function streamIdleTimeoutError(
  client: APIClient,
  streamIdleTimeoutError_: string,
  options?: RequestOptions,
): APIPromise<StreamIdleTimeoutError_> {
  return client.request<StreamIdleTimeoutError_>(
    {
      operation: 'streamIdleTimeoutError',
      method: 'GET',
      path: '/StreamIdleTimeoutError/{StreamIdleTimeoutError}',
      pathParams: { StreamIdleTimeoutError: streamIdleTimeoutError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /APIUserAbortError/{APIUserAbortError}`
 *
 * @example
 * const result = await aPIUserAbortError(client, "abc123");
 */
export function aPIUserAbortError(
  client: APIClient,
  aPIUserAbortError_: string,
  options?: RequestOptions,
): APIPromise<APIUserAbortError_> {
  return client.request<APIUserAbortError_>(
    {
      operation: 'aPIUserAbortError',
      method: 'GET',
      path: '/APIUserAbortError/{APIUserAbortError}',
      pathParams: { APIUserAbortError: aPIUserAbortError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /APIStreamError/{APIStreamError}`
 *
 * @example
 * const result = await aPIStreamError(client, "abc123");
 */
export function aPIStreamError(
  client: APIClient,
  aPIStreamError_: string,
  options?: RequestOptions,
): APIPromise<APIStreamError_> {
  return client.request<APIStreamError_>(
    {
      operation: 'aPIStreamError',
      method: 'GET',
      path: '/APIStreamError/{APIStreamError}',
      pathParams: { APIStreamError: aPIStreamError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /describeCause/{describeCause}`
 *
 * @example
 * const result = await describeCause_(client, "abc123");
 */
export function describeCause_(
  client: APIClient,
  describeCause2: string,
  options?: RequestOptions,
): APIPromise<DescribeCause> {
  return client.request<DescribeCause>(
    {
      operation: 'describeCause_',
      method: 'GET',
      path: '/describeCause/{describeCause}',
      pathParams: { describeCause: describeCause2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ParameterStyle/{ParameterStyle}`
 *
 * @example
 * const result = await parameterStyle(client, "abc123");
 */
export function parameterStyle(
  client: APIClient,
  parameterStyle_: string,
  options?: RequestOptions,
): APIPromise<ParameterStyle_> {
  return client.request<ParameterStyle_>(
    {
      operation: 'parameterStyle',
      method: 'GET',
      path: '/ParameterStyle/{ParameterStyle}',
      pathParams: { ParameterStyle: parameterStyle_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /OperationRequest/{OperationRequest}`
 *
 * @example
 * const result = await operationRequest(client, "abc123");
 */
export function operationRequest(
  client: APIClient,
  operationRequest_: string,
  options?: RequestOptions,
): APIPromise<OperationRequest_> {
  return client.request<OperationRequest_>(
    {
      operation: 'operationRequest',
      method: 'GET',
      path: '/OperationRequest/{OperationRequest}',
      pathParams: { OperationRequest: operationRequest_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /RequestOptions/{RequestOptions}`
 *
 * @example
 * const result = await requestOptions(client, "abc123");
 */
export function requestOptions(
  client: APIClient,
  requestOptions_: string,
  options?: RequestOptions,
): APIPromise<RequestOptions_> {
  return client.request<RequestOptions_>(
    {
      operation: 'requestOptions',
      method: 'GET',
      path: '/RequestOptions/{RequestOptions}',
      pathParams: { RequestOptions: requestOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /APIClient/{APIClient}`
 *
 * @example
 * const result = await aPIClient(client, "abc123");
 */
export function aPIClient(client: APIClient, aPIClient_: string, options?: RequestOptions): APIPromise<APIClient_> {
  return client.request<APIClient_>(
    {
      operation: 'aPIClient',
      method: 'GET',
      path: '/APIClient/{APIClient}',
      pathParams: { APIClient: aPIClient_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /buildPath/{buildPath}`
 *
 * @example
 * const result = await buildPath_(client, "abc123");
 */
export function buildPath_(client: APIClient, buildPath2: string, options?: RequestOptions): APIPromise<BuildPath> {
  return client.request<BuildPath>(
    {
      operation: 'buildPath_',
      method: 'GET',
      path: '/buildPath/{buildPath}',
      pathParams: { buildPath: buildPath2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /buildQuery/{buildQuery}`
 *
 * @example
 * const result = await buildQuery_(client, "abc123");
 */
export function buildQuery_(client: APIClient, buildQuery2: string, options?: RequestOptions): APIPromise<BuildQuery> {
  return client.request<BuildQuery>(
    {
      operation: 'buildQuery_',
      method: 'GET',
      path: '/buildQuery/{buildQuery}',
      pathParams: { buildQuery: buildQuery2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /headerValue/{headerValue}`
 *
 * @example
 * const result = await headerValue_(client, "abc123");
 */
export function headerValue_(
  client: APIClient,
  headerValue2: string,
  options?: RequestOptions,
): APIPromise<HeaderValue> {
  return client.request<HeaderValue>(
    {
      operation: 'headerValue_',
      method: 'GET',
      path: '/headerValue/{headerValue}',
      pathParams: { headerValue: headerValue2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /cookieHeader/{cookieHeader}`
 *
 * @example
 * const result = await cookieHeader_(client, "abc123");
 */
export function cookieHeader_(
  client: APIClient,
  cookieHeader2: string,
  options?: RequestOptions,
): APIPromise<CookieHeader> {
  return client.request<CookieHeader>(
    {
      operation: 'cookieHeader_',
      method: 'GET',
      path: '/cookieHeader/{cookieHeader}',
      pathParams: { cookieHeader: cookieHeader2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /withExtraBody/{withExtraBody}`
 *
 * @example
 * const result = await withExtraBody_(client, "abc123");
 */
export function withExtraBody_(
  client: APIClient,
  withExtraBody2: string,
  options?: RequestOptions,
): APIPromise<WithExtraBody> {
  return client.request<WithExtraBody>(
    {
      operation: 'withExtraBody_',
      method: 'GET',
      path: '/withExtraBody/{withExtraBody}',
      pathParams: { withExtraBody: withExtraBody2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /encodeBody/{encodeBody}`
 *
 * @example
 * const result = await encodeBody_(client, "abc123");
 */
export function encodeBody_(client: APIClient, encodeBody2: string, options?: RequestOptions): APIPromise<EncodeBody> {
  return client.request<EncodeBody>(
    {
      operation: 'encodeBody_',
      method: 'GET',
      path: '/encodeBody/{encodeBody}',
      pathParams: { encodeBody: encodeBody2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /readResponse/{readResponse}`
 *
 * @example
 * const result = await readResponse_(client, "abc123");
 */
export function readResponse_(
  client: APIClient,
  readResponse2: string,
  options?: RequestOptions,
): APIPromise<ReadResponse> {
  return client.request<ReadResponse>(
    {
      operation: 'readResponse_',
      method: 'GET',
      path: '/readResponse/{readResponse}',
      pathParams: { readResponse: readResponse2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /readErrorBody/{readErrorBody}`
 *
 * @example
 * const result = await readErrorBody_(client, "abc123");
 */
export function readErrorBody_(
  client: APIClient,
  readErrorBody2: string,
  options?: RequestOptions,
): APIPromise<ReadErrorBody> {
  return client.request<ReadErrorBody>(
    {
      operation: 'readErrorBody_',
      method: 'GET',
      path: '/readErrorBody/{readErrorBody}',
      pathParams: { readErrorBody: readErrorBody2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /parseJson/{parseJson}`
 *
 * @example
 * const result = await parseJson_(client, "abc123");
 */
export function parseJson_(client: APIClient, parseJson2: string, options?: RequestOptions): APIPromise<ParseJson> {
  return client.request<ParseJson>(
    {
      operation: 'parseJson_',
      method: 'GET',
      path: '/parseJson/{parseJson}',
      pathParams: { parseJson: parseJson2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /watchIdle/{watchIdle}`
 *
 * @example
 * const result = await watchIdle_(client, "abc123");
 */
export function watchIdle_(client: APIClient, watchIdle2: string, options?: RequestOptions): APIPromise<WatchIdle> {
  return client.request<WatchIdle>(
    {
      operation: 'watchIdle_',
      method: 'GET',
      path: '/watchIdle/{watchIdle}',
      pathParams: { watchIdle: watchIdle2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /withBody/{withBody}`
 *
 * @example
 * const result = await withBody_(client, "abc123");
 */
export function withBody_(client: APIClient, withBody2: string, options?: RequestOptions): APIPromise<WithBody> {
  return client.request<WithBody>(
    {
      operation: 'withBody_',
      method: 'GET',
      path: '/withBody/{withBody}',
      pathParams: { withBody: withBody2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /PaginationSpec/{PaginationSpec}`
 *
 * @example
 * const result = await paginationSpec(client, "abc123");
 */
export function paginationSpec(
  client: APIClient,
  paginationSpec_: string,
  options?: RequestOptions,
): APIPromise<PaginationSpec_> {
  return client.request<PaginationSpec_>(
    {
      operation: 'paginationSpec',
      method: 'GET',
      path: '/PaginationSpec/{PaginationSpec}',
      pathParams: { PaginationSpec: paginationSpec_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /PageOptions/{PageOptions}`
 *
 * @example
 * const result = await pageOptions(client, "abc123");
 */
export function pageOptions(
  client: APIClient,
  pageOptions_: string,
  options?: RequestOptions,
): APIPromise<PageOptions_> {
  return client.request<PageOptions_>(
    {
      operation: 'pageOptions',
      method: 'GET',
      path: '/PageOptions/{PageOptions}',
      pathParams: { PageOptions: pageOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /nextLink/{nextLink}`
 *
 * @example
 * const result = await nextLink_(client, "abc123");
 */
export function nextLink_(client: APIClient, nextLink2: string, options?: RequestOptions): APIPromise<NextLink> {
  return client.request<NextLink>(
    {
      operation: 'nextLink_',
      method: 'GET',
      path: '/nextLink/{nextLink}',
      pathParams: { nextLink: nextLink2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /nextPageQuery/{nextPageQuery}`
 *
 * @example
 * const result = await nextPageQuery_(client, "abc123");
 */
export function nextPageQuery_(
  client: APIClient,
  nextPageQuery2: string,
  options?: RequestOptions,
): APIPromise<NextPageQuery> {
  return client.request<NextPageQuery>(
    {
      operation: 'nextPageQuery_',
      method: 'GET',
      path: '/nextPageQuery/{nextPageQuery}',
      pathParams: { nextPageQuery: nextPageQuery2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Page/{Page}`
 *
 * @example
 * const result = await page(client, "abc123");
 */
export function page(client: APIClient, page_: string, options?: RequestOptions): APIPromise<Page_> {
  return client.request<Page_>(
    {
      operation: 'page',
      method: 'GET',
      path: '/Page/{Page}',
      pathParams: { Page: page_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /PagePromise/{PagePromise}`
 *
 * @example
 * const result = await pagePromise(client, "abc123");
 */
export function pagePromise(
  client: APIClient,
  pagePromise_: string,
  options?: RequestOptions,
): APIPromise<PagePromise_> {
  return client.request<PagePromise_>(
    {
      operation: 'pagePromise',
      method: 'GET',
      path: '/PagePromise/{PagePromise}',
      pathParams: { PagePromise: pagePromise_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /requestPage/{requestPage}`
 *
 * @example
 * const result = await requestPage_(client, "abc123");
 */
export function requestPage_(
  client: APIClient,
  requestPage2: string,
  options?: RequestOptions,
): APIPromise<RequestPage> {
  return client.request<RequestPage>(
    {
      operation: 'requestPage_',
      method: 'GET',
      path: '/requestPage/{requestPage}',
      pathParams: { requestPage: requestPage2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /TaskStatusSpec/{TaskStatusSpec}`
 *
 * @example
 * const result = await taskStatusSpec(client, "abc123");
 */
export function taskStatusSpec(
  client: APIClient,
  taskStatusSpec_: string,
  options?: RequestOptions,
): APIPromise<TaskStatusSpec_> {
  return client.request<TaskStatusSpec_>(
    {
      operation: 'taskStatusSpec',
      method: 'GET',
      path: '/TaskStatusSpec/{TaskStatusSpec}',
      pathParams: { TaskStatusSpec: taskStatusSpec_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /WaitOptions/{WaitOptions}`
 *
 * @example
 * const result = await waitOptions(client, "abc123");
 */
export function waitOptions(
  client: APIClient,
  waitOptions_: string,
  options?: RequestOptions,
): APIPromise<WaitOptions_> {
  return client.request<WaitOptions_>(
    {
      operation: 'waitOptions',
      method: 'GET',
      path: '/WaitOptions/{WaitOptions}',
      pathParams: { WaitOptions: waitOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /TaskFailedError/{TaskFailedError}`
 *
 * @example
 * const result = await taskFailedError(client, "abc123");
 */
export function taskFailedError(
  client: APIClient,
  taskFailedError_: string,
  options?: RequestOptions,
): APIPromise<TaskFailedError_> {
  return client.request<TaskFailedError_>(
    {
      operation: 'taskFailedError',
      method: 'GET',
      path: '/TaskFailedError/{TaskFailedError}',
      pathParams: { TaskFailedError: taskFailedError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /TaskTimeoutError/{TaskTimeoutError}`
 *
 * @example
 * const result = await taskTimeoutError(client, "abc123");
 */
export function taskTimeoutError(
  client: APIClient,
  taskTimeoutError_: string,
  options?: RequestOptions,
): APIPromise<TaskTimeoutError_> {
  return client.request<TaskTimeoutError_>(
    {
      operation: 'taskTimeoutError',
      method: 'GET',
      path: '/TaskTimeoutError/{TaskTimeoutError}',
      pathParams: { TaskTimeoutError: taskTimeoutError_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /readPath/{readPath}`
 *
 * @example
 * const result = await readPath_(client, "abc123");
 */
export function readPath_(client: APIClient, readPath2: string, options?: RequestOptions): APIPromise<ReadPath> {
  return client.request<ReadPath>(
    {
      operation: 'readPath_',
      method: 'GET',
      path: '/readPath/{readPath}',
      pathParams: { readPath: readPath2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /pollTask/{pollTask}`
 *
 * @example
 * const result = await pollTask_(client, "abc123");
 */
export function pollTask_(client: APIClient, pollTask2: string, options?: RequestOptions): APIPromise<PollTask> {
  return client.request<PollTask>(
    {
      operation: 'pollTask_',
      method: 'GET',
      path: '/pollTask/{pollTask}',
      pathParams: { pollTask: pollTask2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /taskIdOf/{taskIdOf}`
 *
 * @example
 * const result = await taskIdOf_(client, "abc123");
 */
export function taskIdOf_(client: APIClient, taskIdOf2: string, options?: RequestOptions): APIPromise<TaskIdOf> {
  return client.request<TaskIdOf>(
    {
      operation: 'taskIdOf_',
      method: 'GET',
      path: '/taskIdOf/{taskIdOf}',
      pathParams: { taskIdOf: taskIdOf2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /retryAfter/{retryAfter}`
 *
 * @example
 * const result = await retryAfter_(client, "abc123");
 */
export function retryAfter_(client: APIClient, retryAfter2: string, options?: RequestOptions): APIPromise<RetryAfter> {
  return client.request<RetryAfter>(
    {
      operation: 'retryAfter_',
      method: 'GET',
      path: '/retryAfter/{retryAfter}',
      pathParams: { retryAfter: retryAfter2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /RateLimitWindow/{RateLimitWindow}`
 *
 * @example
 * const result = await rateLimitWindow(client, "abc123");
 */
export function rateLimitWindow(
  client: APIClient,
  rateLimitWindow_: string,
  options?: RequestOptions,
): APIPromise<RateLimitWindow_> {
  return client.request<RateLimitWindow_>(
    {
      operation: 'rateLimitWindow',
      method: 'GET',
      path: '/RateLimitWindow/{RateLimitWindow}',
      pathParams: { RateLimitWindow: rateLimitWindow_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /RateLimit/{RateLimit}`
 *
 * @example
 * const result = await rateLimit(client, "abc123");
 */
export function rateLimit(client: APIClient, rateLimit_: string, options?: RequestOptions): APIPromise<RateLimit_> {
  return client.request<RateLimit_>(
    {
      operation: 'rateLimit',
      method: 'GET',
      path: '/RateLimit/{RateLimit}',
      pathParams: { RateLimit: rateLimit_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /resetDelay/{resetDelay}`
 *
 * @example
 * const result = await resetDelay_(client, "abc123");
 */
export function resetDelay_(client: APIClient, resetDelay2: string, options?: RequestOptions): APIPromise<ResetDelay> {
  return client.request<ResetDelay>(
    {
      operation: 'resetDelay_',
      method: 'GET',
      path: '/resetDelay/{resetDelay}',
      pathParams: { resetDelay: resetDelay2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /parseRateLimit/{parseRateLimit}`
 *
 * @example
 * const result = await parseRateLimit_(client, "abc123");
 */
export function parseRateLimit_(
  client: APIClient,
  parseRateLimit2: string,
  options?: RequestOptions,
): APIPromise<ParseRateLimit> {
  return client.request<ParseRateLimit>(
    {
      operation: 'parseRateLimit_',
      method: 'GET',
      path: '/parseRateLimit/{parseRateLimit}',
      pathParams: { parseRateLimit: parseRateLimit2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Redactor/{Redactor}`
 *
 * @example
 * const result = await redactor(client, "abc123");
 */
export function redactor(client: APIClient, redactor_: string, options?: RequestOptions): APIPromise<Redactor_> {
  return client.request<Redactor_>(
    {
      operation: 'redactor',
      method: 'GET',
      path: '/Redactor/{Redactor}',
      pathParams: { Redactor: redactor_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /RetrySettings/{RetrySettings}`
 *
 * @example
 * const result = await retrySettings(client, "abc123");
 */
export function retrySettings(
  client: APIClient,
  retrySettings_: string,
  options?: RequestOptions,
): APIPromise<RetrySettings_> {
  return client.request<RetrySettings_>(
    {
      operation: 'retrySettings',
      method: 'GET',
      path: '/RetrySettings/{RetrySettings}',
      pathParams: { RetrySettings: retrySettings_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /MAX_RETRY_AFTER_MS/{MAX_RETRY_AFTER_MS}`
 *
 * @example
 * const result = await mAXRETRYAFTERMS(client, "abc123");
 */
export function mAXRETRYAFTERMS(
  client: APIClient,
  mAXRETRYAFTERMS_: string,
  options?: RequestOptions,
): APIPromise<MAXRETRYAFTERMS> {
  return client.request<MAXRETRYAFTERMS>(
    {
      operation: 'mAXRETRYAFTERMS',
      method: 'GET',
      path: '/MAX_RETRY_AFTER_MS/{MAX_RETRY_AFTER_MS}',
      pathParams: { MAX_RETRY_AFTER_MS: mAXRETRYAFTERMS_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /isIdempotent/{isIdempotent}`
 *
 * @example
 * const result = await isIdempotent_(client, "abc123");
 */
export function isIdempotent_(
  client: APIClient,
  isIdempotent2: string,
  options?: RequestOptions,
): APIPromise<IsIdempotent> {
  return client.request<IsIdempotent>(
    {
      operation: 'isIdempotent_',
      method: 'GET',
      path: '/isIdempotent/{isIdempotent}',
      pathParams: { isIdempotent: isIdempotent2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /shouldRetry/{shouldRetry}`
 *
 * @example
 * const result = await shouldRetry_(client, "abc123");
 */
export function shouldRetry_(
  client: APIClient,
  shouldRetry2: string,
  options?: RequestOptions,
): APIPromise<ShouldRetry> {
  return client.request<ShouldRetry>(
    {
      operation: 'shouldRetry_',
      method: 'GET',
      path: '/shouldRetry/{shouldRetry}',
      pathParams: { shouldRetry: shouldRetry2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /isConnectionRefused/{isConnectionRefused}`
 *
 * @example
 * const result = await isConnectionRefused_(client, "abc123");
 */
export function isConnectionRefused_(
  client: APIClient,
  isConnectionRefused2: string,
  options?: RequestOptions,
): APIPromise<IsConnectionRefused> {
  return client.request<IsConnectionRefused>(
    {
      operation: 'isConnectionRefused_',
      method: 'GET',
      path: '/isConnectionRefused/{isConnectionRefused}',
      pathParams: { isConnectionRefused: isConnectionRefused2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /retryDelay/{retryDelay}`
 *
 * @example
 * const result = await retryDelay_(client, "abc123");
 */
export function retryDelay_(client: APIClient, retryDelay2: string, options?: RequestOptions): APIPromise<RetryDelay> {
  return client.request<RetryDelay>(
    {
      operation: 'retryDelay_',
      method: 'GET',
      path: '/retryDelay/{retryDelay}',
      pathParams: { retryDelay: retryDelay2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /sleep/{sleep}`
 *
 * @example
 * const result = await sleep_(client, "abc123");
 */
export function sleep_(client: APIClient, sleep2: string, options?: RequestOptions): APIPromise<Sleep> {
  return client.request<Sleep>(
    {
      operation: 'sleep_',
      method: 'GET',
      path: '/sleep/{sleep}',
      pathParams: { sleep: sleep2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ServerSentEvent/{ServerSentEvent}`
 *
 * @example
 * const result = await serverSentEvent(client, "abc123");
 */
export function serverSentEvent(
  client: APIClient,
  serverSentEvent_: string,
  options?: RequestOptions,
): APIPromise<ServerSentEvent_> {
  return client.request<ServerSentEvent_>(
    {
      operation: 'serverSentEvent',
      method: 'GET',
      path: '/ServerSentEvent/{ServerSentEvent}',
      pathParams: { ServerSentEvent: serverSentEvent_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /RawEvent/{RawEvent}`
 *
 * @example
 * const result = await rawEvent(client, "abc123");
 */
export function rawEvent(client: APIClient, rawEvent_: string, options?: RequestOptions): APIPromise<RawEvent_> {
  return client.request<RawEvent_>(
    {
      operation: 'rawEvent',
      method: 'GET',
      path: '/RawEvent/{RawEvent}',
      pathParams: { RawEvent: rawEvent_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /SSEParser/{SSEParser}`
 *
 * @example
 * const result = await sSEParser(client, "abc123");
 */
export function sSEParser(client: APIClient, sSEParser_: string, options?: RequestOptions): APIPromise<SSEParser_> {
  return client.request<SSEParser_>(
    {
      operation: 'sSEParser',
      method: 'GET',
      path: '/SSEParser/{SSEParser}',
      pathParams: { SSEParser: sSEParser_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /JSONLinesParser/{JSONLinesParser}`
 *
 * @example
 * const result = await jSONLinesParser(client, "abc123");
 */
export function jSONLinesParser(
  client: APIClient,
  jSONLinesParser_: string,
  options?: RequestOptions,
): APIPromise<JSONLinesParser_> {
  return client.request<JSONLinesParser_>(
    {
      operation: 'jSONLinesParser',
      method: 'GET',
      path: '/JSONLinesParser/{JSONLinesParser}',
      pathParams: { JSONLinesParser: jSONLinesParser_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /StreamFormat/{StreamFormat}`
 *
 * @example
 * const result = await streamFormat(client, "abc123");
 */
export function streamFormat(
  client: APIClient,
  streamFormat_: string,
  options?: RequestOptions,
): APIPromise<StreamFormat_> {
  return client.request<StreamFormat_>(
    {
      operation: 'streamFormat',
      method: 'GET',
      path: '/StreamFormat/{StreamFormat}',
      pathParams: { StreamFormat: streamFormat_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /StreamSource/{StreamSource}`
 *
 * @example
 * const result = await streamSource(client, "abc123");
 */
export function streamSource(
  client: APIClient,
  streamSource_: string,
  options?: RequestOptions,
): APIPromise<StreamSource_> {
  return client.request<StreamSource_>(
    {
      operation: 'streamSource',
      method: 'GET',
      path: '/StreamSource/{StreamSource}',
      pathParams: { StreamSource: streamSource_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Stream/{Stream}`
 *
 * @example
 * const result = await stream(client, "abc123");
 */
export function stream(client: APIClient, stream_: string, options?: RequestOptions): APIPromise<Stream_> {
  return client.request<Stream_>(
    {
      operation: 'stream',
      method: 'GET',
      path: '/Stream/{Stream}',
      pathParams: { Stream: stream_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Expiring/{Expiring}`
 *
 * @example
 * const result = await expiring(client, "abc123");
 */
export function expiring(client: APIClient, expiring_: string, options?: RequestOptions): APIPromise<Expiring_> {
  return client.request<Expiring_>(
    {
      operation: 'expiring',
      method: 'GET',
      path: '/Expiring/{Expiring}',
      pathParams: { Expiring: expiring_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Deadlines/{Deadlines}`
 *
 * @example
 * const result = await deadlines(client, "abc123");
 */
export function deadlines(client: APIClient, deadlines_: string, options?: RequestOptions): APIPromise<Deadlines_> {
  return client.request<Deadlines_>(
    {
      operation: 'deadlines',
      method: 'GET',
      path: '/Deadlines/{Deadlines}',
      pathParams: { Deadlines: deadlines_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /AttemptSignal/{AttemptSignal}`
 *
 * @example
 * const result = await attemptSignal(client, "abc123");
 */
export function attemptSignal(
  client: APIClient,
  attemptSignal_: string,
  options?: RequestOptions,
): APIPromise<AttemptSignal_> {
  return client.request<AttemptSignal_>(
    {
      operation: 'attemptSignal',
      method: 'GET',
      path: '/AttemptSignal/{AttemptSignal}',
      pathParams: { AttemptSignal: attemptSignal_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /HeaderMap/{HeaderMap}`
 *
 * @example
 * const result = await headerMap(client, "abc123");
 */
export function headerMap(client: APIClient, headerMap_: string, options?: RequestOptions): APIPromise<HeaderMap_> {
  return client.request<HeaderMap_>(
    {
      operation: 'headerMap',
      method: 'GET',
      path: '/HeaderMap/{HeaderMap}',
      pathParams: { HeaderMap: headerMap_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /SecurityScheme/{SecurityScheme}`
 *
 * @example
 * const result = await securityScheme(client, "abc123");
 */
export function securityScheme(
  client: APIClient,
  securityScheme_: string,
  options?: RequestOptions,
): APIPromise<SecurityScheme_> {
  return client.request<SecurityScheme_>(
    {
      operation: 'securityScheme',
      method: 'GET',
      path: '/SecurityScheme/{SecurityScheme}',
      pathParams: { SecurityScheme: securityScheme_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /TransportSettings/{TransportSettings}`
 *
 * @example
 * const result = await transportSettings(client, "abc123");
 */
export function transportSettings(
  client: APIClient,
  transportSettings_: string,
  options?: RequestOptions,
): APIPromise<TransportSettings_> {
  return client.request<TransportSettings_>(
    {
      operation: 'transportSettings',
      method: 'GET',
      path: '/TransportSettings/{TransportSettings}',
      pathParams: { TransportSettings: transportSettings_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /headerName/{headerName}`
 *
 * @example
 * const result = await headerName_(client, "abc123");
 */
export function headerName_(client: APIClient, headerName2: string, options?: RequestOptions): APIPromise<HeaderName> {
  return client.request<HeaderName>(
    {
      operation: 'headerName_',
      method: 'GET',
      path: '/headerName/{headerName}',
      pathParams: { headerName: headerName2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /numberOption/{numberOption}`
 *
 * @example
 * const result = await numberOption_(client, "abc123");
 */
export function numberOption_(
  client: APIClient,
  numberOption2: string,
  options?: RequestOptions,
): APIPromise<NumberOption> {
  return client.request<NumberOption>(
    {
      operation: 'numberOption_',
      method: 'GET',
      path: '/numberOption/{numberOption}',
      pathParams: { numberOption: numberOption2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Transport/{Transport}`
 *
 * @example
 * const result = await transport(client, "abc123");
 */
export function transport(client: APIClient, transport_: string, options?: RequestOptions): APIPromise<Transport_> {
  return client.request<Transport_>(
    {
      operation: 'transport',
      method: 'GET',
      path: '/Transport/{Transport}',
      pathParams: { Transport: transport_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /FileSource/{FileSource}`
 *
 * @example
 * const result = await fileSource(client, "abc123");
 */
export function fileSource(client: APIClient, fileSource_: string, options?: RequestOptions): APIPromise<FileSource_> {
  return client.request<FileSource_>(
    {
      operation: 'fileSource',
      method: 'GET',
      path: '/FileSource/{FileSource}',
      pathParams: { FileSource: fileSource_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /ToFileOptions/{ToFileOptions}`
 *
 * @example
 * const result = await toFileOptions(client, "abc123");
 */
export function toFileOptions(
  client: APIClient,
  toFileOptions_: string,
  options?: RequestOptions,
): APIPromise<ToFileOptions_> {
  return client.request<ToFileOptions_>(
    {
      operation: 'toFileOptions',
      method: 'GET',
      path: '/ToFileOptions/{ToFileOptions}',
      pathParams: { ToFileOptions: toFileOptions_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /typeOfName/{typeOfName}`
 *
 * @example
 * const result = await typeOfName_(client, "abc123");
 */
export function typeOfName_(client: APIClient, typeOfName2: string, options?: RequestOptions): APIPromise<TypeOfName> {
  return client.request<TypeOfName>(
    {
      operation: 'typeOfName_',
      method: 'GET',
      path: '/typeOfName/{typeOfName}',
      pathParams: { typeOfName: typeOfName2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /toFile/{toFile}`
 *
 * @example
 * const result = await toFile_(client, "abc123");
 */
export function toFile_(client: APIClient, toFile2: string, options?: RequestOptions): APIPromise<ToFile> {
  return client.request<ToFile>(
    {
      operation: 'toFile_',
      method: 'GET',
      path: '/toFile/{toFile}',
      pathParams: { toFile: toFile2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Operations/{Operations}`
 *
 * @example
 * const result = await operations_(client, "abc123");
 */
export function operations_(client: APIClient, operations3: string, options?: RequestOptions): APIPromise<Operations_> {
  return client.request<Operations_>(
    {
      operation: 'operations_',
      method: 'GET',
      path: '/Operations/{Operations}',
      pathParams: { Operations: operations3 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /OperationName/{OperationName}`
 *
 * @example
 * const result = await operationName(client, "abc123");
 */
export function operationName(
  client: APIClient,
  operationName_: string,
  options?: RequestOptions,
): APIPromise<OperationName_> {
  return client.request<OperationName_>(
    {
      operation: 'operationName',
      method: 'GET',
      path: '/OperationName/{OperationName}',
      pathParams: { OperationName: operationName_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /OperationInfo/{OperationInfo}`
 *
 * @example
 * const result = await operationInfo(client, "abc123");
 */
export function operationInfo(
  client: APIClient,
  operationInfo_: string,
  options?: RequestOptions,
): APIPromise<OperationInfo_> {
  return client.request<OperationInfo_>(
    {
      operation: 'operationInfo',
      method: 'GET',
      path: '/OperationInfo/{OperationInfo}',
      pathParams: { OperationInfo: operationInfo_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /JSONValue/{JSONValue}`
 *
 * @example
 * const result = await jSONValue(client, "abc123");
 */
export function jSONValue(client: APIClient, jSONValue_: string, options?: RequestOptions): APIPromise<JSONValue_> {
  return client.request<JSONValue_>(
    {
      operation: 'jSONValue',
      method: 'GET',
      path: '/JSONValue/{JSONValue}',
      pathParams: { JSONValue: jSONValue_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /Unlisted/{Unlisted}`
 *
 * @example
 * const result = await unlisted_(client, "abc123");
 */
export function unlisted_(client: APIClient, unlisted3: string, options?: RequestOptions): APIPromise<Unlisted_> {
  return client.request<Unlisted_>(
    {
      operation: 'unlisted_',
      method: 'GET',
      path: '/Unlisted/{Unlisted}',
      pathParams: { Unlisted: unlisted3 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /operations/{operations}`
 *
 * @example
 * const result = await operations2(client, "abc123");
 */
export function operations2(client: APIClient, operations3: string, options?: RequestOptions): APIPromise<Operations2> {
  return client.request<Operations2>(
    {
      operation: 'operations2',
      method: 'GET',
      path: '/operations/{operations}',
      pathParams: { operations: operations3 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /unlisted/{unlisted}`
 *
 * @example
 * const result = await unlisted2(client, "abc123");
 */
export function unlisted2(client: APIClient, unlisted3: string, options?: RequestOptions): APIPromise<Unlisted2> {
  return client.request<Unlisted2>(
    {
      operation: 'unlisted2',
      method: 'GET',
      path: '/unlisted/{unlisted}',
      pathParams: { unlisted: unlisted3 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /routeOf/{routeOf}`
 *
 * @example
 * const result = await routeOf_(client, "abc123");
 */
export function routeOf_(client: APIClient, routeOf2: string, options?: RequestOptions): APIPromise<RouteOf> {
  return client.request<RouteOf>(
    {
      operation: 'routeOf_',
      method: 'GET',
      path: '/routeOf/{routeOf}',
      pathParams: { routeOf: routeOf2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /named/{named}`
 *
 * @example
 * const result = await named_(client, "abc123");
 */
export function named_(client: APIClient, named2: string, options?: RequestOptions): APIPromise<Named> {
  return client.request<Named>(
    {
      operation: 'named_',
      method: 'GET',
      path: '/named/{named}',
      pathParams: { named: named2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
