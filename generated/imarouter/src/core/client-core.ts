// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * What every client does, whatever the API: read its options into settings and a transport (with the API's own
 * defaults, which the client's base class, base-client.ts, generated from the spec, passes in), send a request
 * (`request`), give a call's result with the response of its last request (`withResponse`) or that response
 * unread (`asResponse`), and never show the credential (`toJSON`). The generated client adds the resources.
 */
import { APIPromise, requestIdOf, type Delivery, type WithResponse } from './api-promise.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './body-limit.js';
import { SDKError } from './errors.js';
import { headerValue, type APIClient, type OperationRequest, type RequestOptions } from './http.js';
import { parseRateLimit } from './rate-limit.js';
import { hasUserinfo, redactUserinfo, Redactor } from './redact.js';
import {
  headerName,
  numberOption,
  Transport,
  type ClientCredential,
  type HeaderMap,
  type SecurityScheme,
} from './transport.js';

/** Any call of this package taking the client first: an operation function, a merged endpoint, a task helper. */
type Operation = (client: APIClient, ...args: any[]) => Promise<unknown>;

/** The arguments of an operation function after the client: the request and the per-call options. */
type OperationArguments<F> = F extends (client: APIClient, ...args: infer A) => Promise<unknown> ? A : never;

/** The settings a client shows, resolved from its options, the environment and the API's defaults. */
export interface ClientSettings {
  baseURL: string;
  timeout: number;
  maxRetries: number;
  streamIdleTimeout: number;
  maxResponseBytes: number;
}

/** The options every client takes (the generated `ClientOptions` documents each for its API). */
export interface ClientCoreOptions {
  baseURL?: string;
  timeout?: number;
  streamIdleTimeout?: number;
  maxRetries?: number;
  initialRetryDelay?: number;
  maxRetryDelay?: number;
  maxResponseBytes?: number;
  fetch?: typeof fetch;
  defaultHeaders?: Record<string, string>;
}

/**
 * What the API decides: its credentials (read by the base class from the options and the environment), its base
 * URL when none is given, who calls, its security schemes.
 */
export interface ClientDefaults {
  credentials: readonly ClientCredential[];
  baseURL: string;
  userAgent: string;
  securitySchemes: Record<string, SecurityScheme>;
}

/** An environment variable, trimmed; undefined when unset, empty, or where the runtime has no environment. */
export function readEnv(name: string): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    const value = env?.[name]?.trim();
    return value ? value : undefined;
  } catch {
    // Runtimes with permissions (Deno) may refuse to read the environment.
    return undefined;
  }
}

/**
 * Browsers send their own User-Agent, and setting one would make every cross-origin call need a CORS preflight;
 * every other runtime (Node, Deno, Bun, edge workers) sends the SDK's.
 */
function isBrowser(): boolean {
  const scope = globalThis as { document?: unknown; importScripts?: unknown };
  return typeof scope.document !== 'undefined' || typeof scope.importScripts === 'function';
}

/** Headers by lower-case name, each checked once, here: a later one replaces an earlier one of the same name. */
function checkedHeaders(headers: Record<string, string>): HeaderMap {
  const checked: HeaderMap = {};
  for (const name in headers) checked[headerName(name)] = headerValue(name, headers[name]);
  return checked;
}

export abstract class ClientCore implements APIClient {
  readonly baseURL: string;
  /** Milliseconds per attempt (see `ClientOptions.timeout`). */
  readonly timeout: number;
  readonly maxRetries: number;
  /** Milliseconds a streamed body may stay silent (see `ClientOptions.streamIdleTimeout`). */
  readonly streamIdleTimeout: number;
  /** Bytes a body read whole may have (see `ClientOptions.maxResponseBytes`). */
  readonly maxResponseBytes: number;
  readonly #transport: Transport;

  /** Checks every option here, so that a bad one fails when the client is made, not at its first request. */
  protected constructor(options: ClientCoreOptions, defaults: ClientDefaults) {
    this.baseURL = (options.baseURL ?? defaults.baseURL).replace(/\/+$/, '');
    if (hasUserinfo(this.baseURL)) {
      // Kept there, the credential would show wherever the client or a URL is printed, and go to every host.
      throw new SDKError(
        `The base URL ${redactUserinfo(this.baseURL)} (${options.baseURL === undefined ? 'from the environment or the default' : 'the `baseURL` option'}) has a user name or password in it: remove it from the URL and pass the credential as the client's option instead.`,
      );
    }
    this.timeout = numberOption('timeout', options.timeout ?? 600_000, { positive: true });
    this.maxRetries = numberOption('maxRetries', options.maxRetries ?? 2, { integer: true });
    this.streamIdleTimeout = numberOption('streamIdleTimeout', options.streamIdleTimeout ?? 600_000, {
      positive: true,
    });
    this.maxResponseBytes = numberOption('maxResponseBytes', options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, {
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
      redactor: new Redactor(defaults.credentials.map((credential) => credential.value)),
      defaultHeaders: checkedHeaders({
        ...(!isBrowser() && { 'user-agent': defaults.userAgent }),
        ...options.defaultHeaders,
      }),
      credentials: defaults.credentials,
      securitySchemes: defaults.securitySchemes,
      maxResponseBytes: this.maxResponseBytes,
      // A browser's fetch hides where a redirect goes, so it follows them itself there (see the README).
      followRedirects: !isBrowser(),
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

  /** Never shows a credential, whatever prints or serializes the client. */
  toJSON(): ClientSettings {
    return {
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      streamIdleTimeout: this.streamIdleTimeout,
      maxResponseBytes: this.maxResponseBytes,
    };
  }
}
