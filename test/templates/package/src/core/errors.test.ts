/** The error classes: one per status family, messages that say what failed, request ids, narrowing by operation. */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIStreamError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  describeCause,
  InternalServerError,
  isAPIError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SDKError,
  StreamIdleTimeoutError,
  UnprocessableEntityError,
} from '../../../../../generated/imarouter/src/core/errors.ts';

describe('APIError.of', () => {
  const cases: { status: number; want: typeof APIError; name: string }[] = [
    { status: 400, want: BadRequestError, name: 'BadRequestError' },
    { status: 401, want: AuthenticationError, name: 'AuthenticationError' },
    { status: 403, want: PermissionDeniedError, name: 'PermissionDeniedError' },
    { status: 404, want: NotFoundError, name: 'NotFoundError' },
    { status: 409, want: ConflictError, name: 'ConflictError' },
    { status: 422, want: UnprocessableEntityError, name: 'UnprocessableEntityError' },
    { status: 429, want: RateLimitError, name: 'RateLimitError' },
    { status: 500, want: InternalServerError, name: 'InternalServerError' },
    { status: 503, want: InternalServerError, name: 'InternalServerError' },
    { status: 418, want: APIError, name: 'APIError' },
    { status: 499, want: APIError, name: 'APIError' },
  ];
  it.each(cases)('$status → $name', ({ status, want, name }) => {
    const error = APIError.of(status, undefined, new Headers(), 'GET', '/v1/x');
    expect(error.constructor).toBe(want);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(SDKError);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
  });
});

describe('APIError message and fields', () => {
  const cases: { name: string; body: unknown; want: string }[] = [
    { name: 'no body', body: undefined, want: 'POST /v1/videos failed with status 400' },
    { name: 'empty text', body: '', want: 'POST /v1/videos failed with status 400' },
    { name: 'null', body: null, want: 'POST /v1/videos failed with status 400' },
    { name: 'text', body: 'bad model', want: 'POST /v1/videos failed with status 400: bad model' },
    { name: 'JSON', body: { error: 'bad' }, want: 'POST /v1/videos failed with status 400: {"error":"bad"}' },
    {
      name: 'long body cut at 500 characters',
      body: 'x'.repeat(600),
      want: `POST /v1/videos failed with status 400: ${'x'.repeat(500)}…`,
    },
  ];
  it.each(cases)('$name', ({ body, want }) => {
    expect(APIError.of(400, body, new Headers(), 'POST', '/v1/videos').message).toBe(want);
  });

  const ids: { headers: Record<string, string>; want: string | undefined }[] = [
    { headers: { 'x-request-id': 'a' }, want: 'a' },
    { headers: { 'request-id': 'b' }, want: 'b' },
    { headers: { 'x-request-id': 'a', 'request-id': 'b' }, want: 'a' },
    { headers: {}, want: undefined },
  ];
  it.each(ids)('requestId from $headers → $want', ({ headers, want }) => {
    expect(APIError.of(500, undefined, new Headers(headers), 'GET', '/').requestId).toBe(want);
    expect(new APIStreamError('error', {}, new Headers(headers), 'GET', '/').requestId).toBe(want);
  });

  it('RateLimitError reads the rate-limit headers', () => {
    const error = APIError.of(429, undefined, new Headers({ 'retry-after': '2' }), 'GET', '/') as RateLimitError;
    expect(error.rateLimit?.retryAfterMs).toBe(2000);
    expect((APIError.of(429, undefined, new Headers(), 'GET', '/') as RateLimitError).rateLimit).toBeUndefined();
  });
});

describe('isAPIError', () => {
  const error = APIError.of(404, { message: 'no' }, new Headers(), 'GET', '/v1/x', 'getAssets');
  const cases: { name: string; given: unknown; operation: string; want: boolean }[] = [
    { name: 'same operation', given: error, operation: 'getAssets', want: true },
    { name: 'other operation', given: error, operation: 'createVideos', want: false },
    { name: 'not an APIError', given: new APIConnectionError('x'), operation: 'getAssets', want: false },
    { name: 'a plain object', given: { operation: 'getAssets', status: 404 }, operation: 'getAssets', want: false },
  ];
  it.each(cases)('$name → $want', ({ given, operation, want }) => expect(isAPIError(given, operation as Parameters<typeof isAPIError>[1])).toBe(want));
});

describe('error hierarchy', () => {
  const cases: { error: Error; parents: Function[]; name: string }[] = [
    { error: new APIConnectionTimeoutError('t'), parents: [APIConnectionError, SDKError], name: 'APIConnectionTimeoutError' },
    { error: new StreamIdleTimeoutError('t'), parents: [APIConnectionTimeoutError, APIConnectionError], name: 'StreamIdleTimeoutError' },
    { error: new APIStreamError('error', 'x', new Headers(), 'POST', '/'), parents: [SDKError], name: 'APIStreamError' },
  ];
  it.each(cases)('$name', ({ error, parents, name }) => {
    for (const parent of parents) expect(error).toBeInstanceOf(parent);
    expect(error.name).toBe(name);
  });

  it('APIStreamError says where and what', () => {
    const error = new APIStreamError('error', { error: 'overloaded' }, new Headers(), 'POST', '/v1/chat');
    expect(error.message).toBe('POST /v1/chat: the event stream reported an error: {"error":"overloaded"}');
    expect(error.event).toBe('error');
    expect(error.data).toEqual({ error: 'overloaded' });
  });
});

describe('describeCause', () => {
  const withCode = (message: string, code: string, cause?: unknown) => Object.assign(new Error(message, { cause }), { code });
  const cases: { name: string; given: unknown; want: string }[] = [
    {
      name: 'the cause chain',
      given: new TypeError('fetch failed', { cause: withCode('connect ECONNREFUSED 127.0.0.1:443', 'ECONNREFUSED') }),
      want: 'fetch failed: connect ECONNREFUSED 127.0.0.1:443',
    },
    { name: 'a code when there is no message', given: new Error('fetch failed', { cause: withCode('', 'ECONNRESET') }), want: 'fetch failed: ECONNRESET' },
    { name: 'repeated messages once', given: new Error('x', { cause: new Error('x') }), want: 'x' },
    { name: 'first AggregateError item', given: new AggregateError([new Error('a'), new Error('b')], 'all'), want: 'all: a' },
    { name: 'a string cause', given: new Error('x', { cause: 'socket hang up' }), want: 'x: socket hang up' },
    { name: 'nothing', given: undefined, want: 'unknown error' },
    { name: 'an empty object', given: {}, want: 'unknown error' },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(describeCause(given)).toBe(want));

  it('stops after 6 levels', () => {
    let error: unknown = new Error('0');
    for (let i = 1; i < 10; i++) error = new Error(String(i), { cause: error });
    expect(describeCause(error)).toBe('9: 8: 7: 6: 5: 4');
  });
});
