// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { APIConnectionError, APIError, SDKError } from './core/errors.js';
import {
  buildPath,
  buildQuery,
  cookieHeader,
  encodeBody,
  headerValue,
  readErrorBody,
  readResponse,
  type APIClient,
  type OperationRequest,
  type RequestOptions,
} from './core/http.js';

export interface ClientOptions {
  /** Defaults to the `HOSTILE_INPUT_API_BASE_URL` environment variable, then https://api.example.com. */
  baseURL?: string;
  /** A `fetch` implementation to use instead of the global one (for proxies, tests or older runtimes). */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string>;
}

type SecuritySchemeKind =
  | { kind: 'bearer' | 'basic' | 'oauth2' | 'openIdConnect' | 'other' }
  | { kind: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string };

const SECURITY_SCHEMES: Record<string, SecuritySchemeKind> = {};

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

/** Client for Hostile Input API. Holds the credentials and transport; operations are called through it. */
export class HostileInputAPIClient implements APIClient {
  readonly baseURL: string;
  readonly #fetch: typeof fetch;
  readonly #defaultHeaders: Record<string, string>;

  constructor(options: ClientOptions = {}) {
    this.baseURL = (options.baseURL ?? readEnv('HOSTILE_INPUT_API_BASE_URL') ?? 'https://api.example.com').replace(
      /\/+$/,
      '',
    );
    const globalFetch = (globalThis as { fetch?: typeof fetch }).fetch;
    const fetchImplementation = options.fetch ?? globalFetch;
    if (!fetchImplementation)
      throw new SDKError('No global fetch: pass a `fetch` implementation in the client options.');
    this.#fetch = fetchImplementation;
    this.#defaultHeaders = { ...options.defaultHeaders };
  }

  /** Sends one operation's request; the generated operation functions call this. */
  async request<T>(request: OperationRequest, options: RequestOptions = {}): Promise<T> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(this.#defaultHeaders)) headers.set(name, headerValue(name, value));
    const query: Record<string, unknown> = { ...request.query };
    const cookies: Record<string, unknown> = { ...request.cookies };
    this.#applySecurity(request.security, headers, query, cookies);
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (value !== undefined) headers.set(name, headerValue(name, value));
    }
    const cookie = cookieHeader(cookies);
    if (cookie) headers.set('cookie', headerValue('cookie', cookie));

    let body: BodyInit | undefined;
    if (request.body !== undefined) {
      const encoded = encodeBody(request.body, request.contentType);
      body = encoded.body;
      if (encoded.contentType) headers.set('content-type', encoded.contentType);
    }
    if (!headers.has('accept')) headers.set('accept', request.responseType === 'json' ? 'application/json' : '*/*');
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, headerValue(name, value));

    const path = buildPath(request.path, request.pathParams);
    const url = `${this.baseURL}${path}${buildQuery(query, request.queryStyles)}`;
    let response: Response;
    try {
      response = await this.#fetch(url, { method: request.method, headers, body, signal: options.signal });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new APIConnectionError(`${request.method} ${path} failed: ${(error as Error).message}`, { cause: error });
    }
    if (!response.ok)
      throw new APIError(response.status, await readErrorBody(response), response.headers, request.method, path);
    return (await readResponse(response, request.responseType)) as T;
  }

  #applySecurity(
    alternatives: OperationRequest['security'],
    headers: Headers,
    query: Record<string, unknown>,
    cookies: Record<string, unknown>,
  ): void {
    (void alternatives, headers, query, cookies, SECURITY_SCHEMES);
  }

  /** Never shows the credential, whatever prints or serializes the client. */
  toJSON(): { baseURL: string } {
    return { baseURL: this.baseURL };
  }
}
