// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { APIPromise, requestIdOf, type Delivery, type WithResponse } from './api-promise.js';
import { SDKError } from './errors.js';
import { headerValue, type APIClient, type OperationRequest, type RequestOptions } from './http.js';
import { parseRateLimit } from './rate-limit.js';
import { Redactor } from './redact.js';
import { headerName, numberOption, Transport, type HeaderMap, type SecurityScheme } from './transport.js';
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

const SECURITY_SCHEMES: Record<string, SecurityScheme> = {};

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

/** Headers by lower-case name, each checked once, here: a later one replaces an earlier one of the same name. */
function checkedHeaders(headers: Record<string, string>): HeaderMap {
  const checked: HeaderMap = {};
  for (const name in headers) checked[headerName(name)] = headerValue(name, headers[name]);
  return checked;
}

/**
 * The PetFinderClient client's settings and credential; requests go through its transport (`core/transport.ts`:
 * retries, timeouts, streaming, errors, redaction). The generated client class adds the resources on top of it.
 */
export class BaseClient implements APIClient {
  readonly baseURL: string;
  /** Milliseconds per attempt (see {@link ClientOptions.timeout}). */
  readonly timeout: number;
  readonly maxRetries: number;
  /** Milliseconds a streamed body may stay silent (see {@link ClientOptions.streamIdleTimeout}). */
  readonly streamIdleTimeout: number;
  readonly #transport: Transport;

  constructor(options: ClientOptions = {}) {
    const apiKey = undefined;
    this.baseURL = (options.baseURL ?? readEnv('PET_FINDER_BASE_URL') ?? 'https://api.example.com').replace(/\/+$/, '');
    this.timeout = numberOption('timeout', options.timeout ?? 600_000, { positive: true });
    this.maxRetries = numberOption('maxRetries', options.maxRetries ?? 2, { integer: true });
    this.streamIdleTimeout = numberOption('streamIdleTimeout', options.streamIdleTimeout ?? 600_000, {
      positive: true,
    });
    const retry = {
      initialRetryDelay: numberOption('initialRetryDelay', options.initialRetryDelay ?? 500, { finite: true }),
      maxRetryDelay: numberOption('maxRetryDelay', options.maxRetryDelay ?? 8_000, { finite: true }),
    };
    const globalFetch = (globalThis as { fetch?: typeof fetch }).fetch;
    const fetchImplementation = options.fetch ?? globalFetch;
    if (!fetchImplementation)
      throw new SDKError('No global fetch: pass a `fetch` implementation in the client options.');
    this.#transport = new Transport({
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      streamIdleTimeout: this.streamIdleTimeout,
      retry,
      // Called as a plain function: browsers refuse a `fetch` called as a method of another object.
      fetch: (input, init) => fetchImplementation(input, init),
      redactor: new Redactor(apiKey),
      defaultHeaders: checkedHeaders({
        ...(!isBrowser() && { 'user-agent': SDK_USER_AGENT }),
        ...options.defaultHeaders,
      }),
      credential: apiKey,
      securitySchemes: SECURITY_SCHEMES,
    });
  }

  /**
   * Sends a request with the client's credentials, retries, timeouts, errors and redaction: what every generated
   * call does, and the way to call an endpoint the spec does not declare:
   * `await client.request<Thing>({ method: 'GET', path: '/v1/things/{id}', pathParams: { id }, query: { limit: 10 } })`.
   * The response is read by its content type unless `responseType` says otherwise. The {@link APIPromise} it
   * returns also gives the response: `.withResponse()`, `.asResponse()`.
   */
  request<T = unknown>(request: OperationRequest, options?: RequestOptions): APIPromise<T> {
    return new APIPromise<T>((wantsRaw) => this.#transport.send(request, options, wantsRaw));
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
        new APIPromise<T>((wantsRaw) =>
          this.#transport.send(request, options, wantsRaw).then((delivery) => (last = delivery)),
        ),
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
        const call = new APIPromise<T>(() => this.#transport.send(request, options, () => true));
        return call.asResponse().then((received) => void (response = received)) as unknown as APIPromise<T>;
      },
    };
    await operation(raw, ...args);
    return response!;
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
