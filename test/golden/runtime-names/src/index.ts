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
export { TaskFailedError, TaskTimeoutError, type WaitOptions } from './core/polling.js';
export { operations, type Operations, type OperationName, type OperationInfo } from './operation-index.js';
export type * from './models.js';
export * from './resources/defaultmaxresponsebytes.js';
export * from './resources/readtext.js';
export * from './resources/clientcredential.js';
export * from './resources/uploadable.js';
export * from './resources/readuploads.js';
export * from './resources/readblob.js';
export * from './resources/responsetoolargeerror.js';
export * from './resources/redirecterror.js';
export * from './resources/unexpectedcontenttypeerror.js';
export * from './resources/streamdataerror.js';
export * from './resources/redactuserinfo.js';
export * from './resources/hasuserinfo.js';
export * from './resources/maxredirects.js';
export * from './resources/credentials.js';
export * from './resources/redirectcontext.js';
export * from './resources/fetchfollowing.js';
export * from './resources/notjson.js';
export * from './resources/onabort.js';
export * from './resources/requestidof.js';
export * from './resources/delivery.js';
export * from './resources/withresponse.js';
export * from './resources/withrequestid.js';
export * from './resources/send.js';
export * from './resources/apipromise.js';
export * from './resources/clientoptions.js';
export * from './resources/baseclient.js';
export * from './resources/clientsettings.js';
export * from './resources/clientcoreoptions.js';
export * from './resources/clientdefaults.js';
export * from './resources/readenv.js';
export * from './resources/clientcore.js';
export * from './resources/sdkerror.js';
export * from './resources/apierror.js';
export * from './resources/badrequesterror.js';
export * from './resources/authenticationerror.js';
export * from './resources/permissiondeniederror.js';
export * from './resources/notfounderror.js';
export * from './resources/conflicterror.js';
export * from './resources/unprocessableentityerror.js';
export * from './resources/ratelimiterror.js';
export * from './resources/internalservererror.js';
export * from './resources/isapierror.js';
export * from './resources/apiconnectionerror.js';
export * from './resources/apiconnectiontimeouterror.js';
export * from './resources/streamidletimeouterror.js';
export * from './resources/apiuseraborterror.js';
export * from './resources/apistreamerror.js';
export * from './resources/describecause.js';
export * from './resources/parameterstyle.js';
export * from './resources/operationrequest.js';
export * from './resources/requestoptions.js';
export * from './resources/apiclient.js';
export * from './resources/buildpath.js';
export * from './resources/buildquery.js';
export * from './resources/headervalue.js';
export * from './resources/cookieheader.js';
export * from './resources/withextrabody.js';
export * from './resources/encodebody.js';
export * from './resources/readresponse.js';
export * from './resources/readerrorbody.js';
export * from './resources/parsejson.js';
export * from './resources/watchidle.js';
export * from './resources/withbody.js';
export * from './resources/paginationspec.js';
export * from './resources/pageoptions.js';
export * from './resources/nextlink.js';
export * from './resources/nextpagequery.js';
export * from './resources/page.js';
export * from './resources/pagepromise.js';
export * from './resources/requestpage.js';
export * from './resources/taskstatusspec.js';
export * from './resources/waitoptions.js';
export * from './resources/taskfailederror.js';
export * from './resources/tasktimeouterror.js';
export * from './resources/readpath.js';
export * from './resources/polltask.js';
export * from './resources/taskidof.js';
export * from './resources/retryafter.js';
export * from './resources/ratelimitwindow.js';
export * from './resources/ratelimit.js';
export * from './resources/resetdelay.js';
export * from './resources/parseratelimit.js';
export * from './resources/redactor.js';
export * from './resources/retrysettings.js';
export * from './resources/maxretryafterms.js';
export * from './resources/isidempotent.js';
export * from './resources/shouldretry.js';
export * from './resources/isconnectionrefused.js';
export * from './resources/retrydelay.js';
export * from './resources/sleep.js';
export * from './resources/serversentevent.js';
export * from './resources/rawevent.js';
export * from './resources/sseparser.js';
export * from './resources/jsonlinesparser.js';
export * from './resources/streamformat.js';
export * from './resources/streamsource.js';
export * from './resources/stream.js';
export * from './resources/expiring.js';
export * from './resources/deadlines.js';
export * from './resources/attemptsignal.js';
export * from './resources/headermap.js';
export * from './resources/securityscheme.js';
export * from './resources/transportsettings.js';
export * from './resources/headername.js';
export * from './resources/numberoption.js';
export * from './resources/transport.js';
export * from './resources/filesource.js';
export * from './resources/tofileoptions.js';
export * from './resources/typeofname.js';
export * from './resources/tofile.js';
export * from './resources/operations.js';
export * from './resources/operationname.js';
export * from './resources/operationinfo.js';
export * from './resources/jsonvalue.js';
export * from './resources/unlisted.js';
export * from './resources/routeof.js';
export * from './resources/named.js';
export * from './resources/jobs.js';
export * from './resources/pages.js';
