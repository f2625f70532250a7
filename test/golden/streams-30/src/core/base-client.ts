// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { ClientCore, readEnv } from './client-core.js';
import type { ClientCredential, SecurityScheme } from './transport.js';
import { VERSION } from '../version.js';

export interface ClientOptions {
  /** Defaults to the `STREAMS_BASE_URL` environment variable, then https://api.example.com. */
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
  /**
   * Bytes a response body read whole (JSON, text, a `Blob`) may have; past it the call fails with a
   * `ResponseTooLargeError` and the connection is closed. Default 104857600 (100 MiB); `Infinity` for none. Streams
   * and bodies read from `asResponse()` have no limit.
   */
  maxResponseBytes?: number;
  /** A `fetch` implementation to use instead of the global one (for proxies, tests or older runtimes). */
  fetch?: typeof fetch;
  /** Headers sent with every request (a `User-Agent` here replaces the SDK's). */
  defaultHeaders?: Record<string, string>;
}

const PACKAGE_NAME = 'streams-30-sdk';

/** Who is calling, for the server's logs and support: the package and its version (outside browsers, below). */
const SDK_USER_AGENT = `${PACKAGE_NAME}/${VERSION}`;

const SECURITY_SCHEMES: Record<string, SecurityScheme> = {};

/**
 * The Streams30Client client's credentials and defaults (base URL, security schemes, who is calling); what a client
 * does with its options and them is `core/client-core.ts`. The generated client class adds the resources.
 */
export class BaseClient extends ClientCore {
  constructor(options: ClientOptions = {}) {
    const credentials: ClientCredential[] = [];
    super(options, {
      credentials,
      baseURL: readEnv('STREAMS_BASE_URL') ?? 'https://api.example.com',
      userAgent: SDK_USER_AGENT,
      securitySchemes: SECURITY_SCHEMES,
    });
  }
}
