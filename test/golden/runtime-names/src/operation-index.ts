// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient_, PagePromise_, Page_, RequestOptions_, WaitOptions_, WithResponse_ } from './models.js';
import type { APIConnectionError_ } from './resources/apiconnectionerror.js';
import type { APIConnectionTimeoutError_ } from './resources/apiconnectiontimeouterror.js';
import type { APIError_ } from './resources/apierror.js';
import type { APIPromise_ } from './resources/apipromise.js';
import type { APIStreamError_ } from './resources/apistreamerror.js';
import type { APIUserAbortError_ } from './resources/apiuseraborterror.js';
import type { AttemptSignal_ } from './resources/attemptsignal.js';
import type { AuthenticationError_ } from './resources/authenticationerror.js';
import type { BadRequestError_ } from './resources/badrequesterror.js';
import type { BaseClient_ } from './resources/baseclient.js';
import type { BuildPath } from './resources/buildpath.js';
import type { BuildQuery } from './resources/buildquery.js';
import type { ClientCore_ } from './resources/clientcore.js';
import type { ClientCoreOptions_ } from './resources/clientcoreoptions.js';
import type { ClientCredential_ } from './resources/clientcredential.js';
import type { ClientDefaults_ } from './resources/clientdefaults.js';
import type { ClientOptions_ } from './resources/clientoptions.js';
import type { ClientSettings_ } from './resources/clientsettings.js';
import type { ConflictError_ } from './resources/conflicterror.js';
import type { CookieHeader } from './resources/cookieheader.js';
import type { Credentials_ } from './resources/credentials.js';
import type { Deadlines_ } from './resources/deadlines.js';
import type { DEFAULTMAXRESPONSEBYTES } from './resources/defaultmaxresponsebytes.js';
import type { Delivery_ } from './resources/delivery.js';
import type { DescribeCause } from './resources/describecause.js';
import type { EncodeBody } from './resources/encodebody.js';
import type { Expiring_ } from './resources/expiring.js';
import type { FetchFollowing } from './resources/fetchfollowing.js';
import type { FileSource_ } from './resources/filesource.js';
import type { HasUserinfo } from './resources/hasuserinfo.js';
import type { HeaderMap_ } from './resources/headermap.js';
import type { HeaderName } from './resources/headername.js';
import type { HeaderValue } from './resources/headervalue.js';
import type { InternalServerError_ } from './resources/internalservererror.js';
import type { IsAPIError } from './resources/isapierror.js';
import type { IsConnectionRefused } from './resources/isconnectionrefused.js';
import type { IsIdempotent } from './resources/isidempotent.js';
import type { CreateJobsABody, CreateJobsBBody } from './resources/jobs.js';
import type { JSONLinesParser_ } from './resources/jsonlinesparser.js';
import type { JSONValue_ } from './resources/jsonvalue.js';
import type { MAXREDIRECTS } from './resources/maxredirects.js';
import type { MAXRETRYAFTERMS } from './resources/maxretryafterms.js';
import type { Named } from './resources/named.js';
import type { NextLink } from './resources/nextlink.js';
import type { NextPageQuery } from './resources/nextpagequery.js';
import type { NotFoundError_ } from './resources/notfounderror.js';
import type { NotJson } from './resources/notjson.js';
import type { NumberOption } from './resources/numberoption.js';
import type { OnAbort } from './resources/onabort.js';
import type { OperationInfo_ } from './resources/operationinfo.js';
import type { OperationName_ } from './resources/operationname.js';
import type { OperationRequest_ } from './resources/operationrequest.js';
import type { Operations2, Operations_ } from './resources/operations.js';
import type { PageOptions_ } from './resources/pageoptions.js';
import type { PaginationSpec_ } from './resources/paginationspec.js';
import type { ParameterStyle_ } from './resources/parameterstyle.js';
import type { ParseJson } from './resources/parsejson.js';
import type { ParseRateLimit } from './resources/parseratelimit.js';
import type { PermissionDeniedError_ } from './resources/permissiondeniederror.js';
import type { PollTask } from './resources/polltask.js';
import type { RateLimit_ } from './resources/ratelimit.js';
import type { RateLimitError_ } from './resources/ratelimiterror.js';
import type { RateLimitWindow_ } from './resources/ratelimitwindow.js';
import type { RawEvent_ } from './resources/rawevent.js';
import type { ReadBlob } from './resources/readblob.js';
import type { ReadEnv } from './resources/readenv.js';
import type { ReadErrorBody } from './resources/readerrorbody.js';
import type { ReadPath } from './resources/readpath.js';
import type { ReadResponse } from './resources/readresponse.js';
import type { ReadText } from './resources/readtext.js';
import type { ReadUploads } from './resources/readuploads.js';
import type { Redactor_ } from './resources/redactor.js';
import type { RedactUserinfo } from './resources/redactuserinfo.js';
import type { RedirectContext_ } from './resources/redirectcontext.js';
import type { RedirectError_ } from './resources/redirecterror.js';
import type { RequestIdOf } from './resources/requestidof.js';
import type { RequestPage } from './resources/requestpage.js';
import type { ResetDelay } from './resources/resetdelay.js';
import type { ResponseTooLargeError_ } from './resources/responsetoolargeerror.js';
import type { RetryAfter } from './resources/retryafter.js';
import type { RetryDelay } from './resources/retrydelay.js';
import type { RetrySettings_ } from './resources/retrysettings.js';
import type { RouteOf } from './resources/routeof.js';
import type { SDKError_ } from './resources/sdkerror.js';
import type { SecurityScheme_ } from './resources/securityscheme.js';
import type { Send_ } from './resources/send.js';
import type { ServerSentEvent_ } from './resources/serversentevent.js';
import type { ShouldRetry } from './resources/shouldretry.js';
import type { Sleep } from './resources/sleep.js';
import type { SSEParser_ } from './resources/sseparser.js';
import type { Stream_ } from './resources/stream.js';
import type { StreamDataError_ } from './resources/streamdataerror.js';
import type { StreamFormat_ } from './resources/streamformat.js';
import type { StreamIdleTimeoutError_ } from './resources/streamidletimeouterror.js';
import type { StreamSource_ } from './resources/streamsource.js';
import type { TaskFailedError_ } from './resources/taskfailederror.js';
import type { TaskIdOf } from './resources/taskidof.js';
import type { TaskStatusSpec_ } from './resources/taskstatusspec.js';
import type { TaskTimeoutError_ } from './resources/tasktimeouterror.js';
import type { ToFile } from './resources/tofile.js';
import type { ToFileOptions_ } from './resources/tofileoptions.js';
import type { Transport_ } from './resources/transport.js';
import type { TransportSettings_ } from './resources/transportsettings.js';
import type { TypeOfName } from './resources/typeofname.js';
import type { UnexpectedContentTypeError_ } from './resources/unexpectedcontenttypeerror.js';
import type { Unlisted2, Unlisted_ } from './resources/unlisted.js';
import type { UnprocessableEntityError_ } from './resources/unprocessableentityerror.js';
import type { Uploadable_ } from './resources/uploadable.js';
import type { WatchIdle } from './resources/watchidle.js';
import type { WithBody } from './resources/withbody.js';
import type { WithExtraBody } from './resources/withextrabody.js';
import type { WithRequestID_ } from './resources/withrequestid.js';

/** One entry of {@link operations}: what a tool needs to find and describe an operation. */
export interface OperationInfo {
  /** The operation function exported by this package. */
  readonly name: OperationName;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The wire path template, without any `#fragment`. */
  readonly path: string;
  /** The spec's path key, `#fragment` included. */
  readonly pathKey: string;
  readonly tags: readonly string[];
}

function entry(
  name: OperationName,
  method: string,
  path: string,
  pathKey: string,
  tags: readonly string[],
): OperationInfo {
  return { name, method, path, pathKey, tags };
}

/** Every operation of the API, in spec order: `{ name, method, path, pathKey, tags }`. */
export const operations: readonly OperationInfo[] = [
  entry(
    'dEFAULTMAXRESPONSEBYTES',
    'GET',
    '/DEFAULT_MAX_RESPONSE_BYTES/{DEFAULT_MAX_RESPONSE_BYTES}',
    '/DEFAULT_MAX_RESPONSE_BYTES/{DEFAULT_MAX_RESPONSE_BYTES}',
    ['things'],
  ),
  entry('readText_', 'GET', '/readText/{readText}', '/readText/{readText}', ['things']),
  entry('clientCredential', 'GET', '/ClientCredential/{ClientCredential}', '/ClientCredential/{ClientCredential}', [
    'things',
  ]),
  entry('uploadable', 'GET', '/Uploadable/{Uploadable}', '/Uploadable/{Uploadable}', ['things']),
  entry('readUploads_', 'GET', '/readUploads/{readUploads}', '/readUploads/{readUploads}', ['things']),
  entry('readBlob_', 'GET', '/readBlob/{readBlob}', '/readBlob/{readBlob}', ['things']),
  entry(
    'responseTooLargeError',
    'GET',
    '/ResponseTooLargeError/{ResponseTooLargeError}',
    '/ResponseTooLargeError/{ResponseTooLargeError}',
    ['things'],
  ),
  entry('redirectError', 'GET', '/RedirectError/{RedirectError}', '/RedirectError/{RedirectError}', ['things']),
  entry(
    'unexpectedContentTypeError',
    'GET',
    '/UnexpectedContentTypeError/{UnexpectedContentTypeError}',
    '/UnexpectedContentTypeError/{UnexpectedContentTypeError}',
    ['things'],
  ),
  entry('streamDataError', 'GET', '/StreamDataError/{StreamDataError}', '/StreamDataError/{StreamDataError}', [
    'things',
  ]),
  entry('redactUserinfo_', 'GET', '/redactUserinfo/{redactUserinfo}', '/redactUserinfo/{redactUserinfo}', ['things']),
  entry('hasUserinfo_', 'GET', '/hasUserinfo/{hasUserinfo}', '/hasUserinfo/{hasUserinfo}', ['things']),
  entry('mAXREDIRECTS', 'GET', '/MAX_REDIRECTS/{MAX_REDIRECTS}', '/MAX_REDIRECTS/{MAX_REDIRECTS}', ['things']),
  entry('credentials', 'GET', '/Credentials/{Credentials}', '/Credentials/{Credentials}', ['things']),
  entry('redirectContext', 'GET', '/RedirectContext/{RedirectContext}', '/RedirectContext/{RedirectContext}', [
    'things',
  ]),
  entry('fetchFollowing_', 'GET', '/fetchFollowing/{fetchFollowing}', '/fetchFollowing/{fetchFollowing}', ['things']),
  entry('notJson_', 'GET', '/notJson/{notJson}', '/notJson/{notJson}', ['things']),
  entry('onAbort_', 'GET', '/onAbort/{onAbort}', '/onAbort/{onAbort}', ['things']),
  entry('requestIdOf_', 'GET', '/requestIdOf/{requestIdOf}', '/requestIdOf/{requestIdOf}', ['things']),
  entry('delivery', 'GET', '/Delivery/{Delivery}', '/Delivery/{Delivery}', ['things']),
  entry('withResponse', 'GET', '/WithResponse/{WithResponse}', '/WithResponse/{WithResponse}', ['things']),
  entry('withRequestID', 'GET', '/WithRequestID/{WithRequestID}', '/WithRequestID/{WithRequestID}', ['things']),
  entry('send', 'GET', '/Send/{Send}', '/Send/{Send}', ['things']),
  entry('aPIPromise', 'GET', '/APIPromise/{APIPromise}', '/APIPromise/{APIPromise}', ['things']),
  entry('clientOptions', 'GET', '/ClientOptions/{ClientOptions}', '/ClientOptions/{ClientOptions}', ['things']),
  entry('baseClient', 'GET', '/BaseClient/{BaseClient}', '/BaseClient/{BaseClient}', ['things']),
  entry('clientSettings', 'GET', '/ClientSettings/{ClientSettings}', '/ClientSettings/{ClientSettings}', ['things']),
  entry(
    'clientCoreOptions',
    'GET',
    '/ClientCoreOptions/{ClientCoreOptions}',
    '/ClientCoreOptions/{ClientCoreOptions}',
    ['things'],
  ),
  entry('clientDefaults', 'GET', '/ClientDefaults/{ClientDefaults}', '/ClientDefaults/{ClientDefaults}', ['things']),
  entry('readEnv_', 'GET', '/readEnv/{readEnv}', '/readEnv/{readEnv}', ['things']),
  entry('clientCore', 'GET', '/ClientCore/{ClientCore}', '/ClientCore/{ClientCore}', ['things']),
  entry('sDKError', 'GET', '/SDKError/{SDKError}', '/SDKError/{SDKError}', ['things']),
  entry('aPIError', 'GET', '/APIError/{APIError}', '/APIError/{APIError}', ['things']),
  entry('badRequestError', 'GET', '/BadRequestError/{BadRequestError}', '/BadRequestError/{BadRequestError}', [
    'things',
  ]),
  entry(
    'authenticationError',
    'GET',
    '/AuthenticationError/{AuthenticationError}',
    '/AuthenticationError/{AuthenticationError}',
    ['things'],
  ),
  entry(
    'permissionDeniedError',
    'GET',
    '/PermissionDeniedError/{PermissionDeniedError}',
    '/PermissionDeniedError/{PermissionDeniedError}',
    ['things'],
  ),
  entry('notFoundError', 'GET', '/NotFoundError/{NotFoundError}', '/NotFoundError/{NotFoundError}', ['things']),
  entry('conflictError', 'GET', '/ConflictError/{ConflictError}', '/ConflictError/{ConflictError}', ['things']),
  entry(
    'unprocessableEntityError',
    'GET',
    '/UnprocessableEntityError/{UnprocessableEntityError}',
    '/UnprocessableEntityError/{UnprocessableEntityError}',
    ['things'],
  ),
  entry('rateLimitError', 'GET', '/RateLimitError/{RateLimitError}', '/RateLimitError/{RateLimitError}', ['things']),
  entry(
    'internalServerError',
    'GET',
    '/InternalServerError/{InternalServerError}',
    '/InternalServerError/{InternalServerError}',
    ['things'],
  ),
  entry('isAPIError_', 'GET', '/isAPIError/{isAPIError}', '/isAPIError/{isAPIError}', ['things']),
  entry(
    'aPIConnectionError',
    'GET',
    '/APIConnectionError/{APIConnectionError}',
    '/APIConnectionError/{APIConnectionError}',
    ['things'],
  ),
  entry(
    'aPIConnectionTimeoutError',
    'GET',
    '/APIConnectionTimeoutError/{APIConnectionTimeoutError}',
    '/APIConnectionTimeoutError/{APIConnectionTimeoutError}',
    ['things'],
  ),
  entry(
    'streamIdleTimeoutError',
    'GET',
    '/StreamIdleTimeoutError/{StreamIdleTimeoutError}',
    '/StreamIdleTimeoutError/{StreamIdleTimeoutError}',
    ['things'],
  ),
  entry(
    'aPIUserAbortError',
    'GET',
    '/APIUserAbortError/{APIUserAbortError}',
    '/APIUserAbortError/{APIUserAbortError}',
    ['things'],
  ),
  entry('aPIStreamError', 'GET', '/APIStreamError/{APIStreamError}', '/APIStreamError/{APIStreamError}', ['things']),
  entry('describeCause_', 'GET', '/describeCause/{describeCause}', '/describeCause/{describeCause}', ['things']),
  entry('parameterStyle', 'GET', '/ParameterStyle/{ParameterStyle}', '/ParameterStyle/{ParameterStyle}', ['things']),
  entry('operationRequest', 'GET', '/OperationRequest/{OperationRequest}', '/OperationRequest/{OperationRequest}', [
    'things',
  ]),
  entry('requestOptions', 'GET', '/RequestOptions/{RequestOptions}', '/RequestOptions/{RequestOptions}', ['things']),
  entry('aPIClient', 'GET', '/APIClient/{APIClient}', '/APIClient/{APIClient}', ['things']),
  entry('buildPath_', 'GET', '/buildPath/{buildPath}', '/buildPath/{buildPath}', ['things']),
  entry('buildQuery_', 'GET', '/buildQuery/{buildQuery}', '/buildQuery/{buildQuery}', ['things']),
  entry('headerValue_', 'GET', '/headerValue/{headerValue}', '/headerValue/{headerValue}', ['things']),
  entry('cookieHeader_', 'GET', '/cookieHeader/{cookieHeader}', '/cookieHeader/{cookieHeader}', ['things']),
  entry('withExtraBody_', 'GET', '/withExtraBody/{withExtraBody}', '/withExtraBody/{withExtraBody}', ['things']),
  entry('encodeBody_', 'GET', '/encodeBody/{encodeBody}', '/encodeBody/{encodeBody}', ['things']),
  entry('readResponse_', 'GET', '/readResponse/{readResponse}', '/readResponse/{readResponse}', ['things']),
  entry('readErrorBody_', 'GET', '/readErrorBody/{readErrorBody}', '/readErrorBody/{readErrorBody}', ['things']),
  entry('parseJson_', 'GET', '/parseJson/{parseJson}', '/parseJson/{parseJson}', ['things']),
  entry('watchIdle_', 'GET', '/watchIdle/{watchIdle}', '/watchIdle/{watchIdle}', ['things']),
  entry('withBody_', 'GET', '/withBody/{withBody}', '/withBody/{withBody}', ['things']),
  entry('paginationSpec', 'GET', '/PaginationSpec/{PaginationSpec}', '/PaginationSpec/{PaginationSpec}', ['things']),
  entry('pageOptions', 'GET', '/PageOptions/{PageOptions}', '/PageOptions/{PageOptions}', ['things']),
  entry('nextLink_', 'GET', '/nextLink/{nextLink}', '/nextLink/{nextLink}', ['things']),
  entry('nextPageQuery_', 'GET', '/nextPageQuery/{nextPageQuery}', '/nextPageQuery/{nextPageQuery}', ['things']),
  entry('page', 'GET', '/Page/{Page}', '/Page/{Page}', ['things']),
  entry('pagePromise', 'GET', '/PagePromise/{PagePromise}', '/PagePromise/{PagePromise}', ['things']),
  entry('requestPage_', 'GET', '/requestPage/{requestPage}', '/requestPage/{requestPage}', ['things']),
  entry('taskStatusSpec', 'GET', '/TaskStatusSpec/{TaskStatusSpec}', '/TaskStatusSpec/{TaskStatusSpec}', ['things']),
  entry('waitOptions', 'GET', '/WaitOptions/{WaitOptions}', '/WaitOptions/{WaitOptions}', ['things']),
  entry('taskFailedError', 'GET', '/TaskFailedError/{TaskFailedError}', '/TaskFailedError/{TaskFailedError}', [
    'things',
  ]),
  entry('taskTimeoutError', 'GET', '/TaskTimeoutError/{TaskTimeoutError}', '/TaskTimeoutError/{TaskTimeoutError}', [
    'things',
  ]),
  entry('readPath_', 'GET', '/readPath/{readPath}', '/readPath/{readPath}', ['things']),
  entry('pollTask_', 'GET', '/pollTask/{pollTask}', '/pollTask/{pollTask}', ['things']),
  entry('taskIdOf_', 'GET', '/taskIdOf/{taskIdOf}', '/taskIdOf/{taskIdOf}', ['things']),
  entry('retryAfter_', 'GET', '/retryAfter/{retryAfter}', '/retryAfter/{retryAfter}', ['things']),
  entry('rateLimitWindow', 'GET', '/RateLimitWindow/{RateLimitWindow}', '/RateLimitWindow/{RateLimitWindow}', [
    'things',
  ]),
  entry('rateLimit', 'GET', '/RateLimit/{RateLimit}', '/RateLimit/{RateLimit}', ['things']),
  entry('resetDelay_', 'GET', '/resetDelay/{resetDelay}', '/resetDelay/{resetDelay}', ['things']),
  entry('parseRateLimit_', 'GET', '/parseRateLimit/{parseRateLimit}', '/parseRateLimit/{parseRateLimit}', ['things']),
  entry('redactor', 'GET', '/Redactor/{Redactor}', '/Redactor/{Redactor}', ['things']),
  entry('retrySettings', 'GET', '/RetrySettings/{RetrySettings}', '/RetrySettings/{RetrySettings}', ['things']),
  entry(
    'mAXRETRYAFTERMS',
    'GET',
    '/MAX_RETRY_AFTER_MS/{MAX_RETRY_AFTER_MS}',
    '/MAX_RETRY_AFTER_MS/{MAX_RETRY_AFTER_MS}',
    ['things'],
  ),
  entry('isIdempotent_', 'GET', '/isIdempotent/{isIdempotent}', '/isIdempotent/{isIdempotent}', ['things']),
  entry('shouldRetry_', 'GET', '/shouldRetry/{shouldRetry}', '/shouldRetry/{shouldRetry}', ['things']),
  entry(
    'isConnectionRefused_',
    'GET',
    '/isConnectionRefused/{isConnectionRefused}',
    '/isConnectionRefused/{isConnectionRefused}',
    ['things'],
  ),
  entry('retryDelay_', 'GET', '/retryDelay/{retryDelay}', '/retryDelay/{retryDelay}', ['things']),
  entry('sleep_', 'GET', '/sleep/{sleep}', '/sleep/{sleep}', ['things']),
  entry('serverSentEvent', 'GET', '/ServerSentEvent/{ServerSentEvent}', '/ServerSentEvent/{ServerSentEvent}', [
    'things',
  ]),
  entry('rawEvent', 'GET', '/RawEvent/{RawEvent}', '/RawEvent/{RawEvent}', ['things']),
  entry('sSEParser', 'GET', '/SSEParser/{SSEParser}', '/SSEParser/{SSEParser}', ['things']),
  entry('jSONLinesParser', 'GET', '/JSONLinesParser/{JSONLinesParser}', '/JSONLinesParser/{JSONLinesParser}', [
    'things',
  ]),
  entry('streamFormat', 'GET', '/StreamFormat/{StreamFormat}', '/StreamFormat/{StreamFormat}', ['things']),
  entry('streamSource', 'GET', '/StreamSource/{StreamSource}', '/StreamSource/{StreamSource}', ['things']),
  entry('stream', 'GET', '/Stream/{Stream}', '/Stream/{Stream}', ['things']),
  entry('expiring', 'GET', '/Expiring/{Expiring}', '/Expiring/{Expiring}', ['things']),
  entry('deadlines', 'GET', '/Deadlines/{Deadlines}', '/Deadlines/{Deadlines}', ['things']),
  entry('attemptSignal', 'GET', '/AttemptSignal/{AttemptSignal}', '/AttemptSignal/{AttemptSignal}', ['things']),
  entry('headerMap', 'GET', '/HeaderMap/{HeaderMap}', '/HeaderMap/{HeaderMap}', ['things']),
  entry('securityScheme', 'GET', '/SecurityScheme/{SecurityScheme}', '/SecurityScheme/{SecurityScheme}', ['things']),
  entry(
    'transportSettings',
    'GET',
    '/TransportSettings/{TransportSettings}',
    '/TransportSettings/{TransportSettings}',
    ['things'],
  ),
  entry('headerName_', 'GET', '/headerName/{headerName}', '/headerName/{headerName}', ['things']),
  entry('numberOption_', 'GET', '/numberOption/{numberOption}', '/numberOption/{numberOption}', ['things']),
  entry('transport', 'GET', '/Transport/{Transport}', '/Transport/{Transport}', ['things']),
  entry('fileSource', 'GET', '/FileSource/{FileSource}', '/FileSource/{FileSource}', ['things']),
  entry('toFileOptions', 'GET', '/ToFileOptions/{ToFileOptions}', '/ToFileOptions/{ToFileOptions}', ['things']),
  entry('typeOfName_', 'GET', '/typeOfName/{typeOfName}', '/typeOfName/{typeOfName}', ['things']),
  entry('toFile_', 'GET', '/toFile/{toFile}', '/toFile/{toFile}', ['things']),
  entry('operations_', 'GET', '/Operations/{Operations}', '/Operations/{Operations}', ['things']),
  entry('operationName', 'GET', '/OperationName/{OperationName}', '/OperationName/{OperationName}', ['things']),
  entry('operationInfo', 'GET', '/OperationInfo/{OperationInfo}', '/OperationInfo/{OperationInfo}', ['things']),
  entry('jSONValue', 'GET', '/JSONValue/{JSONValue}', '/JSONValue/{JSONValue}', ['things']),
  entry('unlisted_', 'GET', '/Unlisted/{Unlisted}', '/Unlisted/{Unlisted}', ['things']),
  entry('operations2', 'GET', '/operations/{operations}', '/operations/{operations}', ['things']),
  entry('unlisted2', 'GET', '/unlisted/{unlisted}', '/unlisted/{unlisted}', ['things']),
  entry('routeOf_', 'GET', '/routeOf/{routeOf}', '/routeOf/{routeOf}', ['things']),
  entry('named_', 'GET', '/named/{named}', '/named/{named}', ['things']),
  entry('createJobsA', 'POST', '/jobs', '/jobs#a', ['jobs']),
  entry('createJobsB', 'POST', '/jobs', '/jobs#b', ['jobs']),
  entry('getJobs', 'GET', '/jobs/{id}', '/jobs/{id}', ['jobs']),
  entry('listPages', 'GET', '/pages/{requestPage}', '/pages/{requestPage}', ['jobs']),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  dEFAULTMAXRESPONSEBYTES: {
    body: never;
    params: {
      path: {
        DEFAULT_MAX_RESPONSE_BYTES: string;
      };
    };
    response: DEFAULTMAXRESPONSEBYTES;
    error: unknown;
    responses: {
      '200': DEFAULTMAXRESPONSEBYTES;
    };
  };
  readText_: {
    body: never;
    params: {
      path: {
        readText: string;
      };
    };
    response: ReadText;
    error: unknown;
    responses: {
      '200': ReadText;
    };
  };
  clientCredential: {
    body: never;
    params: {
      path: {
        ClientCredential: string;
      };
    };
    response: ClientCredential_;
    error: unknown;
    responses: {
      '200': ClientCredential_;
    };
  };
  uploadable: {
    body: never;
    params: {
      path: {
        Uploadable: string;
      };
    };
    response: Uploadable_;
    error: unknown;
    responses: {
      '200': Uploadable_;
    };
  };
  readUploads_: {
    body: never;
    params: {
      path: {
        readUploads: string;
      };
    };
    response: ReadUploads;
    error: unknown;
    responses: {
      '200': ReadUploads;
    };
  };
  readBlob_: {
    body: never;
    params: {
      path: {
        readBlob: string;
      };
    };
    response: ReadBlob;
    error: unknown;
    responses: {
      '200': ReadBlob;
    };
  };
  responseTooLargeError: {
    body: never;
    params: {
      path: {
        ResponseTooLargeError: string;
      };
    };
    response: ResponseTooLargeError_;
    error: unknown;
    responses: {
      '200': ResponseTooLargeError_;
    };
  };
  redirectError: {
    body: never;
    params: {
      path: {
        RedirectError: string;
      };
    };
    response: RedirectError_;
    error: unknown;
    responses: {
      '200': RedirectError_;
    };
  };
  unexpectedContentTypeError: {
    body: never;
    params: {
      path: {
        UnexpectedContentTypeError: string;
      };
    };
    response: UnexpectedContentTypeError_;
    error: unknown;
    responses: {
      '200': UnexpectedContentTypeError_;
    };
  };
  streamDataError: {
    body: never;
    params: {
      path: {
        StreamDataError: string;
      };
    };
    response: StreamDataError_;
    error: unknown;
    responses: {
      '200': StreamDataError_;
    };
  };
  redactUserinfo_: {
    body: never;
    params: {
      path: {
        redactUserinfo: string;
      };
    };
    response: RedactUserinfo;
    error: unknown;
    responses: {
      '200': RedactUserinfo;
    };
  };
  hasUserinfo_: {
    body: never;
    params: {
      path: {
        hasUserinfo: string;
      };
    };
    response: HasUserinfo;
    error: unknown;
    responses: {
      '200': HasUserinfo;
    };
  };
  mAXREDIRECTS: {
    body: never;
    params: {
      path: {
        MAX_REDIRECTS: string;
      };
    };
    response: MAXREDIRECTS;
    error: unknown;
    responses: {
      '200': MAXREDIRECTS;
    };
  };
  credentials: {
    body: never;
    params: {
      path: {
        Credentials: string;
      };
    };
    response: Credentials_;
    error: unknown;
    responses: {
      '200': Credentials_;
    };
  };
  redirectContext: {
    body: never;
    params: {
      path: {
        RedirectContext: string;
      };
    };
    response: RedirectContext_;
    error: unknown;
    responses: {
      '200': RedirectContext_;
    };
  };
  fetchFollowing_: {
    body: never;
    params: {
      path: {
        fetchFollowing: string;
      };
    };
    response: FetchFollowing;
    error: unknown;
    responses: {
      '200': FetchFollowing;
    };
  };
  notJson_: {
    body: never;
    params: {
      path: {
        notJson: string;
      };
    };
    response: NotJson;
    error: unknown;
    responses: {
      '200': NotJson;
    };
  };
  onAbort_: {
    body: never;
    params: {
      path: {
        onAbort: string;
      };
    };
    response: OnAbort;
    error: unknown;
    responses: {
      '200': OnAbort;
    };
  };
  requestIdOf_: {
    body: never;
    params: {
      path: {
        requestIdOf: string;
      };
    };
    response: RequestIdOf;
    error: unknown;
    responses: {
      '200': RequestIdOf;
    };
  };
  delivery: {
    body: never;
    params: {
      path: {
        Delivery: string;
      };
    };
    response: Delivery_;
    error: unknown;
    responses: {
      '200': Delivery_;
    };
  };
  withResponse: {
    body: never;
    params: {
      path: {
        WithResponse: string;
      };
    };
    response: WithResponse_;
    error: unknown;
    responses: {
      '200': WithResponse_;
    };
  };
  withRequestID: {
    body: never;
    params: {
      path: {
        WithRequestID: string;
      };
    };
    response: WithRequestID_;
    error: unknown;
    responses: {
      '200': WithRequestID_;
    };
  };
  send: {
    body: never;
    params: {
      path: {
        Send: string;
      };
    };
    response: Send_;
    error: unknown;
    responses: {
      '200': Send_;
    };
  };
  aPIPromise: {
    body: never;
    params: {
      path: {
        APIPromise: string;
      };
    };
    response: APIPromise_;
    error: unknown;
    responses: {
      '200': APIPromise_;
    };
  };
  clientOptions: {
    body: never;
    params: {
      path: {
        ClientOptions: string;
      };
    };
    response: ClientOptions_;
    error: unknown;
    responses: {
      '200': ClientOptions_;
    };
  };
  baseClient: {
    body: never;
    params: {
      path: {
        BaseClient: string;
      };
    };
    response: BaseClient_;
    error: unknown;
    responses: {
      '200': BaseClient_;
    };
  };
  clientSettings: {
    body: never;
    params: {
      path: {
        ClientSettings: string;
      };
    };
    response: ClientSettings_;
    error: unknown;
    responses: {
      '200': ClientSettings_;
    };
  };
  clientCoreOptions: {
    body: never;
    params: {
      path: {
        ClientCoreOptions: string;
      };
    };
    response: ClientCoreOptions_;
    error: unknown;
    responses: {
      '200': ClientCoreOptions_;
    };
  };
  clientDefaults: {
    body: never;
    params: {
      path: {
        ClientDefaults: string;
      };
    };
    response: ClientDefaults_;
    error: unknown;
    responses: {
      '200': ClientDefaults_;
    };
  };
  readEnv_: {
    body: never;
    params: {
      path: {
        readEnv: string;
      };
    };
    response: ReadEnv;
    error: unknown;
    responses: {
      '200': ReadEnv;
    };
  };
  clientCore: {
    body: never;
    params: {
      path: {
        ClientCore: string;
      };
    };
    response: ClientCore_;
    error: unknown;
    responses: {
      '200': ClientCore_;
    };
  };
  sDKError: {
    body: never;
    params: {
      path: {
        SDKError: string;
      };
    };
    response: SDKError_;
    error: unknown;
    responses: {
      '200': SDKError_;
    };
  };
  aPIError: {
    body: never;
    params: {
      path: {
        APIError: string;
      };
    };
    response: APIError_;
    error: unknown;
    responses: {
      '200': APIError_;
    };
  };
  badRequestError: {
    body: never;
    params: {
      path: {
        BadRequestError: string;
      };
    };
    response: BadRequestError_;
    error: unknown;
    responses: {
      '200': BadRequestError_;
    };
  };
  authenticationError: {
    body: never;
    params: {
      path: {
        AuthenticationError: string;
      };
    };
    response: AuthenticationError_;
    error: unknown;
    responses: {
      '200': AuthenticationError_;
    };
  };
  permissionDeniedError: {
    body: never;
    params: {
      path: {
        PermissionDeniedError: string;
      };
    };
    response: PermissionDeniedError_;
    error: unknown;
    responses: {
      '200': PermissionDeniedError_;
    };
  };
  notFoundError: {
    body: never;
    params: {
      path: {
        NotFoundError: string;
      };
    };
    response: NotFoundError_;
    error: unknown;
    responses: {
      '200': NotFoundError_;
    };
  };
  conflictError: {
    body: never;
    params: {
      path: {
        ConflictError: string;
      };
    };
    response: ConflictError_;
    error: unknown;
    responses: {
      '200': ConflictError_;
    };
  };
  unprocessableEntityError: {
    body: never;
    params: {
      path: {
        UnprocessableEntityError: string;
      };
    };
    response: UnprocessableEntityError_;
    error: unknown;
    responses: {
      '200': UnprocessableEntityError_;
    };
  };
  rateLimitError: {
    body: never;
    params: {
      path: {
        RateLimitError: string;
      };
    };
    response: RateLimitError_;
    error: unknown;
    responses: {
      '200': RateLimitError_;
    };
  };
  internalServerError: {
    body: never;
    params: {
      path: {
        InternalServerError: string;
      };
    };
    response: InternalServerError_;
    error: unknown;
    responses: {
      '200': InternalServerError_;
    };
  };
  isAPIError_: {
    body: never;
    params: {
      path: {
        isAPIError: string;
      };
    };
    response: IsAPIError;
    error: unknown;
    responses: {
      '200': IsAPIError;
    };
  };
  aPIConnectionError: {
    body: never;
    params: {
      path: {
        APIConnectionError: string;
      };
    };
    response: APIConnectionError_;
    error: unknown;
    responses: {
      '200': APIConnectionError_;
    };
  };
  aPIConnectionTimeoutError: {
    body: never;
    params: {
      path: {
        APIConnectionTimeoutError: string;
      };
    };
    response: APIConnectionTimeoutError_;
    error: unknown;
    responses: {
      '200': APIConnectionTimeoutError_;
    };
  };
  streamIdleTimeoutError: {
    body: never;
    params: {
      path: {
        StreamIdleTimeoutError: string;
      };
    };
    response: StreamIdleTimeoutError_;
    error: unknown;
    responses: {
      '200': StreamIdleTimeoutError_;
    };
  };
  aPIUserAbortError: {
    body: never;
    params: {
      path: {
        APIUserAbortError: string;
      };
    };
    response: APIUserAbortError_;
    error: unknown;
    responses: {
      '200': APIUserAbortError_;
    };
  };
  aPIStreamError: {
    body: never;
    params: {
      path: {
        APIStreamError: string;
      };
    };
    response: APIStreamError_;
    error: unknown;
    responses: {
      '200': APIStreamError_;
    };
  };
  describeCause_: {
    body: never;
    params: {
      path: {
        describeCause: string;
      };
    };
    response: DescribeCause;
    error: unknown;
    responses: {
      '200': DescribeCause;
    };
  };
  parameterStyle: {
    body: never;
    params: {
      path: {
        ParameterStyle: string;
      };
    };
    response: ParameterStyle_;
    error: unknown;
    responses: {
      '200': ParameterStyle_;
    };
  };
  operationRequest: {
    body: never;
    params: {
      path: {
        OperationRequest: string;
      };
    };
    response: OperationRequest_;
    error: unknown;
    responses: {
      '200': OperationRequest_;
    };
  };
  requestOptions: {
    body: never;
    params: {
      path: {
        RequestOptions: string;
      };
    };
    response: RequestOptions_;
    error: unknown;
    responses: {
      '200': RequestOptions_;
    };
  };
  aPIClient: {
    body: never;
    params: {
      path: {
        APIClient: string;
      };
    };
    response: APIClient_;
    error: unknown;
    responses: {
      '200': APIClient_;
    };
  };
  buildPath_: {
    body: never;
    params: {
      path: {
        buildPath: string;
      };
    };
    response: BuildPath;
    error: unknown;
    responses: {
      '200': BuildPath;
    };
  };
  buildQuery_: {
    body: never;
    params: {
      path: {
        buildQuery: string;
      };
    };
    response: BuildQuery;
    error: unknown;
    responses: {
      '200': BuildQuery;
    };
  };
  headerValue_: {
    body: never;
    params: {
      path: {
        headerValue: string;
      };
    };
    response: HeaderValue;
    error: unknown;
    responses: {
      '200': HeaderValue;
    };
  };
  cookieHeader_: {
    body: never;
    params: {
      path: {
        cookieHeader: string;
      };
    };
    response: CookieHeader;
    error: unknown;
    responses: {
      '200': CookieHeader;
    };
  };
  withExtraBody_: {
    body: never;
    params: {
      path: {
        withExtraBody: string;
      };
    };
    response: WithExtraBody;
    error: unknown;
    responses: {
      '200': WithExtraBody;
    };
  };
  encodeBody_: {
    body: never;
    params: {
      path: {
        encodeBody: string;
      };
    };
    response: EncodeBody;
    error: unknown;
    responses: {
      '200': EncodeBody;
    };
  };
  readResponse_: {
    body: never;
    params: {
      path: {
        readResponse: string;
      };
    };
    response: ReadResponse;
    error: unknown;
    responses: {
      '200': ReadResponse;
    };
  };
  readErrorBody_: {
    body: never;
    params: {
      path: {
        readErrorBody: string;
      };
    };
    response: ReadErrorBody;
    error: unknown;
    responses: {
      '200': ReadErrorBody;
    };
  };
  parseJson_: {
    body: never;
    params: {
      path: {
        parseJson: string;
      };
    };
    response: ParseJson;
    error: unknown;
    responses: {
      '200': ParseJson;
    };
  };
  watchIdle_: {
    body: never;
    params: {
      path: {
        watchIdle: string;
      };
    };
    response: WatchIdle;
    error: unknown;
    responses: {
      '200': WatchIdle;
    };
  };
  withBody_: {
    body: never;
    params: {
      path: {
        withBody: string;
      };
    };
    response: WithBody;
    error: unknown;
    responses: {
      '200': WithBody;
    };
  };
  paginationSpec: {
    body: never;
    params: {
      path: {
        PaginationSpec: string;
      };
    };
    response: PaginationSpec_;
    error: unknown;
    responses: {
      '200': PaginationSpec_;
    };
  };
  pageOptions: {
    body: never;
    params: {
      path: {
        PageOptions: string;
      };
    };
    response: PageOptions_;
    error: unknown;
    responses: {
      '200': PageOptions_;
    };
  };
  nextLink_: {
    body: never;
    params: {
      path: {
        nextLink: string;
      };
    };
    response: NextLink;
    error: unknown;
    responses: {
      '200': NextLink;
    };
  };
  nextPageQuery_: {
    body: never;
    params: {
      path: {
        nextPageQuery: string;
      };
    };
    response: NextPageQuery;
    error: unknown;
    responses: {
      '200': NextPageQuery;
    };
  };
  page: {
    body: never;
    params: {
      path: {
        Page: string;
      };
    };
    response: Page_;
    error: unknown;
    responses: {
      '200': Page_;
    };
  };
  pagePromise: {
    body: never;
    params: {
      path: {
        PagePromise: string;
      };
    };
    response: PagePromise_;
    error: unknown;
    responses: {
      '200': PagePromise_;
    };
  };
  requestPage_: {
    body: never;
    params: {
      path: {
        requestPage: string;
      };
    };
    response: RequestPage;
    error: unknown;
    responses: {
      '200': RequestPage;
    };
  };
  taskStatusSpec: {
    body: never;
    params: {
      path: {
        TaskStatusSpec: string;
      };
    };
    response: TaskStatusSpec_;
    error: unknown;
    responses: {
      '200': TaskStatusSpec_;
    };
  };
  waitOptions: {
    body: never;
    params: {
      path: {
        WaitOptions: string;
      };
    };
    response: WaitOptions_;
    error: unknown;
    responses: {
      '200': WaitOptions_;
    };
  };
  taskFailedError: {
    body: never;
    params: {
      path: {
        TaskFailedError: string;
      };
    };
    response: TaskFailedError_;
    error: unknown;
    responses: {
      '200': TaskFailedError_;
    };
  };
  taskTimeoutError: {
    body: never;
    params: {
      path: {
        TaskTimeoutError: string;
      };
    };
    response: TaskTimeoutError_;
    error: unknown;
    responses: {
      '200': TaskTimeoutError_;
    };
  };
  readPath_: {
    body: never;
    params: {
      path: {
        readPath: string;
      };
    };
    response: ReadPath;
    error: unknown;
    responses: {
      '200': ReadPath;
    };
  };
  pollTask_: {
    body: never;
    params: {
      path: {
        pollTask: string;
      };
    };
    response: PollTask;
    error: unknown;
    responses: {
      '200': PollTask;
    };
  };
  taskIdOf_: {
    body: never;
    params: {
      path: {
        taskIdOf: string;
      };
    };
    response: TaskIdOf;
    error: unknown;
    responses: {
      '200': TaskIdOf;
    };
  };
  retryAfter_: {
    body: never;
    params: {
      path: {
        retryAfter: string;
      };
    };
    response: RetryAfter;
    error: unknown;
    responses: {
      '200': RetryAfter;
    };
  };
  rateLimitWindow: {
    body: never;
    params: {
      path: {
        RateLimitWindow: string;
      };
    };
    response: RateLimitWindow_;
    error: unknown;
    responses: {
      '200': RateLimitWindow_;
    };
  };
  rateLimit: {
    body: never;
    params: {
      path: {
        RateLimit: string;
      };
    };
    response: RateLimit_;
    error: unknown;
    responses: {
      '200': RateLimit_;
    };
  };
  resetDelay_: {
    body: never;
    params: {
      path: {
        resetDelay: string;
      };
    };
    response: ResetDelay;
    error: unknown;
    responses: {
      '200': ResetDelay;
    };
  };
  parseRateLimit_: {
    body: never;
    params: {
      path: {
        parseRateLimit: string;
      };
    };
    response: ParseRateLimit;
    error: unknown;
    responses: {
      '200': ParseRateLimit;
    };
  };
  redactor: {
    body: never;
    params: {
      path: {
        Redactor: string;
      };
    };
    response: Redactor_;
    error: unknown;
    responses: {
      '200': Redactor_;
    };
  };
  retrySettings: {
    body: never;
    params: {
      path: {
        RetrySettings: string;
      };
    };
    response: RetrySettings_;
    error: unknown;
    responses: {
      '200': RetrySettings_;
    };
  };
  mAXRETRYAFTERMS: {
    body: never;
    params: {
      path: {
        MAX_RETRY_AFTER_MS: string;
      };
    };
    response: MAXRETRYAFTERMS;
    error: unknown;
    responses: {
      '200': MAXRETRYAFTERMS;
    };
  };
  isIdempotent_: {
    body: never;
    params: {
      path: {
        isIdempotent: string;
      };
    };
    response: IsIdempotent;
    error: unknown;
    responses: {
      '200': IsIdempotent;
    };
  };
  shouldRetry_: {
    body: never;
    params: {
      path: {
        shouldRetry: string;
      };
    };
    response: ShouldRetry;
    error: unknown;
    responses: {
      '200': ShouldRetry;
    };
  };
  isConnectionRefused_: {
    body: never;
    params: {
      path: {
        isConnectionRefused: string;
      };
    };
    response: IsConnectionRefused;
    error: unknown;
    responses: {
      '200': IsConnectionRefused;
    };
  };
  retryDelay_: {
    body: never;
    params: {
      path: {
        retryDelay: string;
      };
    };
    response: RetryDelay;
    error: unknown;
    responses: {
      '200': RetryDelay;
    };
  };
  sleep_: {
    body: never;
    params: {
      path: {
        sleep: string;
      };
    };
    response: Sleep;
    error: unknown;
    responses: {
      '200': Sleep;
    };
  };
  serverSentEvent: {
    body: never;
    params: {
      path: {
        ServerSentEvent: string;
      };
    };
    response: ServerSentEvent_;
    error: unknown;
    responses: {
      '200': ServerSentEvent_;
    };
  };
  rawEvent: {
    body: never;
    params: {
      path: {
        RawEvent: string;
      };
    };
    response: RawEvent_;
    error: unknown;
    responses: {
      '200': RawEvent_;
    };
  };
  sSEParser: {
    body: never;
    params: {
      path: {
        SSEParser: string;
      };
    };
    response: SSEParser_;
    error: unknown;
    responses: {
      '200': SSEParser_;
    };
  };
  jSONLinesParser: {
    body: never;
    params: {
      path: {
        JSONLinesParser: string;
      };
    };
    response: JSONLinesParser_;
    error: unknown;
    responses: {
      '200': JSONLinesParser_;
    };
  };
  streamFormat: {
    body: never;
    params: {
      path: {
        StreamFormat: string;
      };
    };
    response: StreamFormat_;
    error: unknown;
    responses: {
      '200': StreamFormat_;
    };
  };
  streamSource: {
    body: never;
    params: {
      path: {
        StreamSource: string;
      };
    };
    response: StreamSource_;
    error: unknown;
    responses: {
      '200': StreamSource_;
    };
  };
  stream: {
    body: never;
    params: {
      path: {
        Stream: string;
      };
    };
    response: Stream_;
    error: unknown;
    responses: {
      '200': Stream_;
    };
  };
  expiring: {
    body: never;
    params: {
      path: {
        Expiring: string;
      };
    };
    response: Expiring_;
    error: unknown;
    responses: {
      '200': Expiring_;
    };
  };
  deadlines: {
    body: never;
    params: {
      path: {
        Deadlines: string;
      };
    };
    response: Deadlines_;
    error: unknown;
    responses: {
      '200': Deadlines_;
    };
  };
  attemptSignal: {
    body: never;
    params: {
      path: {
        AttemptSignal: string;
      };
    };
    response: AttemptSignal_;
    error: unknown;
    responses: {
      '200': AttemptSignal_;
    };
  };
  headerMap: {
    body: never;
    params: {
      path: {
        HeaderMap: string;
      };
    };
    response: HeaderMap_;
    error: unknown;
    responses: {
      '200': HeaderMap_;
    };
  };
  securityScheme: {
    body: never;
    params: {
      path: {
        SecurityScheme: string;
      };
    };
    response: SecurityScheme_;
    error: unknown;
    responses: {
      '200': SecurityScheme_;
    };
  };
  transportSettings: {
    body: never;
    params: {
      path: {
        TransportSettings: string;
      };
    };
    response: TransportSettings_;
    error: unknown;
    responses: {
      '200': TransportSettings_;
    };
  };
  headerName_: {
    body: never;
    params: {
      path: {
        headerName: string;
      };
    };
    response: HeaderName;
    error: unknown;
    responses: {
      '200': HeaderName;
    };
  };
  numberOption_: {
    body: never;
    params: {
      path: {
        numberOption: string;
      };
    };
    response: NumberOption;
    error: unknown;
    responses: {
      '200': NumberOption;
    };
  };
  transport: {
    body: never;
    params: {
      path: {
        Transport: string;
      };
    };
    response: Transport_;
    error: unknown;
    responses: {
      '200': Transport_;
    };
  };
  fileSource: {
    body: never;
    params: {
      path: {
        FileSource: string;
      };
    };
    response: FileSource_;
    error: unknown;
    responses: {
      '200': FileSource_;
    };
  };
  toFileOptions: {
    body: never;
    params: {
      path: {
        ToFileOptions: string;
      };
    };
    response: ToFileOptions_;
    error: unknown;
    responses: {
      '200': ToFileOptions_;
    };
  };
  typeOfName_: {
    body: never;
    params: {
      path: {
        typeOfName: string;
      };
    };
    response: TypeOfName;
    error: unknown;
    responses: {
      '200': TypeOfName;
    };
  };
  toFile_: {
    body: never;
    params: {
      path: {
        toFile: string;
      };
    };
    response: ToFile;
    error: unknown;
    responses: {
      '200': ToFile;
    };
  };
  operations_: {
    body: never;
    params: {
      path: {
        Operations: string;
      };
    };
    response: Operations_;
    error: unknown;
    responses: {
      '200': Operations_;
    };
  };
  operationName: {
    body: never;
    params: {
      path: {
        OperationName: string;
      };
    };
    response: OperationName_;
    error: unknown;
    responses: {
      '200': OperationName_;
    };
  };
  operationInfo: {
    body: never;
    params: {
      path: {
        OperationInfo: string;
      };
    };
    response: OperationInfo_;
    error: unknown;
    responses: {
      '200': OperationInfo_;
    };
  };
  jSONValue: {
    body: never;
    params: {
      path: {
        JSONValue: string;
      };
    };
    response: JSONValue_;
    error: unknown;
    responses: {
      '200': JSONValue_;
    };
  };
  unlisted_: {
    body: never;
    params: {
      path: {
        Unlisted: string;
      };
    };
    response: Unlisted_;
    error: unknown;
    responses: {
      '200': Unlisted_;
    };
  };
  operations2: {
    body: never;
    params: {
      path: {
        operations: string;
      };
    };
    response: Operations2;
    error: unknown;
    responses: {
      '200': Operations2;
    };
  };
  unlisted2: {
    body: never;
    params: {
      path: {
        unlisted: string;
      };
    };
    response: Unlisted2;
    error: unknown;
    responses: {
      '200': Unlisted2;
    };
  };
  routeOf_: {
    body: never;
    params: {
      path: {
        routeOf: string;
      };
    };
    response: RouteOf;
    error: unknown;
    responses: {
      '200': RouteOf;
    };
  };
  named_: {
    body: never;
    params: {
      path: {
        named: string;
      };
    };
    response: Named;
    error: unknown;
    responses: {
      '200': Named;
    };
  };
  createJobsA: {
    body: CreateJobsABody;
    params: Record<string, never>;
    response: WithResponse_;
    error: unknown;
    responses: {
      '200': WithResponse_;
    };
  };
  createJobsB: {
    body: CreateJobsBBody;
    params: Record<string, never>;
    response: WithResponse_;
    error: unknown;
    responses: {
      '200': WithResponse_;
    };
  };
  getJobs: {
    body: never;
    params: {
      path: {
        id: string;
      };
    };
    response: APIClient_;
    error: unknown;
    responses: {
      '200': APIClient_;
    };
  };
  listPages: {
    body: never;
    params: {
      path: {
        requestPage: string;
      };
      query?: {
        starting_after?: string;
      };
    };
    response: Page_;
    error: unknown;
    responses: {
      '200': Page_;
    };
  };
  /** The merged call of `POST /jobs`: any of its variants. */
  createJobsByModel: {
    body: Operations['createJobsA']['body'] | Operations['createJobsB']['body'];
    params: Operations['createJobsA']['params'] | Operations['createJobsB']['params'];
    response: Operations['createJobsA']['response'] | Operations['createJobsB']['response'];
    error: Operations['createJobsA']['error'] | Operations['createJobsB']['error'];
    responses: Operations['createJobsA']['responses'] | Operations['createJobsB']['responses'];
  };
}

export type OperationName = keyof Operations;
