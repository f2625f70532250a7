// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** The root of every error this SDK throws: `catch (e) { if (e instanceof SDKError) ... }`. */
export class SDKError extends Error {
  override name = 'SDKError';
}

/**
 * The server answered with a non-2xx status. `body` is the parsed JSON error body when there is one
 * (typed by the operation's declared error responses), otherwise the raw text.
 */
export class APIError<TBody = unknown> extends SDKError {
  override name = 'APIError';
  readonly status: number;
  readonly headers: Headers;
  readonly body: TBody;
  /** The server's request id (`x-request-id` and similar headers), to quote when reporting a problem. */
  readonly requestId: string | undefined;

  constructor(status: number, body: TBody, headers: Headers, method: string, path: string) {
    super(`${method} ${path} failed with status ${status}${describeBody(body)}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.requestId = headers.get('x-request-id') ?? headers.get('request-id') ?? undefined;
  }
}

/** The request never got a response: DNS, refused or reset connection, or a body that could not be read. */
export class APIConnectionError extends SDKError {
  override name = 'APIConnectionError';
}

function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return '';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `: ${text.length > 500 ? `${text.slice(0, 500)}…` : text}`;
}
