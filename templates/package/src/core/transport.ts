/**
 * The transport of every call: the request composed from what the generated code knows (`OperationRequest`), the
 * attempts with their timeouts and retries, and the response read, or the error built with the credential
 * redacted. The client class (base-client.ts, generated from the spec) gives it its settings and says how the
 * credential travels.
 *
 * Every call goes through `send`, so its common path (a JSON request answered with a 2xx) does only what that
 * needs: the headers are a plain object that `fetch` takes as it is, and what only streams, downloads, errors or
 * retries need is built when one happens (`npm run bench:runtime` in the generator measures it).
 */
import type { Delivery } from './api-promise.js';
import { readText } from './body-limit.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIStreamError,
  APIUserAbortError,
  describeCause,
  SDKError,
  StreamIdleTimeoutError,
  UnexpectedContentTypeError,
} from './errors.js';
import {
  buildPath,
  buildQuery,
  cookieHeader,
  encodeBody,
  headerValue,
  parseJson,
  readErrorBody,
  readResponse,
  withExtraBody,
  type OperationRequest,
  type RequestOptions,
} from './http.js';
import { watchIdle, withBody } from './idle-timeout.js';
import type { Redactor } from './redact.js';
import { fetchFollowing, type Credentials, type RedirectContext } from './redirects.js';
import { isIdempotent, retryDelay, shouldRetry, sleep, type RetrySettings } from './retries.js';
import { notJson, Stream } from './streaming.js';
import { readUploads } from './uploads.js';
import { AttemptSignal } from './timeouts.js';

/** Request headers by lower-case name: what `fetch` is given. */
export type HeaderMap = Record<string, string>;

/**
 * One credential option of the client (`apiKey`, `adminKey`): the environment variable it defaults to, the
 * security schemes it is sent as, and its value (undefined when neither the option nor the variable gives one).
 */
export interface ClientCredential {
  option: string;
  env: string;
  schemes: readonly string[];
  value: string | undefined;
}

/** How a security scheme of the spec carries the client's credential. */
export type SecurityScheme =
  | { kind: 'bearer' | 'basic' | 'oauth2' | 'openIdConnect' | 'other' }
  | { kind: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string };

export interface TransportSettings {
  baseURL: string;
  /** Milliseconds per attempt. */
  timeout: number;
  maxRetries: number;
  /** Milliseconds a streamed body may stay silent. */
  streamIdleTimeout: number;
  retry: RetrySettings;
  fetch: typeof fetch;
  redactor: Redactor;
  /** Headers sent with every request (names lower-case, values checked). */
  defaultHeaders: HeaderMap;
  /** The client's credentials (API keys, tokens), each sent as the security schemes a request names say. */
  credentials: readonly ClientCredential[];
  /** The spec's security schemes by name. */
  securitySchemes: Record<string, SecurityScheme>;
  /** Bytes a body read whole (JSON, text, a `Blob`) may have; `Infinity` for no limit. */
  maxResponseBytes: number;
  /**
   * Whether the SDK follows redirects itself, leaving every credential out once a hop leaves the API's origin.
   * Off in browsers, whose `fetch` does not show a redirect's target (it follows them itself there).
   */
  followRedirects: boolean;
}

/** What a call streaming JSON lines accepts: the media types of JSON sequences. */
const JSON_LINES_ACCEPT = 'application/jsonl, application/x-ndjson, application/json-seq, application/json;q=0.9';

/**
 * A 2xx that is no stream of the kind asked for: a document (HTML, XML: a captive portal's or a proxy's page),
 * or JSON where events were asked for (JSON lines may come labelled as JSON).
 */
function isNotAStream(contentType: string, format: 'sse' | 'jsonl'): boolean {
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml' || /[/+]xml$/.test(mediaType)) return true;
  return format === 'sse' && /\bjson\b/.test(mediaType);
}

/** RFC 9110 token characters: what a header name may be made of. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A header name, lower-cased, refused when it is not one (before anything is sent, so it is never retried). */
export function headerName(name: string): string {
  if (!HEADER_NAME.test(name)) throw new SDKError(`"${name}" is not a valid header name`);
  return name.toLowerCase();
}

/** A number option, checked: `integer` for counts, `positive` when 0 is not allowed. */
export function numberOption(
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

/** Copies caller-given headers into `headers`, names lower-cased and values checked; `undefined` leaves one out. */
function addHeaders(headers: HeaderMap, extra: Record<string, unknown>): void {
  for (const name in extra) {
    const value = extra[name];
    if (value !== undefined) headers[headerName(name)] = headerValue(name, value);
  }
}

/** Content types already checked as header values: the few an API declares come back on every call. */
const checkedContentTypes = new Set<string>();

function contentTypeHeader(contentType: string): string {
  if (!checkedContentTypes.has(contentType)) checkedContentTypes.add(headerValue('content-type', contentType));
  return contentType;
}

/** The request with its files read (see `readUploads`), sent as `contentTypeWithFiles` when it holds one. */
async function withFiles(request: OperationRequest): Promise<OperationRequest> {
  const { body, files } = await readUploads(request.body);
  const contentType =
    files && request.contentTypeWithFiles !== undefined ? request.contentTypeWithFiles : request.contentType;
  return { ...request, body, ...(contentType !== undefined && { contentType }) };
}

const NO_OPTIONS: RequestOptions = {};
const NEVER_RAW = (): boolean => false;

/** Where the credential goes for one security scheme, and as what value (`Bearer …` for a bearer token). */
interface Placement {
  in: 'header' | 'query' | 'cookie';
  name: string;
  value: string;
}

const NO_SCHEMES: readonly string[] = [];

/** The request `fetch` sends, built once for all attempts. */
interface Prepared {
  method: string;
  path: string;
  url: string;
  init: RequestInit;
  /** The security schemes whose credentials it carries. */
  schemes: readonly string[];
}

export class Transport {
  readonly #settings: TransportSettings;
  /** For requests that name no security (`client.request()` calls): the first scheme of the first credential given. */
  readonly #defaultSchemes: readonly string[];
  /** The credential of each scheme whose option (or variable) gave one. */
  readonly #credentialOf = new Map<string, ClientCredential>();
  /** Each scheme's placement, made when first used: every call of an operation sends the same. */
  readonly #placements = new Map<string, Placement>();
  /** Header templates by scheme names, then by `accept` (see {@link #headerTemplate}). */
  readonly #templates = new Map<string, Map<string, HeaderMap>>();
  /** The origin the credentials belong to: the base URL's (none for a relative one). */
  readonly #origin: string | undefined;

  constructor(settings: TransportSettings) {
    this.#settings = settings;
    for (const credential of settings.credentials) {
      if (credential.value === undefined) continue;
      for (const scheme of credential.schemes)
        if (!this.#credentialOf.has(scheme)) this.#credentialOf.set(scheme, credential);
    }
    const first = settings.credentials.find((credential) => credential.value !== undefined);
    this.#defaultSchemes = first ? first.schemes.slice(0, 1) : NO_SCHEMES;
    try {
      this.#origin = new URL(settings.baseURL).origin;
    } catch {
      this.#origin = undefined;
    }
  }

  /**
   * Sends one call: composes the request, then tries it until it succeeds, fails for good or runs out of retries.
   * `wantsRaw` says, once a 2xx has arrived, whether to hand the body over unread (`asResponse()`).
   */
  async send(
    request: OperationRequest,
    options: RequestOptions = NO_OPTIONS,
    wantsRaw: () => boolean = NEVER_RAW,
  ): Promise<Delivery> {
    const settings = this.#settings;
    // Files are read before the request is composed; a JSON call that takes no file (the common case) skips it.
    if (
      request.contentTypeWithFiles !== undefined ||
      (request.body !== undefined && request.contentType !== undefined && request.contentType !== 'application/json')
    )
      request = await withFiles(request);
    const prepared = this.#prepare(request, options);
    const timeout =
      options.timeout === undefined ? settings.timeout : numberOption('timeout', options.timeout, { positive: true });
    const maxRetries =
      options.maxRetries === undefined
        ? settings.maxRetries
        : numberOption('maxRetries', options.maxRetries, { integer: true });
    const idleTimeout =
      options.streamIdleTimeout === undefined
        ? settings.streamIdleTimeout
        : numberOption('streamIdleTimeout', options.streamIdleTimeout, { positive: true });
    const maxBytes =
      options.maxResponseBytes === undefined
        ? settings.maxResponseBytes
        : numberOption('maxResponseBytes', options.maxResponseBytes, { positive: true });
    const { signal } = options;
    const { init } = prepared;

    for (let retry = 0; ; retry += 1) {
      const attempt = new AttemptSignal(signal, timeout);
      init.signal = attempt.signal;
      try {
        const response = settings.followRedirects
          ? await fetchFollowing(settings.fetch, prepared.url, init, this.#redirectContext(prepared))
          : await settings.fetch(prepared.url, init);
        if (!response.ok) {
          const errorBody = await readErrorBody(response, settings.redactor.text, maxBytes);
          throw APIError.of(
            response.status,
            errorBody,
            settings.redactor.headers(response.headers),
            prepared.method,
            prepared.path,
            request.operation,
          );
        }
        if (wantsRaw())
          return this.#deliverUnread(request, response, attempt, true, prepared, signal, timeout, idleTimeout);
        if (request.stream)
          return this.#deliverUnread(request, response, attempt, false, prepared, signal, timeout, idleTimeout);
        let data: unknown;
        // A declared JSON response, the common case, is read here: one async function less on every call.
        if (request.responseType === 'json' && response.status !== 204) {
          const text = await readText(response, maxBytes, `${prepared.method} ${prepared.path}`);
          data = text === '' ? undefined : parseJson(text, settings.redactor.text);
        } else {
          data = await readResponse(
            response,
            request.responseType,
            settings.redactor.text,
            maxBytes,
            `${prepared.method} ${prepared.path}`,
          );
        }
        attempt.release();
        return { response, data, raw: false };
      } catch (caught) {
        attempt.abort();
        const error = this.#failure(caught, attempt, signal, prepared, timeout);
        await this.#retryOrThrow(error, retry, maxRetries, prepared, options);
      }
    }
  }

  /** Headers, URL and body of a call: the client's, the credential, the call's own, then the per-call options'. */
  #prepare(request: OperationRequest, options: RequestOptions): Prepared {
    const settings = this.#settings;
    const method = request.method.toUpperCase();
    const accept = request.stream
      ? request.stream === 'jsonl'
        ? JSON_LINES_ACCEPT
        : 'text/event-stream'
      : request.responseType === 'json'
        ? 'application/json'
        : request.responseType === undefined || request.responseType === 'auto'
          ? 'application/json, */*;q=0.8'
          : '*/*';
    const schemes = this.#schemes(request.security, () => request.operation ?? `${method} ${request.path}`);
    // A copy of what every call with these schemes and this accept sends: building it anew costs more.
    const headers: HeaderMap = { ...this.#headerTemplate(schemes, accept) };
    let query = options.extraQuery ? { ...request.query, ...options.extraQuery } : request.query;
    let cookies = request.cookies;
    for (const name of schemes) {
      const placement = this.#placement(name);
      if (placement.in === 'query') query = { ...query, [placement.name]: placement.value };
      else if (placement.in === 'cookie') cookies = { ...cookies, [placement.name]: placement.value };
    }
    if (request.headers) addHeaders(headers, request.headers);
    const cookie = cookies && cookieHeader(cookies);
    if (cookie) headers['cookie'] = headerValue('cookie', cookie);

    let body: BodyInit | undefined;
    if (options.extraBody && (method === 'GET' || method === 'HEAD')) {
      throw new SDKError(
        `${method} ${request.path} sends no body, so \`extraBody\` has nowhere to go: pass the fields as \`extraQuery\`.`,
      );
    }
    const payload = options.extraBody ? withExtraBody(request.body, options.extraBody) : request.body;
    if (payload !== undefined) {
      const encoded = encodeBody(payload, request.contentType);
      body = encoded.body;
      if (encoded.contentType) headers['content-type'] = contentTypeHeader(encoded.contentType);
    }
    if (options.headers) addHeaders(headers, options.headers);

    const path = buildPath(request.path, request.pathParams);
    const url = `${settings.baseURL}${path}${query ? buildQuery(query, request.queryStyles) : ''}`;
    const init: RequestInit = body === undefined ? { method, headers } : { method, headers, body };
    if (settings.followRedirects) init.redirect = 'manual';
    return { method, path, url, init, schemes };
  }

  /** What a redirect of this request needs to know: whose credentials it carries, and where. */
  #redirectContext(prepared: Prepared): RedirectContext {
    return {
      origin: this.#origin,
      credentials: () => this.#credentials(prepared.schemes),
      describe: `${prepared.method} ${prepared.path}`,
    };
  }

  /** The credentials the auth layer adds for these schemes: what must not reach another origin. */
  #credentials(schemes: readonly string[]): Credentials {
    const headers: string[] = [];
    const query: string[] = [];
    for (const name of schemes) {
      const placement = this.#placement(name);
      if (placement.in === 'header') headers.push(placement.name);
      else if (placement.in === 'query') query.push(placement.name);
      // A cookie credential goes with the whole Cookie header, which never leaves the origin.
    }
    return { headers, query, holdsSecret: this.#settings.redactor.holdsSecret };
  }

  /**
   * The names of the schemes whose credentials go with a request: those of the first of its security alternatives
   * whose every scheme this client knows and has a credential for; by default (a request that names none) the
   * first scheme of the first credential given. None when the request needs no credential. A request whose
   * alternatives this client knows but lacks a credential for fails here, before anything is sent, naming the
   * option it needs: sending it without would only earn a 401.
   */
  #schemes(security: OperationRequest['security'], describe: () => string): readonly string[] {
    if (security === undefined) return this.#defaultSchemes;
    const { securitySchemes } = this.#settings;
    let missing: ClientCredential[] | undefined;
    for (const alternative of security) {
      let known = true;
      let given = true;
      for (const name of alternative) {
        // Own keys only: a scheme named after an Object.prototype member (`toString`) is not one this client knows.
        if (!Object.hasOwn(securitySchemes, name)) known = false;
        else if (!this.#credentialOf.has(name)) given = false;
      }
      if (known && given) return alternative;
      if (known && !missing) {
        const names = new Set(alternative);
        missing = this.#settings.credentials.filter(
          (credential) => credential.value === undefined && credential.schemes.some((scheme) => names.has(scheme)),
        );
      }
    }
    if (missing?.length) {
      const needs = missing.map(
        (credential) => `the \`${credential.option}\` option (or the ${credential.env} environment variable)`,
      );
      throw new SDKError(`${describe()} needs ${needs.join(' and ')}: this client was made without it.`);
    }
    return NO_SCHEMES;
  }

  /**
   * The headers every request with these schemes and this `accept` starts from: the client's, the credential's
   * (for schemes that send it as a header), then `accept` unless the client's set one. Made once per combination.
   */
  #headerTemplate(schemes: readonly string[], accept: string): Readonly<HeaderMap> {
    // One scheme (the common case) is its own key; several are joined by a character no header name contains.
    const key = schemes.length === 1 ? schemes[0]! : schemes.join('\n');
    let byAccept = this.#templates.get(key);
    if (!byAccept) this.#templates.set(key, (byAccept = new Map()));
    let template = byAccept.get(accept);
    if (!template) {
      template = { ...this.#settings.defaultHeaders };
      for (const name of schemes) {
        const placement = this.#placement(name);
        if (placement.in === 'header') template[placement.name] = placement.value;
      }
      if (template['accept'] === undefined) template['accept'] = accept;
      byAccept.set(accept, template);
    }
    return template;
  }

  /** Where and as what the credential goes for the scheme `name`. */
  #placement(name: string): Placement {
    let placement = this.#placements.get(name);
    if (placement) return placement;
    const scheme = this.#settings.securitySchemes[name]!;
    const credential = this.#credentialOf.get(name)!.value!;
    if (scheme.kind === 'apiKey') {
      placement =
        scheme.in === 'header'
          ? { in: 'header', name: headerName(scheme.name), value: headerValue(scheme.name, credential) }
          : { in: scheme.in, name: scheme.name, value: credential };
    } else {
      const value =
        scheme.kind === 'basic' ? `Basic ${btoa(credential)}` : headerValue('authorization', `Bearer ${credential}`);
      placement = { in: 'header', name: 'authorization', value };
    }
    this.#placements.set(name, placement);
    return placement;
  }

  /** A 2xx whose body is read after the call returns (events, or a download handed over unread). */
  #deliverUnread(
    request: OperationRequest,
    response: Response,
    attempt: AttemptSignal,
    raw: boolean,
    { method, path }: Prepared,
    signal: AbortSignal | undefined,
    timeout: number,
    idleTimeout: number,
  ): Delivery {
    const redactor = this.#settings.redactor;
    // From here on a silent body is the stall timeout's concern: the attempt's timer stops.
    const watched = () =>
      response.body
        ? withBody(
            response,
            watchIdle(response.body, idleTimeout, () => {
              attempt.abort();
              return new StreamIdleTimeoutError(
                `${method} ${path}: the server sent nothing for ${idleTimeout} ms, so the connection was closed`,
              );
            }),
          )
        : response;
    if (raw) {
      attempt.stopTimer();
      return { response: watched(), data: undefined, raw: true };
    }
    const format = request.stream === 'jsonl' ? 'jsonl' : 'sse';
    const contentType = response.headers.get('content-type') ?? '';
    if (isNotAStream(contentType, format)) {
      // Thrown into send(), which closes the connection: nothing more of the page is read.
      throw new UnexpectedContentTypeError(
        `${method} ${path}: asked for ${format === 'sse' ? 'an event stream' : 'JSON lines'} but the server answered ${contentType}`,
        contentType,
      );
    }
    attempt.stopTimer();
    const stream = new Stream(
      watched(),
      {
        failure: (error) => this.#failure(error, attempt, signal, { method, path }, timeout),
        eventError: (event, text) => {
          const clean = redactor.text(text);
          let data: unknown = clean;
          try {
            data = JSON.parse(clean);
          } catch {
            // Not JSON: the text itself.
          }
          return new APIStreamError(event, data, redactor.headers(response.headers), method, path);
        },
        dataError: (event, text) => notJson(event, redactor.text(text), `${method} ${path}`),
        close: () => attempt.abort(),
        release: () => attempt.release(),
      },
      format,
      request.streamData === 'json',
    );
    return { response, data: stream, raw: false };
  }

  /**
   * Returns after the backoff when the failed attempt is worth another, else throws its error. A POST is tried
   * again only where the server cannot have acted on it (see retries.ts), and a body that is a stream was used
   * up by the first attempt.
   */
  async #retryOrThrow(
    error: SDKError,
    retry: number,
    maxRetries: number,
    { method, path, init }: Prepared,
    options: RequestOptions,
  ): Promise<void> {
    const retryAll = options.retryNonIdempotent === true || isIdempotent(method);
    const replayable = !(typeof ReadableStream !== 'undefined' && init.body instanceof ReadableStream);
    if (retry >= maxRetries || !replayable || !shouldRetry(error, retryAll)) throw error;
    const delay = retryDelay(retry, error instanceof APIError ? error.headers : undefined, this.#settings.retry);
    if (delay === undefined) throw error;
    try {
      await sleep(delay, options.signal);
    } catch {
      throw new APIUserAbortError(`${method} ${path} was aborted while waiting to retry`);
    }
  }

  /** The SDK error for whatever an attempt threw: the caller's abort, the attempt's timeout, or a connection failure. */
  #failure(
    caught: unknown,
    attempt: AttemptSignal,
    signal: AbortSignal | undefined,
    { method, path }: Pick<Prepared, 'method' | 'path'>,
    timeout: number,
  ): SDKError {
    if (caught instanceof SDKError) return caught;
    if (attempt.timedOut) return new APIConnectionTimeoutError(`${method} ${path} timed out after ${timeout} ms`);
    if (signal?.aborted) return new APIUserAbortError(`${method} ${path} was aborted`);
    const redactor = this.#settings.redactor;
    const message = `${method} ${path} failed: ${redactor.text(describeCause(caught))}`;
    return new APIConnectionError(message, redactor.mentionedIn(caught) ? undefined : { cause: caught });
  }
}
