// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * Turning an operation call into a `fetch` request and its response into data. Platform APIs only
 * (`fetch`, `URLSearchParams`, `FormData`, `Blob`), so it runs on Node 20+, Deno, Bun, browsers and edge runtimes.
 */
import type { APIPromise } from './api-promise.js';
import { SDKError } from './errors.js';

/** How one query parameter is written (OpenAPI `style` and `explode`). */
export interface ParameterStyle {
  style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode?: boolean;
}

/** Everything the generated code knows about one call; the client adds base URL, auth and transport. */
export interface OperationRequest {
  method: string;
  /** Wire path template, e.g. `/v1/videos/{task_id}`. */
  path: string;
  pathParams?: Record<string, unknown>;
  query?: Record<string, unknown>;
  queryStyles?: Record<string, ParameterStyle>;
  headers?: Record<string, unknown>;
  cookies?: Record<string, unknown>;
  body?: unknown;
  /** The media type the body is sent as. */
  contentType?: string;
  /** How the successful response is read. */
  responseType: 'json' | 'text' | 'blob' | 'void';
  /** Names of security schemes, one list per alternative; empty when the operation needs no credentials. */
  security: readonly (readonly string[])[];
  /** The operation function's name, recorded in the errors it throws (see `isAPIError`). */
  operation?: string;
  /** The response is a stream of server-sent events: the call resolves to a `Stream` once the headers arrive. */
  stream?: boolean;
}

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request: also during backoff sleeps and while a stream is read. */
  signal?: AbortSignal;
  /** Extra headers for this call; they override the client's. */
  headers?: Record<string, string>;
  /** Milliseconds each attempt may take (until the body is read; for streams, until the headers arrive). Overrides the client's. */
  timeout?: number;
  /** How many times a failed attempt may be retried. Overrides the client's. */
  maxRetries?: number;
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

/** Encodes a request body for its media type; returns the body and the content type to send (if any). */
export function encodeBody(body: unknown, contentType = 'application/json'): { body: BodyInit; contentType?: string } {
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
      appendFormValue(key, value, (k, v) => (typeof v === 'string' ? form.append(k, v) : form.append(k, v)));
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
    return { body: body as BodyInit, contentType };
  }
  return { body: JSON.stringify(body), contentType };
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
): Promise<unknown> {
  if (responseType === 'void' || response.status === 204) {
    await response.body?.cancel();
    return undefined;
  }
  if (responseType === 'blob') return response.blob();
  const text = await response.text();
  if (responseType === 'text') return text;
  return text === '' ? undefined : parseJson(text, redact);
}

/** Error bodies: JSON when they parse, otherwise the text as it came; `redact` cleans the text first. */
export async function readErrorBody(
  response: Response,
  redact: (text: string) => string = (text) => text,
): Promise<unknown> {
  const text = redact(await response.text().catch(() => ''));
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseJson(text: string, redact: (text: string) => string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SDKError(`The server sent a response that is not valid JSON: ${redact(text).slice(0, 200)}`);
  }
}
