// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { APIPromise, requestIdOf, type Delivery, type WithResponse } from './api-promise.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIStreamError,
  APIUserAbortError,
  describeCause,
  SDKError,
  StreamIdleTimeoutError,
} from './errors.js';
import {
  buildPath,
  buildQuery,
  cookieHeader,
  encodeBody,
  headerValue,
  readErrorBody,
  readResponse,
  withExtraBody,
  type APIClient,
  type OperationRequest,
  type RequestOptions,
} from './http.js';
import { watchIdle, withBody } from './idle-timeout.js';
import { parseRateLimit } from './rate-limit.js';
import { Redactor } from './redact.js';
import { isIdempotent, retryDelay, shouldRetry, sleep, type RetrySettings } from './retries.js';
import { Stream } from './streaming.js';
import { AttemptSignal } from './timeouts.js';
import { VERSION } from '../version.js';

export interface ClientOptions {
  /** Defaults to the `PET_FINDER_BASE_URL` environment variable, then https://api.example.com. */
  baseURL?: string;
  /**
   * Milliseconds one attempt may take: until the response body is read, or for streams and `asResponse` until the
   * headers arrive. Each retry gets the full time again. Default 600000 (10 minutes); `Infinity` for none.
   */
  timeout?: number;
  /**
   * Milliseconds a streamed body (server-sent events, or a download read from `asResponse()`) may send nothing,
   * once the response has begun, before the connection is closed with a `StreamIdleTimeoutError`. Default 600000
   * (10 minutes); `Infinity` for none.
   */
  streamIdleTimeout?: number;
  /** How many times a failed attempt may be retried (see the README for which failures are). Default 2. */
  maxRetries?: number;
  /** Milliseconds before the first retry when the server does not say (`Retry-After`); doubles each retry. Default 500. */
  initialRetryDelay?: number;
  /** Upper bound of that delay, in milliseconds. Default 8000. */
  maxRetryDelay?: number;
  /** A `fetch` implementation to use instead of the global one (for proxies, tests or older runtimes). */
  fetch?: typeof fetch;
  /** Headers sent with every request (a `User-Agent` here replaces the SDK's). */
  defaultHeaders?: Record<string, string>;
}

const PACKAGE_NAME = 'pet-finder-sdk';

/** What a call streaming JSON lines accepts: the media types of JSON sequences. */
const JSON_LINES_ACCEPT = 'application/jsonl, application/x-ndjson, application/json-seq, application/json;q=0.9';

/** Who is calling, for the server's logs and support: the package and its version (outside browsers, below). */
const SDK_USER_AGENT = `${PACKAGE_NAME}/${VERSION}`;

/**
 * Browsers send their own User-Agent, and setting one would make every cross-origin call need a CORS preflight;
 * every other runtime (Node, Deno, Bun, edge workers) sends the SDK's.
 */
function isBrowser(): boolean {
  const scope = globalThis as { document?: unknown; importScripts?: unknown };
  return typeof scope.document !== 'undefined' || typeof scope.importScripts === 'function';
}

/** Any call of this package taking the client first: an operation function, a merged endpoint, a task helper. */
type Operation = (client: APIClient, ...args: any[]) => Promise<unknown>;

/** The arguments of an operation function after the client: the request and the per-call options. */
type OperationArguments<F> = F extends (client: APIClient, ...args: infer A) => Promise<unknown> ? A : never;

type SecuritySchemeKind =
  | { kind: 'bearer' | 'basic' | 'oauth2' | 'openIdConnect' | 'other' }
  | { kind: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string };

const SECURITY_SCHEMES: Record<string, SecuritySchemeKind> = {};

/** For `client.request()` calls that name no security: the credential goes as the API's first scheme. */
const DEFAULT_SECURITY: readonly (readonly string[])[] = Object.keys(SECURITY_SCHEMES)
  .slice(0, 1)
  .map((name) => [name]);

function readEnv(name: string): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    const value = env?.[name]?.trim();
    return value ? value : undefined;
  } catch {
    // Runtimes with permissions (Deno) may refuse to read the environment.
    return undefined;
  }
}

/** A number option, checked: `integer` for counts, `positive` when 0 is not allowed. */
function numberOption(
  name: string,
  value: number,
  rules: { integer?: boolean; positive?: boolean; finite?: boolean } = {},
): number {
  const valid =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    value >= 0 &&
    (!rules.positive || value > 0) &&
    (!rules.integer || Number.isInteger(value)) &&
    (!rules.finite || Number.isFinite(value));
  if (!valid)
    throw new SDKError(
      `Option \`${name}\` must be a ${rules.positive ? 'positive' : 'non-negative'} ${rules.integer ? 'integer' : rules.finite ? 'finite number' : 'number'}, got ${String(value)}`,
    );
  return value;
}

/**
 * The transport of the PetFinderClient client: credentials, retries, timeouts and streaming. The generated client
 * class adds the resources on top of it.
 */
export class BaseClient implements APIClient {
  readonly baseURL: string;
  /** Milliseconds per attempt (see {@link ClientOptions.timeout}). */
  readonly timeout: number;
  readonly maxRetries: number;
  /** Milliseconds a streamed body may stay silent (see {@link ClientOptions.streamIdleTimeout}). */
  readonly streamIdleTimeout: number;
  readonly #redactor: Redactor;
  readonly #retry: RetrySettings;
  readonly #fetch: typeof fetch;
  readonly #defaultHeaders: Record<string, string>;

  constructor(options: ClientOptions = {}) {
    this.#redactor = new Redactor(undefined);
    this.baseURL = (options.baseURL ?? readEnv('PET_FINDER_BASE_URL') ?? 'https://api.example.com').replace(/\/+$/, '');
    this.timeout = numberOption('timeout', options.timeout ?? 600_000, { positive: true });
    this.maxRetries = numberOption('maxRetries', options.maxRetries ?? 2, { integer: true });
    this.streamIdleTimeout = numberOption('streamIdleTimeout', options.streamIdleTimeout ?? 600_000, {
      positive: true,
    });
    this.#retry = {
      initialRetryDelay: numberOption('initialRetryDelay', options.initialRetryDelay ?? 500, { finite: true }),
      maxRetryDelay: numberOption('maxRetryDelay', options.maxRetryDelay ?? 8_000, { finite: true }),
    };
    const globalFetch = (globalThis as { fetch?: typeof fetch }).fetch;
    const fetchImplementation = options.fetch ?? globalFetch;
    if (!fetchImplementation)
      throw new SDKError('No global fetch: pass a `fetch` implementation in the client options.');
    // Called as a plain function: browsers refuse a `fetch` called as a method of another object.
    this.#fetch = (input, init) => fetchImplementation(input, init);
    this.#defaultHeaders = { ...(!isBrowser() && { 'user-agent': SDK_USER_AGENT }), ...options.defaultHeaders };
  }

  /**
   * Sends a request with the client's credentials, retries, timeouts, errors and redaction: what every generated
   * call does, and the way to call an endpoint the spec does not declare:
   * `await client.request<Thing>({ method: 'GET', path: '/v1/things/{id}', pathParams: { id }, query: { limit: 10 } })`.
   * The response is read by its content type unless `responseType` says otherwise. The {@link APIPromise} it
   * returns also gives the response: `.withResponse()`, `.asResponse()`.
   */
  request<T = unknown>(request: OperationRequest, options?: RequestOptions): APIPromise<T> {
    return new APIPromise<T>((wantsRaw) => this.#send(request, options, wantsRaw));
  }

  /**
   * Calls any function of this package that takes the client first and resolves to its result together with
   * the HTTP response of its last request: `const { data, response } = await client.withResponse(getUser, id)`.
   * For a single call, `.withResponse()` on the call itself says the same.
   */
  async withResponse<F extends Operation>(
    operation: F,
    ...args: OperationArguments<F>
  ): Promise<WithResponse<Awaited<ReturnType<F>>>> {
    let last: Delivery | undefined;
    const recording: APIClient = {
      request: <T,>(request: OperationRequest, options?: RequestOptions) =>
        new APIPromise<T>((wantsRaw) => this.#send(request, options, wantsRaw).then((delivery) => (last = delivery))),
    };
    const data = (await operation(recording, ...args)) as Awaited<ReturnType<F>>;
    const { response } = last!;
    return { data, response, requestId: requestIdOf(response.headers), rateLimit: parseRateLimit(response.headers) };
  }

  /**
   * Calls any function of this package that takes the client first and resolves to the HTTP response of its
   * request as soon as a 2xx arrives, its body unread: to read a download as a stream (`response.body`).
   * Errors and retries work as for any call. For a single call, `.asResponse()` on the call itself says the same.
   */
  async asResponse<F extends Operation>(operation: F, ...args: OperationArguments<F>): Promise<Response> {
    let response: Response | undefined;
    const raw: APIClient = {
      request: <T,>(request: OperationRequest, options?: RequestOptions) => {
        const call = new APIPromise<T>(() => this.#send(request, options, () => true));
        return call.asResponse().then((received) => void (response = received)) as unknown as APIPromise<T>;
      },
    };
    await operation(raw, ...args);
    return response!;
  }

  async #send(
    request: OperationRequest,
    options: RequestOptions = {},
    wantsRaw: () => boolean = () => false,
  ): Promise<Delivery> {
    const method = request.method.toUpperCase();
    const headers = new Headers();
    for (const [name, value] of Object.entries(this.#defaultHeaders)) headers.set(name, headerValue(name, value));
    const query: Record<string, unknown> = { ...request.query, ...options.extraQuery };
    const cookies: Record<string, unknown> = { ...request.cookies };
    this.#applySecurity(request.security ?? DEFAULT_SECURITY, headers, query, cookies);
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (value !== undefined) headers.set(name, headerValue(name, value));
    }
    const cookie = cookieHeader(cookies);
    if (cookie) headers.set('cookie', headerValue('cookie', cookie));

    let body: BodyInit | undefined;
    if (options.extraBody && (method === 'GET' || method === 'HEAD')) {
      throw new SDKError(
        `${method} ${request.path} sends no body, so \`extraBody\` has nowhere to go: pass the fields as \`extraQuery\`.`,
      );
    }
    const payload = withExtraBody(request.body, options.extraBody);
    if (payload !== undefined) {
      const encoded = encodeBody(payload, request.contentType);
      body = encoded.body;
      if (encoded.contentType) headers.set('content-type', encoded.contentType);
    }
    if (!headers.has('accept')) {
      const { responseType = 'auto' } = request;
      headers.set(
        'accept',
        request.stream
          ? request.stream === 'jsonl'
            ? JSON_LINES_ACCEPT
            : 'text/event-stream'
          : responseType === 'json'
            ? 'application/json'
            : responseType === 'auto'
              ? 'application/json, */*;q=0.8'
              : '*/*',
      );
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, headerValue(name, value));

    const path = buildPath(request.path, request.pathParams);
    const url = `${this.baseURL}${path}${buildQuery(query, request.queryStyles)}`;
    const timeout =
      options.timeout === undefined ? this.timeout : numberOption('timeout', options.timeout, { positive: true });
    const idleTimeout =
      options.streamIdleTimeout === undefined
        ? this.streamIdleTimeout
        : numberOption('streamIdleTimeout', options.streamIdleTimeout, { positive: true });
    const maxRetries =
      options.maxRetries === undefined
        ? this.maxRetries
        : numberOption('maxRetries', options.maxRetries, { integer: true });
    const retryAll = options.retryNonIdempotent === true || isIdempotent(method);
    // A body that is a stream is consumed by the first attempt: it cannot be sent again.
    const replayable = !(typeof ReadableStream !== 'undefined' && body instanceof ReadableStream);
    const { signal } = options;

    for (let retry = 0; ; retry += 1) {
      const attempt = new AttemptSignal(signal, timeout);
      try {
        const response = await this.#fetch(url, { method, headers, body, signal: attempt.signal });
        if (!response.ok) {
          const errorBody = await readErrorBody(response, this.#redactor.text);
          throw APIError.of(
            response.status,
            errorBody,
            this.#redactor.headers(response.headers),
            method,
            path,
            request.operation,
          );
        }
        // From here on a silent body is the stall timeout's concern: the attempt's timer stops for streamed bodies.
        const idle = (body: ReadableStream<Uint8Array>) =>
          watchIdle(body, idleTimeout, () => {
            attempt.abort();
            return new StreamIdleTimeoutError(
              `${method} ${path}: the server sent nothing for ${idleTimeout} ms, so the connection was closed`,
            );
          });
        if (wantsRaw()) {
          attempt.stopTimer();
          return {
            response: response.body ? withBody(response, idle(response.body)) : response,
            data: undefined,
            raw: true,
          };
        }
        if (request.stream) {
          const format = request.stream === 'jsonl' ? 'jsonl' : 'sse';
          // A JSON body where events were asked for is an answer of another kind (JSON lines may come as JSON).
          if (format === 'sse' && /\bjson\b/i.test(response.headers.get('content-type') ?? '')) {
            throw new SDKError(
              `${method} ${path}: asked for an event stream but the server answered ${response.headers.get('content-type')}`,
            );
          }
          attempt.stopTimer();
          const stream = new Stream(
            response.body ? withBody(response, idle(response.body)) : response,
            {
              failure: (error) => this.#failure(error, attempt, signal, method, path, timeout),
              eventError: (event, text) => {
                const clean = this.#redactor.text(text);
                let data: unknown = clean;
                try {
                  data = JSON.parse(clean);
                } catch {
                  // Not JSON: the text itself.
                }
                return new APIStreamError(event, data, this.#redactor.headers(response.headers), method, path);
              },
              close: () => attempt.abort(),
              release: () => attempt.release(),
            },
            format,
          );
          return { response, data: stream, raw: false };
        }
        const data = await readResponse(response, request.responseType, this.#redactor.text);
        attempt.release();
        return { response, data, raw: false };
      } catch (caught) {
        attempt.abort();
        const error = this.#failure(caught, attempt, signal, method, path, timeout);
        if (retry >= maxRetries || !replayable || !shouldRetry(error, retryAll)) throw error;
        const delay = retryDelay(retry, error instanceof APIError ? error.headers : undefined, this.#retry);
        if (delay === undefined) throw error;
        try {
          await sleep(delay, signal);
        } catch {
          throw new APIUserAbortError(`${method} ${path} was aborted while waiting to retry`);
        }
      }
    }
  }

  /** The SDK error for whatever an attempt threw: the caller's abort, the attempt's timeout, or a connection failure. */
  #failure(
    caught: unknown,
    attempt: AttemptSignal,
    signal: AbortSignal | undefined,
    method: string,
    path: string,
    timeout: number,
  ): SDKError {
    if (caught instanceof SDKError) return caught;
    if (attempt.timedOut) return new APIConnectionTimeoutError(`${method} ${path} timed out after ${timeout} ms`);
    if (signal?.aborted) return new APIUserAbortError(`${method} ${path} was aborted`);
    const message = `${method} ${path} failed: ${this.#redactor.text(describeCause(caught))}`;
    return new APIConnectionError(message, this.#redactor.mentionedIn(caught) ? undefined : { cause: caught });
  }

  #applySecurity(
    alternatives: readonly (readonly string[])[],
    headers: Headers,
    query: Record<string, unknown>,
    cookies: Record<string, unknown>,
  ): void {
    (void alternatives, headers, query, cookies, SECURITY_SCHEMES);
  }

  /** Never shows the credential, whatever prints or serializes the client. */
  toJSON(): { baseURL: string; timeout: number; maxRetries: number; streamIdleTimeout: number } {
    return {
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      streamIdleTimeout: this.streamIdleTimeout,
    };
  }
}
