// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { ClientCore } from './client-core.js';
import { SDKError } from './errors.js';
import { headerValue } from './http.js';
import { Redactor } from './redact.js';
import { headerName, numberOption, Transport, type HeaderMap, type SecurityScheme } from './transport.js';
import { VERSION } from '../version.js';

export interface ClientOptions {
  /** Defaults to the `NULLABLE_API_BASE_URL` environment variable, then https://api.example.com. */
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

const PACKAGE_NAME = 'nullable-api-sdk';

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
 * The NullableAPIClient client's settings and credential, read from its options and the environment, and its
 * transport (`core/transport.ts`: retries, timeouts, streaming, errors, redaction); what a client does with them
 * is `core/client-core.ts`. The generated client class adds the resources on top of it.
 */
export class BaseClient extends ClientCore {
  constructor(options: ClientOptions = {}) {
    const apiKey = undefined;
    const settings = {
      baseURL: (options.baseURL ?? readEnv('NULLABLE_API_BASE_URL') ?? 'https://api.example.com').replace(/\/+$/, ''),
      timeout: numberOption('timeout', options.timeout ?? 600_000, { positive: true }),
      maxRetries: numberOption('maxRetries', options.maxRetries ?? 2, { integer: true }),
      streamIdleTimeout: numberOption('streamIdleTimeout', options.streamIdleTimeout ?? 600_000, { positive: true }),
    };
    const retry = {
      initialRetryDelay: numberOption('initialRetryDelay', options.initialRetryDelay ?? 500, { finite: true }),
      maxRetryDelay: numberOption('maxRetryDelay', options.maxRetryDelay ?? 8_000, { finite: true }),
    };
    const globalFetch = (globalThis as { fetch?: typeof fetch }).fetch;
    const fetchImplementation = options.fetch ?? globalFetch;
    if (!fetchImplementation)
      throw new SDKError('No global fetch: pass a `fetch` implementation in the client options.');
    const transport = new Transport({
      ...settings,
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
    super(settings, transport);
  }
}
