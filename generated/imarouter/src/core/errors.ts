// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * Every error this SDK throws. None of them ever holds the API key: error bodies, headers and causes that
 * echo it are redacted by the client before an error is built.
 */
import type { OperationName, Operations } from '../operation-index.js';
import { parseRateLimit, type RateLimit } from './rate-limit.js';

/** The root of every error this SDK throws: `catch (e) { if (e instanceof SDKError) ... }`. */
export class SDKError extends Error {
  override name = 'SDKError';
}

/**
 * The server answered with a non-2xx status. `body` is the parsed JSON error body when there is one (typed by
 * the operation's declared error responses: narrow with {@link isAPIError}), otherwise the raw text.
 * The subclass tells the status: {@link BadRequestError} (400), {@link AuthenticationError} (401),
 * {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError} (409),
 * {@link UnprocessableEntityError} (422), {@link RateLimitError} (429), {@link InternalServerError} (≥ 500).
 */
export class APIError<TBody = unknown> extends SDKError {
  override name = 'APIError';
  readonly status: number;
  readonly headers: Headers;
  readonly body: TBody;
  /** The server's request id (`x-request-id` or `request-id` header), to quote when reporting a problem. */
  readonly requestId: string | undefined;
  /** The operation function that made the request, e.g. `'getUser'`. */
  readonly operation: string | undefined;

  constructor(status: number, body: TBody, headers: Headers, method: string, path: string, operation?: string) {
    super(`${method} ${path} failed with status ${status}${describeBody(body)}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.requestId = headers.get('x-request-id') ?? headers.get('request-id') ?? undefined;
    this.operation = operation;
  }

  /** The error for a status: the matching subclass, else `APIError` itself. */
  static of(
    status: number,
    body: unknown,
    headers: Headers,
    method: string,
    path: string,
    operation?: string,
  ): APIError {
    const ErrorClass = status >= 500 ? InternalServerError : (ERROR_CLASSES[status] ?? APIError);
    return new ErrorClass(status, body, headers, method, path, operation);
  }
}

/** 400 Bad Request. */
export class BadRequestError<TBody = unknown> extends APIError<TBody> {
  override name = 'BadRequestError';
}
/** 401 Unauthorized: the API key is missing, wrong or revoked. */
export class AuthenticationError<TBody = unknown> extends APIError<TBody> {
  override name = 'AuthenticationError';
}
/** 403 Forbidden. */
export class PermissionDeniedError<TBody = unknown> extends APIError<TBody> {
  override name = 'PermissionDeniedError';
}
/** 404 Not Found. */
export class NotFoundError<TBody = unknown> extends APIError<TBody> {
  override name = 'NotFoundError';
}
/** 409 Conflict. */
export class ConflictError<TBody = unknown> extends APIError<TBody> {
  override name = 'ConflictError';
}
/** 422 Unprocessable Entity. */
export class UnprocessableEntityError<TBody = unknown> extends APIError<TBody> {
  override name = 'UnprocessableEntityError';
}
/** 429 Too Many Requests, after the retries the client allows (see `maxRetries`). */
export class RateLimitError<TBody = unknown> extends APIError<TBody> {
  override name = 'RateLimitError';
  /** The limits and the wait the server announced in its headers (`x-ratelimit-*`, `retry-after`), if any. */
  readonly rateLimit: RateLimit | undefined = parseRateLimit(this.headers);
}
/** 500 or any other 5xx status, after the retries the client allows. */
export class InternalServerError<TBody = unknown> extends APIError<TBody> {
  override name = 'InternalServerError';
}

const ERROR_CLASSES: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * Narrows a caught error to the `APIError` of one operation, its `body` typed by that operation's declared
 * error responses: `if (isAPIError(error, 'getUser')) error.body`.
 */
export function isAPIError<N extends OperationName>(
  error: unknown,
  operation: N,
): error is APIError<Operations[N]['error']> {
  return error instanceof APIError && error.operation === operation;
}

/** The request never got a complete response: DNS, refused or reset connection, or a body that broke off. */
export class APIConnectionError extends SDKError {
  override name = 'APIConnectionError';
}

/** An attempt took longer than the `timeout` option (per attempt, in milliseconds). */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
}

/**
 * A streamed body (server-sent events, or a download read from `asResponse()`) sent nothing for
 * `streamIdleTimeout` milliseconds after the response began: the connection was closed. Retryable like any timeout.
 */
export class StreamIdleTimeoutError extends APIConnectionTimeoutError {
  override name = 'StreamIdleTimeoutError';
}

/** The caller's `AbortSignal` fired: during a request, a backoff sleep or while reading a stream. */
export class APIUserAbortError extends SDKError {
  override name = 'APIUserAbortError';
}

/**
 * The server reported an error inside a server-sent event stream (an `error` event, or an event whose data
 * has an `error` member) after it had answered 200. `data` is the event's parsed data.
 */
export class APIStreamError extends SDKError {
  override name = 'APIStreamError';
  readonly event: string;
  readonly data: unknown;
  readonly requestId: string | undefined;

  constructor(event: string, data: unknown, headers: Headers, method: string, path: string) {
    super(`${method} ${path}: the event stream reported an error${describeBody(data)}`);
    this.event = event;
    this.data = data;
    this.requestId = headers.get('x-request-id') ?? headers.get('request-id') ?? undefined;
  }
}

/**
 * A response body read whole (JSON, text, a `Blob`) was larger than `maxResponseBytes` (client option or per call;
 * default 100 MiB): the connection was closed. Read a large download as a stream with `asResponse()`.
 */
export class ResponseTooLargeError extends SDKError {
  override name = 'ResponseTooLargeError';
  /** The limit that was exceeded, in bytes. */
  readonly limit: number;

  constructor(message: string, limit: number) {
    super(message);
    this.limit = limit;
  }
}

/**
 * A redirect the SDK would not follow: more than 20 hops, a target that is not an http(s) URL, or a request body
 * that is a stream (it was sent once and cannot be sent again). Outside browsers the SDK follows redirects itself,
 * dropping every credential when a hop leaves the API's origin (see the README).
 */
export class RedirectError extends SDKError {
  override name = 'RedirectError';
}

/**
 * A stream was asked for and the server answered 2xx with a body of another kind: an HTML page (a captive portal
 * or a proxy's login page), or JSON where events were expected. `contentType` is what it said.
 */
export class UnexpectedContentTypeError extends SDKError {
  override name = 'UnexpectedContentTypeError';
  readonly contentType: string;

  constructor(message: string, contentType: string) {
    super(message);
    this.contentType = contentType;
  }
}

/**
 * An event of a stream whose events the spec declares as JSON had data that is not JSON (a proxy's page, a
 * truncated event). `event` is the event's name, `data` its text (cut to 500 characters, the key redacted).
 */
export class StreamDataError extends SDKError {
  override name = 'StreamDataError';
  readonly event: string;
  readonly data: string;

  constructor(message: string, event: string, data: string) {
    super(message);
    this.event = event;
    this.data = data;
  }
}

function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return '';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `: ${text.length > 500 ? `${text.slice(0, 500)}…` : text}`;
}

/** A readable account of a low-level failure: the messages down its `cause` chain, e.g. `fetch failed: connect ECONNREFUSED 127.0.0.1:443`. */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 6; depth += 1) {
    if (typeof current !== 'object') {
      parts.push(String(current));
      break;
    }
    const { message, code, cause, errors } = current as {
      message?: unknown;
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    const text = typeof message === 'string' && message ? message : typeof code === 'string' ? code : '';
    if (text && !parts.includes(text)) parts.push(text);
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return parts.join(': ') || 'unknown error';
}
