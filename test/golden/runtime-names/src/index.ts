// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
export { API } from './client.js';
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
export * from './operations/things.js';
export * from './operations/jobs.js';
export * from './endpoints.js';
export * from './tasks.js';
export { TaskFailedError, TaskTimeoutError, type WaitOptions } from './core/polling.js';
export { DEFAULTMAXRESPONSEBYTES2 } from './resources/defaultmaxresponsebytes.js';
export { ReadText2 } from './resources/readtext.js';
export { ClientCredential2 } from './resources/clientcredential.js';
export { Uploadable2 } from './resources/uploadable.js';
export { ReadUploads2 } from './resources/readuploads.js';
export { ReadBlob2 } from './resources/readblob.js';
export { ResponseTooLargeError2 } from './resources/responsetoolargeerror.js';
export { RedirectError2 } from './resources/redirecterror.js';
export { UnexpectedContentTypeError2 } from './resources/unexpectedcontenttypeerror.js';
export { StreamDataError2 } from './resources/streamdataerror.js';
export { RedactUserinfo2 } from './resources/redactuserinfo.js';
export { HasUserinfo2 } from './resources/hasuserinfo.js';
export { MAXREDIRECTS2 } from './resources/maxredirects.js';
export { Credentials2 } from './resources/credentials.js';
export { RedirectContext2 } from './resources/redirectcontext.js';
export { FetchFollowing2 } from './resources/fetchfollowing.js';
export { NotJson2 } from './resources/notjson.js';
export { OnAbort2 } from './resources/onabort.js';
export { RequestIdOf2 } from './resources/requestidof.js';
export { Delivery2 } from './resources/delivery.js';
export { WithResponse2 } from './resources/withresponse.js';
export { WithRequestID2 } from './resources/withrequestid.js';
export { Send2 } from './resources/send.js';
export { APIPromise2 } from './resources/apipromise.js';
export { ClientOptions2 } from './resources/clientoptions.js';
export { BaseClient2 } from './resources/baseclient.js';
export { ClientSettings2 } from './resources/clientsettings.js';
export { ClientCoreOptions2 } from './resources/clientcoreoptions.js';
export { ClientDefaults2 } from './resources/clientdefaults.js';
export { ReadEnv2 } from './resources/readenv.js';
export { ClientCore2 } from './resources/clientcore.js';
export { SDKError2 } from './resources/sdkerror.js';
export { APIError2 } from './resources/apierror.js';
export { BadRequestError2 } from './resources/badrequesterror.js';
export { AuthenticationError2 } from './resources/authenticationerror.js';
export { PermissionDeniedError2 } from './resources/permissiondeniederror.js';
export { NotFoundError2 } from './resources/notfounderror.js';
export { ConflictError2 } from './resources/conflicterror.js';
export { UnprocessableEntityError2 } from './resources/unprocessableentityerror.js';
export { RateLimitError2 } from './resources/ratelimiterror.js';
export { InternalServerError2 } from './resources/internalservererror.js';
export { IsAPIError2 } from './resources/isapierror.js';
export { APIConnectionError2 } from './resources/apiconnectionerror.js';
export { APIConnectionTimeoutError2 } from './resources/apiconnectiontimeouterror.js';
export { StreamIdleTimeoutError2 } from './resources/streamidletimeouterror.js';
export { APIUserAbortError2 } from './resources/apiuseraborterror.js';
export { APIStreamError2 } from './resources/apistreamerror.js';
export { DescribeCause2 } from './resources/describecause.js';
export { ParameterStyle2 } from './resources/parameterstyle.js';
export { OperationRequest2 } from './resources/operationrequest.js';
export { RequestOptions2 } from './resources/requestoptions.js';
export { APIClient2 } from './resources/apiclient.js';
export { BuildPath2 } from './resources/buildpath.js';
export { BuildQuery2 } from './resources/buildquery.js';
export { HeaderValue2 } from './resources/headervalue.js';
export { CookieHeader2 } from './resources/cookieheader.js';
export { WithExtraBody2 } from './resources/withextrabody.js';
export { EncodeBody2 } from './resources/encodebody.js';
export { ReadResponse2 } from './resources/readresponse.js';
export { ReadErrorBody2 } from './resources/readerrorbody.js';
export { ParseJson2 } from './resources/parsejson.js';
export { WatchIdle2 } from './resources/watchidle.js';
export { WithBody2 } from './resources/withbody.js';
export { PaginationSpec2 } from './resources/paginationspec.js';
export { PageOptions2 } from './resources/pageoptions.js';
export { NextLink2 } from './resources/nextlink.js';
export { NextPageQuery2 } from './resources/nextpagequery.js';
export { Page2 } from './resources/page.js';
export { PagePromise2 } from './resources/pagepromise.js';
export { RequestPage2 } from './resources/requestpage.js';
export { TaskStatusSpec2 } from './resources/taskstatusspec.js';
export { WaitOptions2 } from './resources/waitoptions.js';
export { TaskFailedError2 } from './resources/taskfailederror.js';
export { TaskTimeoutError2 } from './resources/tasktimeouterror.js';
export { ReadPath2 } from './resources/readpath.js';
export { PollTask2 } from './resources/polltask.js';
export { TaskIdOf2 } from './resources/taskidof.js';
export { RetryAfter2 } from './resources/retryafter.js';
export { RateLimitWindow2 } from './resources/ratelimitwindow.js';
export { RateLimit2 } from './resources/ratelimit.js';
export { ResetDelay2 } from './resources/resetdelay.js';
export { ParseRateLimit2 } from './resources/parseratelimit.js';
export { Redactor2 } from './resources/redactor.js';
export { RetrySettings2 } from './resources/retrysettings.js';
export { MAXRETRYAFTERMS2 } from './resources/maxretryafterms.js';
export { IsIdempotent2 } from './resources/isidempotent.js';
export { ShouldRetry2 } from './resources/shouldretry.js';
export { IsConnectionRefused2 } from './resources/isconnectionrefused.js';
export { RetryDelay2 } from './resources/retrydelay.js';
export { Sleep2 } from './resources/sleep.js';
export { ServerSentEvent2 } from './resources/serversentevent.js';
export { RawEvent2 } from './resources/rawevent.js';
export { SSEParser2 } from './resources/sseparser.js';
export { JSONLinesParser2 } from './resources/jsonlinesparser.js';
export { StreamFormat2 } from './resources/streamformat.js';
export { StreamSource2 } from './resources/streamsource.js';
export { Stream2 } from './resources/stream.js';
export { Expiring2 } from './resources/expiring.js';
export { Deadlines2 } from './resources/deadlines.js';
export { AttemptSignal2 } from './resources/attemptsignal.js';
export { HeaderMap2 } from './resources/headermap.js';
export { SecurityScheme2 } from './resources/securityscheme.js';
export { TransportSettings2 } from './resources/transportsettings.js';
export { HeaderName2 } from './resources/headername.js';
export { NumberOption2 } from './resources/numberoption.js';
export { Transport2 } from './resources/transport.js';
export { FileSource2 } from './resources/filesource.js';
export { ToFileOptions2 } from './resources/tofileoptions.js';
export { TypeOfName2 } from './resources/typeofname.js';
export { ToFile2 } from './resources/tofile.js';
export { Operations3 } from './resources/operations.js';
export { OperationName2 } from './resources/operationname.js';
export { OperationInfo2 } from './resources/operationinfo.js';
export { JSONValue2 } from './resources/jsonvalue.js';
export { Unlisted3 } from './resources/unlisted.js';
export { RouteOf2 } from './resources/routeof.js';
export { Named2 } from './resources/named.js';
export { Jobs } from './resources/jobs.js';
export { Pages } from './resources/pages.js';
