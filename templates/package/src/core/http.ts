/**
 * Turning an operation call into a `fetch` request and its response into data. Platform APIs only
 * (`fetch`, `URLSearchParams`, `FormData`, `Blob`), so it runs on Node 20+, Deno, Bun, browsers and edge runtimes.
 */
import type { APIPromise } from './api-promise.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readBlob, readText } from './body-limit.js';
import { SDKError } from './errors.js';

/** How one query parameter is written (OpenAPI `style` and `explode`). */
export interface ParameterStyle {
  style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode?: boolean;
}

/**
 * Everything the generated code knows about one call; the client adds base URL, auth and transport. Also what
 * `client.request()` takes to call an endpoint the spec does not declare: `method` and `path` are enough.
 */
export interface OperationRequest {
  method: string;
  /** Wire path after the base URL, e.g. `/v1/videos/{task_id}` (placeholders filled from `pathParams`). */
  path: string;
  pathParams?: Record<string, unknown>;
  query?: Record<string, unknown>;
  queryStyles?: Record<string, ParameterStyle>;
  headers?: Record<string, unknown>;
  cookies?: Record<string, unknown>;
  body?: unknown;
  /** The media type the body is sent as. */
  contentType?: string;
  /**
   * The media type the body is sent as instead when a field holds a file (an `Uploadable`): the call takes either
   * form, e.g. JSON (`contentType`) or `multipart/form-data` (this).
   */
  contentTypeWithFiles?: string;
  /**
   * How the successful response is read; `auto` (the default) by its content type: JSON, text for `text/*`, else
   * a `Blob`.
   */
  responseType?: 'json' | 'text' | 'blob' | 'void' | 'auto';
  /**
   * Names of security schemes, one list per alternative; empty when the operation needs no credentials. Default:
   * the credential is sent as the API's first security scheme.
   */
  security?: readonly (readonly string[])[];
  /** The operation function's name, recorded in the errors it throws (see `isAPIError`). */
  operation?: string;
  /**
   * The response is a stream: the call resolves to a `Stream` once the headers arrive. `true` or `'sse'` for
   * server-sent events, `'jsonl'` for one JSON value per line (`application/jsonl`, `x-ndjson`, `json-seq`).
   */
  stream?: boolean | 'sse' | 'jsonl';
  /**
   * The events' data is JSON (the spec declares its type): an event whose data is not fails with a
   * `StreamDataError` instead of being yielded as text.
   */
  streamData?: 'json';
}

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request: also during backoff sleeps and while a stream is read. */
  signal?: AbortSignal;
  /** Extra headers for this call, declared or not; they override the client's and the call's own. */
  headers?: Record<string, string>;
  /** Milliseconds each attempt may take (until the body is read; for streams, until the headers arrive). Overrides the client's. */
  timeout?: number;
  /**
   * Milliseconds a streamed body (events, or a download read from `asResponse()`) may send nothing before the
   * connection is closed with a `StreamIdleTimeoutError`. Overrides the client's.
   */
  streamIdleTimeout?: number;
  /** Query parameters to send besides (or instead of) the declared ones; `undefined` leaves one out. */
  extraQuery?: Record<string, unknown>;
  /**
   * Fields to send in the body besides (or instead of) the declared ones, e.g. a parameter the server accepts
   * before the spec lists it. Merged into an object body (JSON, form or multipart); the body when there is none.
   */
  extraBody?: Record<string, unknown>;
  /** How many times a failed attempt may be retried. Overrides the client's. */
  maxRetries?: number;
  /**
   * Bytes a response body read whole (JSON, text, a `Blob`) may have before the call fails with a
   * `ResponseTooLargeError`; `Infinity` for no limit. Overrides the client's.
   */
  maxResponseBytes?: number;
  /**
   * Retry this POST or PATCH like an idempotent request (on connection errors, timeouts, 408 and 5xx). Only for
   * calls that are safe to repeat — the server may have acted on a failed attempt, e.g. started a paid task.
   */
  retryNonIdempotent?: boolean;
}

/** What standalone operation functions need from a client. */
export interface APIClient {
  request<T>(request: OperationRequest, options?: RequestOptions): APIPromise<T>;
}

/**
 * Substitutes `{name}` placeholders with percent-encoded values. A value can never add a path segment
 * (`/` is encoded) or walk up the path (a whole segment of `.` or `..` is refused, since URL parsers resolve it).
 */
export function buildPath(template: string, params: Record<string, unknown> = {}): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new SDKError(`Missing path parameter "${name}"`);
    const text = String(value);
    if (text === '.' || text === '..') throw new SDKError(`Path parameter "${name}" cannot be "${text}"`);
    return encodeURIComponent(text);
  });
}

/** Writes query parameters the OpenAPI way (default: `form`, exploded). Undefined values are left out. */
export function buildQuery(query: Record<string, unknown> = {}, styles: Record<string, ParameterStyle> = {}): string {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const { style = 'form', explode = style === 'form' } = styles[name] ?? {};
    if (Array.isArray(value)) {
      if (explode) for (const item of value) pairs.push([name, String(item)]);
      else
        pairs.push([
          name,
          value.map(String).join(style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ','),
        ]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).filter(([, item]) => item !== undefined);
      if (style === 'deepObject') for (const [key, item] of entries) pairs.push([`${name}[${key}]`, String(item)]);
      else if (explode) for (const [key, item] of entries) pairs.push([key, String(item)]);
      else pairs.push([name, entries.flatMap(([key, item]) => [key, String(item)]).join(',')]);
    } else {
      pairs.push([name, String(value)]);
    }
  }
  return pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '';
}

/** Header values must not contain CR or LF: that would let data smuggle in extra headers. */
export function headerValue(name: string, value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object' && value !== null
        ? JSON.stringify(value)
        : String(value);
  if (/[\r\n\0]/.test(text)) throw new SDKError(`Header "${name}" contains a line break or NUL character`);
  return text;
}

export function cookieHeader(cookies: Record<string, unknown>): string | undefined {
  const parts = Object.entries(cookies)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`);
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * What `fetch` takes as a body. Named through `RequestInit`, which the DOM library and Node's own types both declare,
 * so these declarations compile in a project with either (`BodyInit` is the DOM's alone).
 */
type FetchBody = NonNullable<RequestInit['body']>;

/** A body `fetch` sends as it is (its own content type, if any, stands). */
function isNativeBody(body: unknown): body is FetchBody {
  return (
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams)
  );
}

/** An object literal or an array: data to be written as JSON, not a body `fetch` knows how to send. */
function isPlainData(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const prototype = Object.getPrototypeOf(body);
  return prototype === Object.prototype || prototype === null || Array.isArray(body);
}

/** The body with the caller's extra fields: merged into an object, or the fields alone when there is no body. */
export function withExtraBody(body: unknown, extra: Record<string, unknown> | undefined): unknown {
  if (!extra) return body;
  if (body === undefined) return { ...extra };
  if (
    body === null ||
    typeof body !== 'object' ||
    Array.isArray(body) ||
    body instanceof Blob ||
    ArrayBuffer.isView(body) ||
    body instanceof ArrayBuffer ||
    isNativeBody(body)
  ) {
    throw new SDKError('`extraBody` needs a body that is an object (or none): this call sends another kind of body.');
  }
  return { ...body, ...extra };
}

/** Encodes a request body for its media type; returns the body and the content type to send (if any). */
export function encodeBody(body: unknown, contentType = 'application/json'): { body: FetchBody; contentType?: string } {
  // The common case first: a plain object (or array) sent as JSON.
  if (contentType === 'application/json' && isPlainData(body)) return { body: JSON.stringify(body), contentType };
  if (isNativeBody(body)) return { body };
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'application/json' || mediaType.endsWith('+json'))
    return { body: JSON.stringify(body), contentType };
  if (mediaType === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      appendFormValue(key, value, (k, v) => {
        if (typeof v !== 'string') throw new SDKError(`Form field "${k}" is a file; send it as multipart/form-data`);
        form.append(k, v);
      });
    }
    return { body: form, contentType };
  }
  if (mediaType === 'multipart/form-data') {
    const form = new FormData();
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      // A File (or a Blob given a name by toFile) is sent under its name; a Blob without one as the platform names
      // it (`blob`): Node's FormData would send a name given as undefined as "undefined".
      appendFormValue(key, value, (k, v) => {
        if (typeof v === 'string') return form.append(k, v);
        const name = fileName(v);
        if (name === undefined) form.append(k, v);
        else form.append(k, v, name);
      });
    }
    // fetch sets the multipart boundary itself.
    return { body: form };
  }
  if (
    typeof body === 'string' ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof ReadableStream
  ) {
    return { body: body as FetchBody, contentType };
  }
  return { body: JSON.stringify(body), contentType };
}

function fileName(blob: Blob): string | undefined {
  const { name } = blob as { name?: unknown };
  return typeof name === 'string' && name !== '' ? name : undefined;
}

function appendFormValue(key: string, value: unknown, append: (key: string, value: string | Blob) => void): void {
  if (value === undefined) return;
  if (Array.isArray(value)) for (const item of value) appendFormValue(key, item, append);
  else if (value instanceof Blob) append(key, value);
  else if (value !== null && typeof value === 'object') append(key, JSON.stringify(value));
  else append(key, String(value));
}

/** Reads a successful response the way the operation declares it; `redact` cleans what goes into an error message. */
export async function readResponse(
  response: Response,
  responseType: OperationRequest['responseType'],
  redact: (text: string) => string = (text) => text,
  maxBytes = DEFAULT_MAX_RESPONSE_BYTES,
  describe = 'The request',
): Promise<unknown> {
  if (responseType === 'void' || response.status === 204) {
    await response.body?.cancel();
    return undefined;
  }
  const kind =
    responseType === undefined || responseType === 'auto' ? kindOf(response.headers.get('content-type')) : responseType;
  if (kind === 'blob') return readBlob(response, maxBytes, describe);
  const text = await readText(response, maxBytes, describe);
  if (kind === 'text') return text;
  return text === '' ? undefined : parseJson(text, redact);
}

/** How a response of unknown shape is read, by its media type. */
function kindOf(contentType: string | null): 'json' | 'text' | 'blob' {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === '' || mediaType === 'application/json' || mediaType.endsWith('+json')) return 'json';
  return mediaType.startsWith('text/') ? 'text' : 'blob';
}

/**
 * Error bodies: JSON when they parse, otherwise the text as it came; `redact` cleans the text first. One that
 * breaks off or is larger than `maxBytes` is left out: the status is the error.
 */
export async function readErrorBody(
  response: Response,
  redact: (text: string) => string = (text) => text,
  maxBytes = DEFAULT_MAX_RESPONSE_BYTES,
): Promise<unknown> {
  const text = redact(await readText(response, maxBytes, 'An error response').catch(() => ''));
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A JSON body's text parsed; an error quoting the start of it (redacted) when it is not JSON. */
export function parseJson(text: string, redact: (text: string) => string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SDKError(`The server sent a response that is not valid JSON: ${redact(text).slice(0, 200)}`);
  }
}
