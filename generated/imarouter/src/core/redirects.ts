// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * Redirects, followed by the SDK instead of by `fetch` (outside browsers; see transport.ts). `fetch` drops only
 * `Authorization` when a redirect leaves the origin, so an API key sent in another header, in a cookie or in the
 * query would follow a redirect to any host. Here every hop is looked at: the method and body follow the Fetch
 * standard (301 and 302 turn a POST into a GET, 303 anything but GET and HEAD; 307 and 308 send the same request
 * again), and from the first hop that leaves the API's origin on, every credential the SDK added is left out.
 */
import { RedirectError } from './errors.js';

/** As many hops as `fetch` follows. */
export const MAX_REDIRECTS = 20;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** The headers that describe a body: they go when a redirect turns the request into a GET without one. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

/** Headers that carry credentials whatever the API's schemes: never sent to another origin. */
const ALWAYS_CREDENTIALS = ['authorization', 'proxy-authorization', 'cookie'];

/**
 * What of a request the auth layer made a credential: header names (lower-case) and query parameter names, and a
 * test for a value that holds a secret (for one the caller or the server put somewhere else).
 */
export interface Credentials {
  headers: readonly string[];
  query: readonly string[];
  holdsSecret(text: string): boolean;
}

export interface RedirectContext {
  /** The origin the credentials belong to (the base URL's); undefined when it has none (a relative base URL). */
  origin: string | undefined;
  /** Made when a hop leaves the origin: most requests are never redirected. */
  credentials: () => Credentials;
  /** `GET /path`, for error messages. */
  describe: string;
}

/** One request of a redirect chain. */
interface Hop {
  url: string;
  init: RequestInit;
  /** Every hop so far stayed on the API's origin, so the credentials still go. */
  trusted: boolean;
}

/**
 * Sends `init` to `url` with `redirect: 'manual'` and follows the redirects it gets itself; resolves to the first
 * response that is not a redirect to follow (a 3xx without `Location` is an answer like any other).
 */
export async function fetchFollowing(
  fetch: (url: string, init: RequestInit) => Promise<Response>,
  url: string,
  init: RequestInit,
  context: RedirectContext,
): Promise<Response> {
  // The transport sets it when it builds the request, so that the common case copies nothing.
  let hop: Hop = { url, init: init.redirect === 'manual' ? init : { ...init, redirect: 'manual' }, trusted: true };
  for (let hops = 0; ; hops += 1) {
    const response = await fetch(hop.url, hop.init);
    if (response.type === 'opaqueredirect') {
      throw new RedirectError(
        `${context.describe} was redirected, and this runtime's fetch does not show where to: it cannot be followed safely.`,
      );
    }
    const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    await response.body?.cancel().catch(() => undefined);
    if (hops === MAX_REDIRECTS)
      throw new RedirectError(`${context.describe} was redirected more than ${MAX_REDIRECTS} times`);
    hop = nextHop(hop, response.status, location, context);
  }
}

/** The request a redirect with `status` to `location` asks for. */
function nextHop(hop: Hop, status: number, location: string, context: RedirectContext): Hop {
  let target: URL;
  try {
    target = new URL(location, hop.url);
  } catch {
    throw new RedirectError(`${context.describe} was redirected to ${JSON.stringify(location)}, which is not a URL`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new RedirectError(`${context.describe} was redirected to a ${target.protocol} URL, which is not followed`);
  }
  const headers: Record<string, string> = { ...(hop.init.headers as Record<string, string>) };
  const method = hop.init.method ?? 'GET';
  let init: RequestInit;
  if (
    ((status === 301 || status === 302) && method === 'POST') ||
    (status === 303 && method !== 'GET' && method !== 'HEAD')
  ) {
    for (const name of BODY_HEADERS) delete headers[name];
    const { body: _sent, ...rest } = hop.init;
    init = { ...rest, method: 'GET', headers };
  } else {
    if (typeof ReadableStream !== 'undefined' && hop.init.body instanceof ReadableStream) {
      throw new RedirectError(
        `${context.describe} was redirected (${status}) to be sent again, but its body is a stream that was sent once and cannot be sent again: send a Blob, a string or bytes instead.`,
      );
    }
    init = { ...hop.init, headers };
  }
  const trusted = hop.trusted && context.origin !== undefined && target.origin === context.origin;
  if (!trusted) dropCredentials(headers, target, context.credentials());
  return { url: target.href, init, trusted };
}

/** Leaves out every credential: the auth layer's headers and query parameters, and any value holding a secret. */
function dropCredentials(headers: Record<string, string>, target: URL, credentials: Credentials): void {
  for (const name of ALWAYS_CREDENTIALS) delete headers[name];
  for (const name of credentials.headers) delete headers[name];
  for (const name in headers) if (credentials.holdsSecret(headers[name]!)) delete headers[name];
  // A server that keeps the query when it redirects would hand a query credential on otherwise.
  const query = target.searchParams;
  for (const name of credentials.query) if (query.has(name)) query.delete(name);
  for (const [name, value] of [...query])
    if (credentials.holdsSecret(name) || credentials.holdsSecret(value)) query.delete(name);
}
