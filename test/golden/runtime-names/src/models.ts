// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface DEFAULTMAXRESPONSEBYTES {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ReadText {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ClientCredential_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Uploadable_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ReadUploads {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ReadBlob {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ResponseTooLargeError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RedirectError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface UnexpectedContentTypeError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface StreamDataError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RedactUserinfo {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface HasUserinfo {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface MAXREDIRECTS {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Credentials_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RedirectContext_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface FetchFollowing {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface NotJson {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface OnAbort {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RequestIdOf {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Delivery_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface WithResponse_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface WithRequestID_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Send_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface APIPromise_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ClientOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface BaseClient_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ClientSettings_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ClientCoreOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ClientDefaults_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ReadEnv {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ClientCore_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface SDKError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface APIError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface BadRequestError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface AuthenticationError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface PermissionDeniedError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface NotFoundError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ConflictError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface UnprocessableEntityError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RateLimitError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface InternalServerError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface IsAPIError {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface APIConnectionError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface APIConnectionTimeoutError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface StreamIdleTimeoutError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface APIUserAbortError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface APIStreamError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface DescribeCause {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ParameterStyle_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface OperationRequest_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RequestOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface APIClient_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface BuildPath {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface BuildQuery {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface HeaderValue {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface CookieHeader {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface WithExtraBody {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface EncodeBody {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ReadResponse {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ReadErrorBody {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ParseJson {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface WatchIdle {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface WithBody {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface PaginationSpec_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface PageOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface NextLink {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface NextPageQuery {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Page_ {
  data: PagePromise_[];
  has_more: boolean;
}

export interface PagePromise_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RequestPage {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface TaskStatusSpec_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface WaitOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface TaskFailedError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface TaskTimeoutError_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ReadPath {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface PollTask {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface TaskIdOf {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RetryAfter {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RateLimitWindow_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RateLimit_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ResetDelay {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ParseRateLimit {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Redactor_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RetrySettings_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface MAXRETRYAFTERMS {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface IsIdempotent {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ShouldRetry {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface IsConnectionRefused {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RetryDelay {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Sleep {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ServerSentEvent_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RawEvent_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface SSEParser_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface JSONLinesParser_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface StreamFormat_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface StreamSource_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Stream_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Expiring_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Deadlines_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface AttemptSignal_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface HeaderMap_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface SecurityScheme_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface TransportSettings_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface HeaderName {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface NumberOption {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Transport_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface FileSource_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ToFileOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface TypeOfName {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface ToFile {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Operations_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface OperationName_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface OperationInfo_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface JSONValue_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Unlisted_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Operations2 {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Unlisted2 {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RouteOf {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Named {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export type CreateJobsABody = RequestOptions_ & {
  model: 'a';
};

export type CreateJobsBBody = WaitOptions_ & {
  model: 'b';
};

/** The params object of {@link listPages}: body fields and parameters in one object. */
export type ListPagesParams = {
  starting_after?: string;
};
